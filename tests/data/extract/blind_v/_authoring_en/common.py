DOCS = []

def d(genre, kind, title, text, gold, hard, guests=None, vtt=None):
    doc = {
        "lang": "en",
        "genre": genre,
        "kind": kind,
        "title": title.strip("\n"),
        "text": text.strip("\n") if kind != "vtt" else "",
        "guests": guests or [],
        "gold": gold,
        "hard_case": hard,
    }
    if kind == "vtt":
        doc["vtt"] = vtt.lstrip("\n")
    DOCS.append(doc)
