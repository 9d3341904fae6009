import re
M = re.compile(r'⟦(.*?)⟧', re.S)
DOCS = []

def _strip(s, gold):
    gold.extend(M.findall(s))
    return M.sub(r'\1', s)

def D(n, genre, kind, title, text, hard, guests=None, vtt=None):
    gold = []
    t = _strip(title, gold)
    x = _strip(text, gold)
    d = {"id": "be-zh%03d" % n, "lang": "zh", "genre": genre, "kind": kind,
         "title": t, "text": x}
    if kind == "vtt":
        d["vtt"] = _strip(vtt, gold)
        d["text"] = ""
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    for s in (t, x, d.get("vtt", "")):
        assert "⟦" not in s and "⟧" not in s, n
    DOCS.append(d)

def L(*lines):
    return "\n".join(lines)

def V(*cues):
    out = ["WEBVTT", ""]
    t = 1.0
    for spk, txt in cues:
        dur = max(2.0, min(8.0, len(txt) * 0.22))
        a, b = t, t + dur
        f = lambda s: "%02d:%02d:%06.3f" % (int(s // 3600), int(s % 3600 // 60), s % 60)
        out.append("%s --> %s" % (f(a), f(b)))
        out.append("<v %s>%s" % (spk, txt))
        out.append("")
        t = b + 0.5
    return "\n".join(out) + "\n"
