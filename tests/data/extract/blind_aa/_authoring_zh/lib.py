"""Helpers for authoring the AA_zh blind batch.

Gold spans are marked inline with ⟦ ... ⟧ in title, text or vtt cue text.
The markers are stripped and the spans collected, in order of appearance,
into the "gold" list, so every gold entry is an exact substring by construction.
"""

import re

OPEN, CLOSE = "⟦", "⟧"
_SPAN = re.compile(OPEN + "(.*?)" + CLOSE, re.S)


def _strip(s):
    golds = [m.group(1) for m in _SPAN.finditer(s)]
    clean = _SPAN.sub(lambda m: m.group(1), s)
    assert OPEN not in clean and CLOSE not in clean, ("unbalanced marker", s[:80])
    for g in golds:
        assert g.strip() == g and g, ("gold has edge whitespace or is empty", g)
    return clean, golds


def _dedent(s):
    lines = [ln.strip() for ln in s.strip("\n").split("\n")]
    return "\n".join(lines).strip()


def doc(genre, kind, title, text, hard_case, guests=None, vtt=None, join="\n"):
    """Build one document dict (id is assigned later by build.py)."""
    title_c, g1 = _strip(title.strip())
    body = _dedent(text) if text else ""
    if join != "\n":
        body = join.join(p for p in body.split("\n") if p)
    text_c, g2 = _strip(body)
    d = {
        "id": None,
        "lang": "zh",
        "genre": genre,
        "kind": kind,
        "title": title_c,
        "text": text_c,
        "guests": list(guests or []),
        "gold": [],
        "hard_case": hard_case,
    }
    golds = g1 + g2
    if kind == "vtt":
        assert vtt is not None
        vtt_c, g3 = _strip(vtt)
        d["vtt"] = vtt_c
        d["text"] = ""
        golds += g3
    seen = set()
    d["gold"] = [g for g in golds if not (g in seen or seen.add(g))]
    return d


def vtt_doc(cues):
    """cues: list of (start_seconds, end_seconds, speaker, text)."""

    def ts(x):
        h = int(x // 3600)
        m = int(x % 3600 // 60)
        s = x % 60
        return f"{h:02d}:{m:02d}:{s:06.3f}"

    out = ["WEBVTT", ""]
    for a, b, who, t in cues:
        out.append(f"{ts(a)} --> {ts(b)}")
        out.append(f"<v {who}>{t}")
        out.append("")
    return "\n".join(out)
