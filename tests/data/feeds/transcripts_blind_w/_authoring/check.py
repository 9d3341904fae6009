#!/usr/bin/env python3
"""Checker for blind batch w: validates every NAME.html / NAME.expected.json pair."""
import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
QUOTES = '"\'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f([{\uff08\u3010\u300a<'
errors, total, npages, traps, zh = [], 0, 0, 0, 0

def visible(doc, sep):
    d = re.sub(r'(?is)<head\b.*?</head>', ' ', doc)
    d = re.sub(r'(?is)<(script|style|noscript|template)\b.*?</\1>', ' ', d)
    d = re.sub(r'(?s)<!--.*?-->', ' ', d)
    d = re.sub(r'<[^>]+>', sep, d)
    d = html.unescape(d)
    return re.sub(r'\s+', ' ', d).strip()

htmls = sorted(glob.glob(os.path.join(D, '*.html')))
jsons = sorted(glob.glob(os.path.join(D, '*.expected.json')))
if {h[:-5] for h in htmls} != {j[:-14] for j in jsons}:
    errors.append('html/json pairs do not match')
for h in htmls:
    name = os.path.basename(h)[:-5]
    npages += 1
    def err(m): errors.append('%s: %s' % (name, m))
    if not re.match(r'w\d\d_[a-z0-9_]+$', name): err('bad name')
    raw = open(h, 'rb').read()
    if not 3 * 1024 <= len(raw) <= 40 * 1024: err('size %d bytes out of 3-40 KB' % len(raw))
    doc = raw.decode('utf-8')
    if not doc.lstrip().lower().startswith('<!doctype html'): err('no doctype')
    try:
        exp = json.load(open(h[:-5] + '.expected.json', encoding='utf-8'))
    except Exception as e:
        err('json: %s' % e); continue
    if set(exp) != KEYS: err('keys %s' % sorted(exp))
    if exp.get('speaker') != 'Elon Musk': err('speaker')
    for k in ('format', 'show'):
        if not isinstance(exp.get(k), str) or not exp[k].strip(): err('empty ' + k)
    if not isinstance(exp.get('others'), list) or not all(isinstance(o, str) and o for o in exp['others']): err('others')
    if any(o.lower() in ('elon musk', 'musk', 'elon', 'em', '马斯克', '馬斯克') for o in exp.get('others', [])): err('his label in others')
    turns = exp.get('turns')
    if not isinstance(turns, list): err('turns not list'); continue
    total += len(turns)
    if not turns: traps += 1
    elif not 3 <= len(turns) <= 12: err('%d turns (want 3-12)' % len(turns))
    is_zh = bool(re.search(r'[\u4e00-\u9fff]', ''.join(t[1] for t in turns if len(t) == 2 and isinstance(t[1], str))))
    zh += is_zh
    texts = [visible(doc, ' '), visible(doc, '')]
    pos = [0, 0]
    last_t = -1
    for i, t in enumerate(turns):
        if not (isinstance(t, list) and len(t) == 2): err('turn %d shape' % i); continue
        s, snip = t
        if not (s is None or (isinstance(s, int) and not isinstance(s, bool) and s >= 0)): err('turn %d time %r' % (i, s))
        if isinstance(s, int):
            if s < last_t: err('turn %d time %d goes backwards' % (i, s))
            last_t = s
        if not isinstance(snip, str) or not snip: err('turn %d snippet' % i); continue
        if snip != re.sub(r'\s+', ' ', snip).strip(): err('turn %d snippet whitespace' % i)
        if snip[0] in QUOTES: err('turn %d snippet starts with quote/bracket: %r' % (i, snip))
        if is_zh:
            if len(snip) > 8: err('turn %d zh snippet > 8 chars' % i)
        elif len(snip.split(' ')) > 5: err('turn %d snippet > 5 words' % i)
        ok = False
        for k in (0, 1):
            j = texts[k].find(snip, pos[k])
            if j >= 0:
                pos[k] = j + len(snip); ok = True
                other = 1 - k
                j2 = texts[other].find(snip, pos[other])
                if j2 >= 0: pos[other] = j2 + len(snip)
                break
        if not ok: err('turn %d snippet not found in page order: %r' % (i, snip))
for e in errors: print('ERROR', e)
print('%d pages (%d traps, %d Chinese), %d turns of his, %d errors' % (npages, traps, zh, total, len(errors)))
sys.exit(1 if errors else 0)
