"""Shared helpers. Gold spans are marked inline with ⟦ ... ⟧; build.py strips the
markers and collects the marked strings as gold, so every gold entry is an exact substring."""
import textwrap

DOCS = []


def _clean(s):
    return textwrap.dedent(s).strip("\n")


def D(n, genre, kind, title, text="", hard_case="", guests=None, vtt=None):
    DOCS.append(dict(n=n, genre=genre, kind=kind, title=title, text=_clean(text),
                     hard_case=hard_case, guests=guests or [],
                     vtt=_clean(vtt) + "\n" if vtt is not None else None))


def cues(*rows):
    """rows: (start, end, speaker, text) -> WebVTT document (markers kept)."""
    out = ["WEBVTT", ""]
    for start, end, spk, txt in rows:
        out += [f"{start} --> {end}", f"<v {spk}>{txt}", ""]
    return "\n".join(out)
