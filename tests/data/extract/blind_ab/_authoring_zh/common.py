DOCS = []

def D(genre, title, text, gold, hard, kind="article", guests=None, vtt=None):
    d = {"lang": "zh", "genre": genre, "kind": kind, "title": title,
         "text": text if kind != "vtt" else "", "guests": guests or [],
         "gold": gold, "hard_case": hard}
    if kind == "vtt":
        d["vtt"] = vtt
    hay = [title, d["text"]] + ([vtt] if vtt else [])
    for g in gold:
        assert any(g in h for h in hay), (title, g)
    DOCS.append(d)
