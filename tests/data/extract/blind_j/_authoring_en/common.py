def D(genre, kind, title, text, gold, hard, vtt="", guests=None):
    d = {"lang": "en", "genre": genre, "kind": kind, "title": title.strip(),
         "text": text.strip(), "guests": guests or [], "gold": gold, "hard_case": hard}
    if kind == "vtt":
        d["vtt"] = vtt.strip() + "\n"
        d["text"] = ""
    return d
