"""Checker for the blind transcript batch. Usage: python3 check.py"""
import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
ZH = re.compile(r'[\u3400-\u9fff]')
INLINE = r'a|b|strong|em|i|span|time|abbr|small|u|mark|sup|sub'

def visible(raw):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', raw)
    s = re.sub(r'(?is)<(script|style|noscript)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?is)<!--.*?-->', ' ', s)
    s = re.sub(r'(?i)</?(?:%s)\b[^>]*>' % INLINE, '', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return re.sub(r'\s+', ' ', html.unescape(s)).strip()

errs = []; total = 0; pages = 0
htmls = sorted(glob.glob(os.path.join(D, 't[0-9][0-9]_*.html')))
for h in htmls:
    name = os.path.basename(h)[:-5]
    e = lambda m: errs.append('%s: %s' % (name, m))
    pages += 1
    raw = open(h, encoding='utf-8').read()
    size = len(raw.encode('utf-8'))
    if not 3 * 1024 <= size <= 40 * 1024: e('size %d out of 3-40 KB' % size)
    if not raw.lstrip().lower().startswith('<!doctype html'): e('no doctype')
    for tag in ('<html', '<head', '<title', '<body', '</html>'):
        if tag not in raw.lower(): e('missing ' + tag)
    jp = os.path.join(D, name + '.expected.json')
    try:
        g = json.load(open(jp, encoding='utf-8'))
    except Exception as ex:
        e('json: %s' % ex); continue
    if set(g) != KEYS: e('keys %s' % sorted(g))
    if g.get('speaker') != 'Elon Musk': e('speaker')
    for k in ('format', 'show'):
        if not isinstance(g.get(k), str) or not g[k].strip(): e('bad ' + k)
    if not isinstance(g.get('others'), list) or not g['others'] or not all(isinstance(o, str) and o for o in g['others']): e('bad others')
    vis = visible(raw)
    for o in g.get('others', []):
        if o not in vis: e('other label not in page: %r' % o)
    turns = g.get('turns')
    if not isinstance(turns, list): e('turns not list'); continue
    if 'trap' in name:
        if turns: e('trap page has turns')
    elif not 3 <= len(turns) <= 12: e('%d turns (want 3-12)' % len(turns))
    pos = 0; prev_t = -1
    for i, tu in enumerate(turns):
        if not (isinstance(tu, list) and len(tu) == 2): e('turn %d shape' % i); continue
        t, sn = tu
        if not (t is None or (isinstance(t, int) and not isinstance(t, bool) and t >= 0)): e('turn %d time %r' % (i, t))
        if isinstance(t, int):
            if t < prev_t: e('turn %d time goes backwards' % i)
            prev_t = t
        if not isinstance(sn, str) or not sn: e('turn %d snippet' % i); continue
        if sn != re.sub(r'\s+', ' ', sn).strip(): e('turn %d snippet whitespace' % i)
        if sn[0] in '"\'\u201c\u2018\u300c\u300e([{\uff08\u3010\u3014<': e('turn %d snippet starts with quote/bracket: %r' % (i, sn))
        if ZH.search(sn[:3]):
            if len(sn) > 8: e('turn %d zh snippet longer than 8 chars' % i)
        elif len(sn.split(' ')) > 5: e('turn %d snippet longer than 5 words' % i)
        j = vis.find(sn, pos)
        if j < 0:
            e('turn %d snippet not found in order: %r' % (i, sn) + (' (found earlier)' if sn in vis else ''))
        else:
            pos = j + len(sn)
    total += len(turns)
    print('%-36s %6d B  %2d turns' % (name, size, len(turns)))
jsons = glob.glob(os.path.join(D, 't[0-9][0-9]_*.expected.json'))
if len(jsons) != len(htmls): errs.append('html/json count mismatch')
if not os.path.exists(os.path.join(D, 'BRIEF.md')): errs.append('BRIEF.md missing')
print('pages %d, his turns %d' % (pages, total))
print('\n'.join(errs) if errs else 'OK: no errors')
sys.exit(1 if errs else 0)
