DOCS = []
def D(n, genre, kind, title, text, gold, hard, vtt=None, guests=None):
    d = {"id": "k-zh-%03d" % n, "lang": "zh", "genre": genre, "kind": kind,
         "title": title, "text": text}
    if kind == "vtt":
        d["vtt"] = vtt
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    DOCS.append(d)
