DOCS = []

def doc(genre, title, text, gold, hard, kind="article", guests=None, vtt=None):
    d = {"id": None, "lang": "zh", "genre": genre, "kind": kind, "title": title,
         "text": text, "guests": guests or [], "gold": gold, "hard_case": hard}
    if kind == "vtt":
        d["vtt"] = vtt
        d["text"] = ""
    hay = [title, d["text"]] + ([vtt] if vtt else [])
    for g in gold:
        assert g and any(g in h for h in hay), (title, g)
    DOCS.append(d)
