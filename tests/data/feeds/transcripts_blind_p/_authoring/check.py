#!/usr/bin/env python3
"""Checker for the blind transcript batch. Run: python3 _authoring/check.py"""
import glob, html, json, os, re, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = tuple('"\'“”‘’「」『』[(（【<«')

def visible(src):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', src)
    s = re.sub(r'(?is)<script\b.*?</script>', ' ', s)
    s = re.sub(r'(?is)<style\b.*?</style>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    s = html.unescape(s)
    return ' '.join(s.split())

def is_zh(t):
    return any('\u4e00' <= c <= '\u9fff' for c in t)

errors = []
def err(p, m):
    errors.append('%s: %s' % (p, m))

pages = sorted(glob.glob(os.path.join(D, '*.html')))
total = 0
for hp in pages:
    name = os.path.basename(hp)[:-5]
    jp = os.path.join(D, name + '.expected.json')
    if not os.path.exists(jp):
        err(name, 'missing expected.json'); continue
    src = open(hp, encoding='utf-8').read()
    size = len(src.encode('utf-8'))
    if not 3 * 1024 <= size <= 40 * 1024:
        err(name, 'size %d bytes outside 3-40 KB' % size)
    if not src.lstrip().lower().startswith('<!doctype html'):
        err(name, 'doctype missing')
    try:
        g = json.load(open(jp, encoding='utf-8'))
    except Exception as e:
        err(name, 'json parse: %s' % e); continue
    if set(g) != KEYS:
        err(name, 'keys %s' % sorted(g)); continue
    if g['speaker'] != 'Elon Musk':
        err(name, 'speaker wrong')
    for k in ('format', 'show'):
        if not isinstance(g[k], str) or not g[k].strip():
            err(name, '%s empty' % k)
    if not isinstance(g['others'], list) or not all(isinstance(o, str) and o for o in g['others']):
        err(name, 'others not a list of strings')
    if not isinstance(g['turns'], list):
        err(name, 'turns not list'); continue
    vis = visible(src)
    pos = 0
    for i, t in enumerate(g['turns']):
        if not (isinstance(t, list) and len(t) == 2):
            err(name, 'turn %d malformed' % i); continue
        sec, snip = t
        if not (sec is None or (isinstance(sec, int) and not isinstance(sec, bool) and sec >= 0)):
            err(name, 'turn %d time %r not int/null' % (i, sec))
        if not isinstance(snip, str) or not snip:
            err(name, 'turn %d empty snippet' % i); continue
        if snip != ' '.join(snip.split()):
            err(name, 'turn %d snippet whitespace not collapsed' % i)
        if snip.startswith(BAD_START):
            err(name, 'turn %d snippet starts with quote/bracket: %r' % (i, snip))
        if is_zh(snip):
            if len(snip) > 8:
                err(name, 'turn %d Chinese snippet longer than 8 chars' % i)
        elif len(snip.split(' ')) > 5:
            err(name, 'turn %d snippet longer than 5 words' % i)
        if re.search(r'&[#a-zA-Z0-9]+;', snip):
            err(name, 'turn %d snippet has undecoded entity' % i)
        j = vis.find(snip, pos)
        if j < 0:
            err(name, 'turn %d snippet %r not found in visible text after offset %d%s' % (
                i, snip, pos, ' (exists earlier)' if snip in vis else ''))
        else:
            pos = j + len(snip)
    total += len(g['turns'])
    print('%-40s %6d B  %2d turns' % (name, size, len(g['turns'])))

for jp in glob.glob(os.path.join(D, '*.expected.json')):
    if not os.path.exists(jp[:-len('.expected.json')] + '.html'):
        err(os.path.basename(jp), 'json without html')

print('pages: %d, his turns: %d' % (len(pages), total))
if errors:
    print('\n'.join('ERROR ' + e for e in errors))
    sys.exit(1)
print('OK')
