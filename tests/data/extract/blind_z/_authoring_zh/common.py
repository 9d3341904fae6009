"""Shared helpers for authoring the zzh batch."""

DOCS = []


def P(*paras):
    return "\n".join(paras)


def vtt_doc(cues):
    """cues: list of (start, end, speaker, text)."""
    out = ["WEBVTT", ""]
    for s, e, spk, t in cues:
        out.append(f"{s} --> {e}")
        out.append(f"<v {spk}>{t}")
        out.append("")
    return "\n".join(out) + "\n"


def add(genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {
        "lang": "zh",
        "genre": genre,
        "kind": kind,
        "title": title,
        "text": text,
        "guests": guests or [],
        "gold": gold,
        "hard_case": hard,
    }
    if kind == "vtt":
        d["vtt"] = vtt
        d["text"] = ""
    DOCS.append(d)
