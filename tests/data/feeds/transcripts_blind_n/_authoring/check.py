#!/usr/bin/env python3
"""Checker for batch n: structure of gold files and presence/order of snippets in visible text."""
import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
errs = []
def err(p, m): errs.append(f"{p}: {m}")

def visible(doc):
    d = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    d = re.sub(r'(?is)<(script|style|head|template|noscript)\b.*?</\1\s*>', ' ', d)
    d = re.sub(r'(?s)<[^>]*>', ' ', d)
    d = html.unescape(d)
    return ' '.join(d.split())

pages = sorted(glob.glob(os.path.join(D, 'n[0-9][0-9]_*.html')))
total = 0
for p in pages:
    name = os.path.basename(p)[:-5]
    size = os.path.getsize(p)
    if not (3 * 1024 <= size <= 40 * 1024):
        err(name, f"size {size} out of 3-40 KB")
    doc = open(p, encoding='utf-8').read()
    if not doc.lstrip().lower().startswith('<!doctype html'):
        err(name, "no doctype")
    gp = os.path.join(D, name + '.expected.json')
    if not os.path.exists(gp):
        err(name, "missing expected.json"); continue
    try:
        g = json.load(open(gp, encoding='utf-8'))
    except Exception as e:
        err(name, f"bad json {e}"); continue
    if set(g) != KEYS:
        err(name, f"keys {sorted(g)}")
    if g.get("speaker") != "Elon Musk": err(name, "speaker")
    for k in ("format", "show"):
        if not isinstance(g.get(k), str) or not g[k].strip(): err(name, f"{k} empty")
    if not isinstance(g.get("others"), list) or not all(isinstance(o, str) and o for o in g["others"]):
        err(name, "others not list of str")
    vt = visible(doc)
    for o in g.get("others", []):
        if o not in vt: err(name, f"other label not on page: {o}")
    pos = 0
    turns = g.get("turns", [])
    if not isinstance(turns, list): err(name, "turns not list"); continue
    total += len(turns)
    for i, t in enumerate(turns):
        if not (isinstance(t, list) and len(t) == 2):
            err(name, f"turn {i} shape"); continue
        ts, sn = t
        if ts is not None and (not isinstance(ts, int) or isinstance(ts, bool) or ts < 0):
            err(name, f"turn {i} time {ts!r}")
        if not isinstance(sn, str) or not sn:
            err(name, f"turn {i} snippet"); continue
        if sn != ' '.join(sn.split()): err(name, f"turn {i} whitespace")
        if sn[0] in '"\'\u201c\u2018\u300c\u300e([{\u3010\uff08<\u00ab':
            err(name, f"turn {i} snippet starts with quote/bracket: {sn}")
        zh = bool(re.search(r'[\u4e00-\u9fff]', sn))
        if zh and len(sn) > 8: err(name, f"turn {i} zh snippet > 8 chars")
        if not zh and len(sn.split()) > 5: err(name, f"turn {i} > 5 words")
        k = vt.find(sn, pos)
        if k < 0:
            err(name, f"turn {i} snippet not found in order: {sn!r}" + (" (exists earlier)" if sn in vt else ""))
        else:
            pos = k + len(sn)
    # times non-decreasing
    tt = [t[0] for t in turns if isinstance(t, list) and t and isinstance(t[0], int)]
    if tt != sorted(tt): err(name, "times not increasing")
    print(f"{name:32s} {size/1024:5.1f} KB  turns={len(turns)}")
for j in glob.glob(os.path.join(D, '*.expected.json')):
    if not os.path.exists(j[:-len('.expected.json')] + '.html'): err(os.path.basename(j), "no html")
if not os.path.exists(os.path.join(D, 'BRIEF.md')): err('BRIEF.md', 'missing')
print(f"pages={len(pages)} his turns={total}")
print("\n".join(errs) if errs else "no errors")
sys.exit(1 if errs else 0)
