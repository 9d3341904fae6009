DOCS = []
def D(n, genre, title, text, gold, hard, kind="article", guests=None, vtt=None):
    d = {"id": "xzh-%03d" % n, "lang": "zh", "genre": genre, "kind": kind,
         "title": title, "text": text}
    if kind == "vtt":
        d["text"] = ""
        d["vtt"] = vtt
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    DOCS.append(d)
def L(*lines):
    return "\n".join(lines)
def V(*cues):
    out = "WEBVTT\n\n"
    t = 1
    for spk, txt in cues:
        f = lambda x: "%02d:%02d:%02d.000" % (x // 3600, x // 60 % 60, x % 60)
        out += "%s --> %s\n<v %s>%s\n\n" % (f(t), f(t + 4), spk, txt)
        t += 5
    return out
