import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
def visible(s):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', s)
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
errs, total, npages = [], 0, 0
for hp in sorted(glob.glob(os.path.join(D, 'ab*.html'))):
    name = os.path.basename(hp)[:-5]; npages += 1
    raw = open(hp, encoding='utf-8').read()
    size = len(raw.encode('utf-8'))
    if not 3000 <= size <= 40000: errs.append(f'{name}: size {size}')
    if not raw.lstrip()[:9].lower() == '<!doctype': errs.append(f'{name}: no doctype')
    jp = os.path.join(D, name + '.expected.json')
    try: g = json.load(open(jp, encoding='utf-8'))
    except Exception as e: errs.append(f'{name}: json {e}'); continue
    if set(g) != KEYS: errs.append(f'{name}: keys {sorted(g)}')
    if g.get("speaker") != "Elon Musk": errs.append(f'{name}: speaker')
    if not g.get("others"): errs.append(f'{name}: no others')
    turns = g.get("turns", [])
    if turns and not 3 <= len(turns) <= 12: errs.append(f'{name}: {len(turns)} turns')
    text = visible(raw); pos = 0
    for t, snip in turns:
        if not (t is None or (isinstance(t, int) and not isinstance(t, bool))): errs.append(f'{name}: bad time {t!r}')
        if not snip or snip[0] in '"\'\u201c\u2018\u300c\u300e[(\uff08\u3010<': errs.append(f'{name}: snippet starts with quote/bracket {snip!r}')
        if re.match(r'[\u4e00-\u9fff]', snip):
            if len(snip) > 8: errs.append(f'{name}: zh snippet too long {snip!r}')
        elif len(snip.split()) > 5: errs.append(f'{name}: snippet >5 words {snip!r}')
        i = text.find(snip, pos)
        if i < 0: errs.append(f'{name}: snippet not found in order {snip!r}')
        else: pos = i + len(snip)
    for o in g.get("others", []):
        if o not in text: errs.append(f'{name}: other label not visible {o!r}')
    total += len(turns)
    print(f'{name:40s} {size:6d} B  turns={len(turns)}')
print(f'pages={npages} his_turns={total}')
if errs:
    print('\n'.join('ERROR ' + e for e in errs)); sys.exit(1)
print('OK')
