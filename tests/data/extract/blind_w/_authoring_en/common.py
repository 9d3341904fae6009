"""Authoring helpers: gold spans are marked inline with ⟦ ⟧ and stripped by build.py."""
DOCS = []

def D(n, genre, kind, title, text, hard_case, guests=None, vtt=None):
    DOCS.append(dict(n=n, genre=genre, kind=kind, title=title, text=text,
                     hard_case=hard_case, guests=guests or [], vtt=vtt))

def VTT(cues):
    """cues: list of (start, end, speaker, text)."""
    out = "WEBVTT\n\n"
    for s, e, sp, t in cues:
        out += f"{s} --> {e}\n<v {sp}>{t}\n\n"
    return out
