import re

MARK = re.compile(r"⟦(.*?)⟧", re.S)
DOCS = []


def _strip(s):
    return s.replace("⟦", "").replace("⟧", "")


def D(n, genre, kind, title, text, hard, guests=(), vtt=None):
    title = title.strip()
    text = text.strip()
    golds = []
    for s in (title, text, vtt or ""):
        golds += MARK.findall(s)
    doc = {
        "id": f"tzh-{n:03d}",
        "lang": "zh",
        "genre": genre,
        "kind": kind,
        "title": _strip(title),
        "text": _strip(text),
        "guests": list(guests),
        "gold": golds,
        "hard_case": hard,
    }
    if vtt is not None:
        doc["vtt"] = _strip(vtt)
    for g in golds:
        assert "⟦" not in g and "⟧" not in g, (n, g)
        assert g.strip() == g and g, (n, repr(g))
    for k in ("title", "text", "vtt"):
        if k in doc:
            assert "⟦" not in doc[k] and "⟧" not in doc[k], (n, k)
    DOCS.append(doc)
    return doc


def V(*cues):
    """cues: (start, end, speaker, text)"""
    out = ["WEBVTT", ""]
    for s, e, sp, t in cues:
        out.append(f"{s} --> {e}")
        out.append(f"<v {sp}>{t}")
        out.append("")
    return "\n".join(out) + "\n"
