import re
DOCS = []
def D(genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {"id": None, "lang": "en", "genre": genre, "kind": kind, "title": title,
         "text": text if kind != "vtt" else "", "guests": guests or [], "gold": gold, "hard_case": hard}
    if kind == "vtt":
        d["vtt"] = vtt
        cues = [re.sub(r"^<v [^>]*>", "", c.split("\n", 1)[1]) for c in vtt.split("\n\n")[1:] if "-->" in c]
        for g in gold:
            assert any(g in c for c in cues), ("VTT GOLD MISSING", g)
    else:
        for g in gold:
            assert g in title or g in text, ("GOLD MISSING", g, title)
    DOCS.append(d)

def L(*lines):
    return "\n".join(lines)

def VTT(*cues):
    out = "WEBVTT\n\n"
    t = 1
    for spk, txt in cues:
        s = "00:%02d:%02d.000" % (t // 60, t % 60); t += 6
        e = "00:%02d:%02d.000" % (t // 60, t % 60); t += 1
        out += "%s --> %s\n<v %s>%s\n\n" % (s, e, spk, txt)
    return out
