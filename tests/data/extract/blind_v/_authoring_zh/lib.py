"""Tiny helper: every document below is written by hand; this only wraps the fields."""

DOCS = []


def D(n, genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {
        "id": f"vzh-{n}",
        "lang": "zh",
        "genre": genre,
        "kind": kind,
        "title": title,
        "text": text if kind != "vtt" else "",
        "guests": guests or [],
        "gold": gold,
        "hard_case": hard,
    }
    if kind == "vtt":
        d["vtt"] = vtt
    DOCS.append(d)
