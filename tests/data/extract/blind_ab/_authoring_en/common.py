DOCS = []

def doc(n, genre, kind, title, text, gold, hard_case, guests=None, vtt=None):
    d = {"id": f"aben-{n:03d}", "lang": "en", "genre": genre, "kind": kind,
         "title": title.strip(), "text": text.strip() if kind != "vtt" else "",
         "guests": guests or [], "gold": gold, "hard_case": hard_case}
    if kind == "vtt":
        d["vtt"] = vtt.strip() + "\n"
    hay = [d["title"], d["text"], d.get("vtt", "")]
    for g in gold:
        assert any(g in h for h in hay), (d["id"], g)
    DOCS.append(d)
