import json, re, glob, importlib.util, sys
DOCS = []
M = re.compile(r"⟦(.*?)⟧", re.S)
def strip(s):
    gold = M.findall(s)
    return M.sub(lambda m: m.group(1), s), gold
def D(genre, hard, title="", text="", kind="article", guests=None, vtt=None):
    t, g1 = strip(title); x, g2 = strip(text)
    d = {"lang": "zh", "genre": genre, "kind": kind, "title": t, "text": x}
    gold = g1 + g2
    if kind == "vtt":
        v, g3 = strip(vtt); d["vtt"] = v; gold += g3; d["text"] = ""
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    DOCS.append(d)
