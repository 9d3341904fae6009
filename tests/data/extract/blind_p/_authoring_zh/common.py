"""Helpers for authoring the zh blind batch. Gold spans are marked inline with ⟦ ⟧."""
import re

OPEN, CLOSE = "\u27e6", "\u27e7"
_SPAN = re.compile(OPEN + "(.*?)" + CLOSE, re.S)


def strip_marks(s):
    """Return (clean_text, [gold spans]) for a string with ⟦gold⟧ markers."""
    if s.count(OPEN) != s.count(CLOSE):
        raise ValueError("unbalanced markers in: " + s[:80])
    golds = [g for g in _SPAN.findall(s)]
    for g in golds:
        if OPEN in g or CLOSE in g:
            raise ValueError("nested marker: " + g)
    return s.replace(OPEN, "").replace(CLOSE, ""), golds


def A(genre, title, text, hard, kind="article", guests=None):
    return {"genre": genre, "kind": kind, "title": title.strip(), "text": text.strip(),
            "guests": guests or [], "hard_case": hard}


def V(genre, title, cues, hard):
    """cues: list of (speaker, text). Timestamps are generated."""
    return {"genre": genre, "kind": "vtt", "title": title.strip(), "cues": cues,
            "guests": [], "hard_case": hard}


def ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return "%02d:%02d:%06.3f" % (h, m, s)
