import json, glob, os, re, html, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def visible(src):
    src = re.sub(r"(?is)<(script|style|head|template|noscript)\b.*?</\1>", " ", src)
    src = re.sub(r"(?s)<!--.*?-->", " ", src)
    src = re.sub(r"(?s)<[^>]+>", " ", src)
    return re.sub(r"\s+", " ", html.unescape(src)).replace("\u00a0", " ")
tot = 0; n = 0; bad = 0
for j in sorted(glob.glob(os.path.join(D, "*.expected.json"))):
    name = os.path.basename(j)[:-len(".expected.json")]
    g = json.load(open(j, encoding="utf-8"))
    errs = []
    if list(g) != ["speaker", "format", "show", "turns", "others"]: errs.append("keys %s" % list(g))
    if g["speaker"] != "Elon Musk": errs.append("speaker")
    page = open(os.path.join(D, name + ".html"), encoding="utf-8").read()
    size = len(page.encode()); 
    if not (3000 <= size <= 40000): errs.append("size %d" % size)
    if not page.lstrip().lower().startswith("<!doctype html"): errs.append("doctype")
    vis = visible(page); pos = 0
    for t, s in g["turns"]:
        if not (t is None or (isinstance(t, int) and t >= 0)): errs.append("time %r" % t)
        if s != re.sub(r"\s+", " ", s).strip(): errs.append("ws %r" % s)
        if s[:1] in "\"'“‘「『([【（": errs.append("quote start %r" % s)
        i = vis.find(s)
        if i < 0: errs.append("MISSING %r" % s); continue
        k = vis.find(s, pos)
        if k < 0: errs.append("ORDER %r" % s)
        else: pos = k + len(s)
    for o in g["others"]:
        if o not in vis: errs.append("other label not visible %r" % o)
    tot += len(g["turns"]); n += 1
    print(f"{name:45s} {size:6d}B turns={len(g['turns']):2d} " + ("OK" if not errs else "ERR " + "; ".join(errs)))
    bad += bool(errs)
print(f"pages={n} musk_turns={tot} bad={bad}")
