#!/usr/bin/env python3
"""Checker for the blind transcript batch in the parent directory."""
import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors, total = [], 0
QUOTES = '"\'“”‘’「」『』«»[](){}【】（）〔〕<>'
def visible(src):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', src)
    s = re.sub(r'(?is)<(script|style|noscript|template)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
def renders(t):
    h, m, x = t // 3600, t % 3600 // 60, t % 60
    return {f'{h:02d}:{m:02d}:{x:02d}', f'{h}:{m:02d}:{x:02d}', f'{t//60:02d}:{x:02d}', f'{t//60}:{x:02d}'}
def err(name, msg): errors.append(f'{name}: {msg}')
htmls = sorted(glob.glob(os.path.join(D, 'o[0-9][0-9]_*.html')))
jsons = sorted(glob.glob(os.path.join(D, 'o[0-9][0-9]_*.expected.json')))
if len(htmls) != 12: err('batch', f'expected 12 pages, found {len(htmls)}')
if {h[:-5] for h in htmls} != {j[:-14] for j in jsons}: err('batch', 'html/json names do not pair up')
if not os.path.exists(os.path.join(D, 'BRIEF.md')): err('batch', 'BRIEF.md missing')
trap = 0
for hp in htmls:
    name = os.path.basename(hp)[:-5]
    src = open(hp, encoding='utf-8').read()
    size = len(src.encode('utf-8'))
    if not 3000 <= size <= 40000: err(name, f'size {size} outside 3-40 KB')
    if size > 15500: err(name, f'size {size} over the 15 KB target')
    if not src.lstrip().lower().startswith('<!doctype html'): err(name, 'no doctype')
    if not re.search(r'(?i)</html>\s*$', src): err(name, 'no closing </html>')
    jp = hp[:-5] + '.expected.json'
    try: g = json.load(open(jp, encoding='utf-8'))
    except Exception as e: err(name, f'json: {e}'); continue
    if set(g) != {'speaker', 'format', 'show', 'turns', 'others'}: err(name, f'keys {sorted(g)}'); continue
    if g['speaker'] != 'Elon Musk': err(name, 'speaker')
    for k in ('format', 'show'):
        if not isinstance(g[k], str) or not g[k].strip(): err(name, f'{k} empty')
    if not isinstance(g['others'], list) or not g['others'] or not all(isinstance(o, str) and o for o in g['others']):
        err(name, 'others must be a non-empty list of labels')
    turns = g['turns']
    if not isinstance(turns, list): err(name, 'turns not list'); continue
    if not turns: trap += 1
    elif not 3 <= len(turns) <= 12: err(name, f'{len(turns)} turns outside 3-12')
    total += len(turns)
    vis = visible(src)
    zh = bool(re.search(r'[\u4e00-\u9fff]', ''.join(t[1] for t in turns if isinstance(t, list) and len(t) == 2 and isinstance(t[1], str))))
    pos = 0
    for i, t in enumerate(turns):
        if not (isinstance(t, list) and len(t) == 2): err(name, f'turn {i} shape'); continue
        ts, snip = t
        if ts is not None and (type(ts) is not int or ts < 0): err(name, f'turn {i} time {ts!r}')
        if not isinstance(snip, str) or not snip: err(name, f'turn {i} snippet'); continue
        if snip != re.sub(r'\s+', ' ', snip).strip(): err(name, f'turn {i} snippet whitespace')
        if snip[0] in QUOTES: err(name, f'turn {i} snippet starts with quote/bracket: {snip!r}')
        if re.search(r'&[a-z#0-9]+;', snip): err(name, f'turn {i} snippet has entity')
        if zh and len(snip) > 8: err(name, f'turn {i} zh snippet longer than 8 chars')
        if not zh and len(snip.split(' ')) > 5: err(name, f'turn {i} snippet longer than 5 words')
        j = vis.find(snip, pos)
        if j < 0:
            err(name, f'turn {i} snippet not found in visible text after previous: {snip!r}'); continue
        if ts is not None:
            window = vis[max(0, j - 60): j + 700]
            if not any(r in window for r in renders(ts)):
                err(name, f'turn {i} time {ts} not printed near its snippet')
        pos = j + len(snip)
if trap < 1: err('batch', 'no trap page (turns == [])')
for e in errors: print('ERROR', e)
print(f'{len(htmls)} pages, {total} turns of his, {trap} trap page(s), {len(errors)} error(s)')
sys.exit(1 if errors else 0)
