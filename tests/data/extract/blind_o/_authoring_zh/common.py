DOCS = []
def D(genre, title, text, gold, hard, kind="article", guests=None, vtt=None):
    d = {"genre": genre, "kind": kind, "title": title, "text": text,
         "guests": guests or [], "gold": gold, "hard_case": hard}
    if vtt is not None:
        d["vtt"] = vtt
    DOCS.append(d)
