DOCS = []

def d(genre, kind, title, text, gold, hard, guests=None, vtt=None):
    doc = {"id": None, "lang": "en", "genre": genre, "kind": kind, "title": title,
           "text": text, "guests": guests or [], "gold": gold, "hard_case": hard}
    if vtt is not None:
        doc["vtt"] = vtt
    DOCS.append(doc)

def mkvtt(cues):
    out = ["WEBVTT\n\n"]
    t = 1
    for spk, txt in cues:
        dur = max(3, min(12, len(txt) // 15))
        a, b = t, t + dur
        f = lambda s: "00:%02d:%02d.000" % (s // 60, s % 60)
        out.append("%s --> %s\n<v %s>%s\n\n" % (f(a), f(b), spk, txt))
        t = b + 1
    return "".join(out)
