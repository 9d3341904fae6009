DOCS = []

def D(n, genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {
        "id": "uzh-%03d" % n,
        "lang": "zh",
        "genre": genre,
        "kind": kind,
        "title": title,
        "text": text.strip("\n") if text else "",
    }
    if kind == "vtt":
        d["vtt"] = vtt
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    DOCS.append(d)
