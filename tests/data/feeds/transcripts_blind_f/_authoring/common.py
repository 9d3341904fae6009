import json, html, re, os
OUT = "/work/blind/transcripts_f"
E = html.escape
def hms(s): return "%02d:%02d:%02d" % (s//3600, s%3600//60, s%60)
def ms(s): return "%02d:%02d" % (s//60, s%60) if s < 3600 else hms(s)
def cjk(t): return bool(re.search(r'[\u4e00-\u9fff]', t))
def snip(t):
    t = re.sub(r'\s+', ' ', t).strip()
    if cjk(t): return t[:8]
    return " ".join(t.split(" ")[:5])
def expected(T, fmt, show, others, override=None):
    turns = [[s, snip(p[0])] for (lab, s, p, m) in T if m]
    if override is not None: turns = override
    return {"speaker": "Elon Musk", "format": fmt, "show": show, "turns": turns, "others": others}
def write(name, htmltext, exp):
    open(os.path.join(OUT, name + ".html"), "w").write(htmltext)
    open(os.path.join(OUT, name + ".expected.json"), "w").write(json.dumps(exp, ensure_ascii=False, indent=1))
def others_of(T):
    o = []
    for lab, s, p, m in T:
        if not m and lab and lab not in o: o.append(lab)
    return o
