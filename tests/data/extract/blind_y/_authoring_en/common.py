"""Helpers for authoring the Y_en blind batch.

Gold spans are written inline in the text between the markers ⟦ and ⟧; doc() strips the
markers and records each marked span as a gold entry, so every gold string is an exact
substring of the title, text or vtt by construction.
"""
OPEN, CLOSE = "\u27e6", "\u27e7"


def _strip(s):
    out, gold, cur = [], [], None
    for ch in s:
        if ch == OPEN:
            assert cur is None, "nested marker in: " + s[:80]
            cur = []
        elif ch == CLOSE:
            assert cur is not None, "unbalanced marker in: " + s[:80]
            gold.append("".join(cur))
            cur = None
        else:
            out.append(ch)
            if cur is not None:
                cur.append(ch)
    assert cur is None, "unclosed marker in: " + s[:80]
    return "".join(out), gold


def P(*paras):
    """Paragraphs separated by blank lines."""
    return "\n\n".join(p.strip("\n") for p in paras)


def L(*lines):
    """Lines separated by single newlines (speaker-labelled transcripts)."""
    return "\n".join(lines)


def V(*cues):
    """WebVTT document from (start, end, speaker, text) cues."""
    parts = ["WEBVTT\n\n"]
    for start, end, who, txt in cues:
        parts.append(f"{start} --> {end}\n<v {who}>{txt}\n\n")
    return "".join(parts)


def doc(id, genre, kind, title, text, hard_case, guests=None, vtt=None):
    t, g1 = _strip(title)
    x, g2 = _strip(text)
    d = {"id": id, "lang": "en", "genre": genre, "kind": kind, "title": t, "text": x}
    gold = g1 + g2
    if kind == "vtt":
        assert vtt is not None and text == ""
        v, g3 = _strip(vtt)
        d["vtt"] = v
        gold += g3
    d["guests"] = list(guests or [])
    d["gold"] = gold
    d["hard_case"] = hard_case
    for g in gold:
        assert g.strip() == g and g, (id, repr(g))
    return d
