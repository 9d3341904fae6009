#!/usr/bin/env python3
"""Checker for the blind transcript batch. Run: python3 _authoring/check.py"""
import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
TRAPS = {"s07", "s15"}
errors = []
def err(f, m): errors.append('%s: %s' % (os.path.basename(f), m))

def visible(src):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', src)
    s = re.sub(r'(?is)<(script|style|template|noscript)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return ' '.join(s.split())

pages = sorted(glob.glob(os.path.join(D, 's[0-9][0-9]_*.html')))
total = 0
if len(pages) != 16:
    err(D, 'expected 16 pages, found %d' % len(pages))
for p in pages:
    name = os.path.basename(p)
    if not re.match(r'^s\d\d_[a-z0-9_]+\.html$', name):
        err(p, 'bad file name')
    src = open(p, encoding='utf-8').read()
    size = len(src.encode('utf-8'))
    if not 3 * 1024 <= size <= 40 * 1024:
        err(p, 'size %d outside 3-40 KB' % size)
    if not re.match(r'(?i)\s*<!doctype html', src):
        err(p, 'no doctype')
    for tag in ('<html', '<head', '<body', '</html>'):
        if tag not in src.lower():
            err(p, 'missing ' + tag)
    ej = p[:-5] + '.expected.json'
    if not os.path.exists(ej):
        err(p, 'no expected.json'); continue
    try:
        g = json.load(open(ej, encoding='utf-8'))
    except Exception as e:
        err(ej, 'json: %s' % e); continue
    if set(g) != KEYS:
        err(ej, 'keys %s' % sorted(g))
        continue
    if g['speaker'] != 'Elon Musk': err(ej, 'speaker')
    if not isinstance(g['format'], str) or not g['format'].strip(): err(ej, 'format')
    if not isinstance(g['show'], str) or not g['show'].strip(): err(ej, 'show')
    if not isinstance(g['others'], list) or not all(isinstance(o, str) and o for o in g['others']):
        err(ej, 'others')
    if not g['others']: err(ej, 'others empty')
    if 'Elon Musk' in g['others']: err(ej, 'Elon Musk listed in others')
    turns = g['turns']
    if not isinstance(turns, list): err(ej, 'turns not list'); continue
    prefix = name[:3]
    if prefix in TRAPS:
        if turns: err(ej, 'trap page has turns')
    elif not 3 <= len(turns) <= 12:
        err(ej, '%d turns, want 3-12' % len(turns))
    total += len(turns)
    vis = visible(src)
    pos = 0
    for i, t in enumerate(turns):
        if not (isinstance(t, list) and len(t) == 2):
            err(ej, 'turn %d shape' % i); continue
        tm, snip = t
        if not (tm is None or (isinstance(tm, int) and not isinstance(tm, bool) and tm >= 0)):
            err(ej, 'turn %d time %r' % (i, tm))
        if not isinstance(snip, str) or not snip:
            err(ej, 'turn %d snippet' % i); continue
        if snip != ' '.join(snip.split()):
            err(ej, 'turn %d snippet whitespace' % i)
        if snip[0] in '"\'“”‘’「」『』[]()（）【】<>«»':
            err(ej, 'turn %d snippet starts with quote/bracket: %r' % (i, snip))
        if re.search(r'&[a-z#0-9]+;', snip):
            err(ej, 'turn %d snippet has entity' % i)
        cjk = '\u2e80' <= snip[0] <= '\u9fff'
        if cjk and len(snip) > 8: err(ej, 'turn %d >8 chars' % i)
        if not cjk and len(snip.split()) > 5: err(ej, 'turn %d >5 words' % i)
        k = vis.find(snip, pos)
        if k < 0:
            where = vis.find(snip)
            err(ej, 'turn %d snippet %r %s' % (i, snip, 'out of order' if where >= 0 else 'not in visible text'))
        else:
            pos = k + len(snip)
    # times must be non-decreasing where present
    ts = [t[0] for t in turns if isinstance(t, list) and isinstance(t[0], int)]
    if ts != sorted(ts): err(ej, 'times not increasing: %s' % ts)
for f in glob.glob(os.path.join(D, '*.expected.json')):
    if not os.path.exists(f[:-len('.expected.json')] + '.html'):
        err(f, 'orphan json')
if not os.path.exists(os.path.join(D, 'BRIEF.md')):
    err(D, 'BRIEF.md missing')
for e in errors:
    print('ERROR', e)
print('%d pages, %d turns of his, %d errors' % (len(pages), total, len(errors)))
sys.exit(1 if errors else 0)
