import os, re, json, html, glob, sys
D = '/work/blind/ah'
KEYS = {"speaker", "format", "show", "turns", "others"}
def visible(src):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', src)
    s = re.sub(r'(?is)<(script|style|noscript|template)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
errs = []
pages = sorted(glob.glob(os.path.join(D, 'ah*.html')))
total = 0
for p in pages:
    name = os.path.basename(p)[:-5]
    if not re.fullmatch(r'ah(0[1-9]|1[0-6])_[a-z0-9_]+', name): errs.append((name, 'bad name'))
    if 'trap' in name.lower(): errs.append((name, 'forbidden word in name'))
    src = open(p, encoding='utf-8').read()
    size = os.path.getsize(p)
    if not 3000 <= size <= 40960: errs.append((name, 'size %d' % size))
    if not src.lstrip().lower().startswith('<!doctype'): errs.append((name, 'no doctype'))
    jp = os.path.join(D, name + '.expected.json')
    try:
        g = json.load(open(jp, encoding='utf-8'))
    except Exception as e:
        errs.append((name, 'json: %s' % e)); continue
    if set(g) != KEYS: errs.append((name, 'keys %s' % sorted(g)))
    if g.get('speaker') != 'Elon Musk': errs.append((name, 'speaker'))
    if not isinstance(g.get('others'), list) or not g['others']: errs.append((name, 'others'))
    for k in ('format', 'show'):
        if not isinstance(g.get(k), str) or not g[k].strip(): errs.append((name, k))
    vis = visible(src)
    pos = 0
    for i, t in enumerate(g.get('turns', [])):
        if not (isinstance(t, list) and len(t) == 2): errs.append((name, 'turn shape %r' % t)); continue
        tm, sn = t
        if not (tm is None or (isinstance(tm, int) and not isinstance(tm, bool) and tm >= 0)): errs.append((name, 'time %r' % tm))
        if not isinstance(sn, str) or not sn: errs.append((name, 'snippet %r' % sn)); continue
        if sn != sn.strip() or '  ' in sn: errs.append((name, 'whitespace in snippet %r' % sn))
        if sn[0] in '"\'“”‘’「」『』[(（【<«': errs.append((name, 'snippet starts with quote/bracket %r' % sn))
        if re.search(r'[\u4e00-\u9fff]', sn):
            if len(sn) > 8: errs.append((name, 'zh snippet too long %r' % sn))
        elif len(sn.split()) > 5: errs.append((name, 'snippet >5 words %r' % sn))
        j = vis.find(sn, pos)
        if j < 0:
            errs.append((name, 'snippet %d not found in order: %r' % (i, sn)))
        else:
            pos = j + len(sn)
    times = [t[0] for t in g.get('turns', []) if isinstance(t, list) and t and t[0] is not None]
    if times != sorted(times): errs.append((name, 'times not increasing'))
    total += len(g.get('turns', []))
    print('%-26s %6d B  turns=%2d  others=%s' % (name, size, len(g.get('turns', [])), g.get('others')))
if len(pages) != 16: errs.append(('*', 'page count %d' % len(pages)))
if not os.path.exists(os.path.join(D, 'BRIEF.md')): errs.append(('*', 'BRIEF.md missing'))
print('pages', len(pages), 'his turns', total)
for e in errs: print('ERROR', *e)
sys.exit(1 if errs else 0)
