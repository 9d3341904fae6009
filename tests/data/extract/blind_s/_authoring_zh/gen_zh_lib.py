"""Helpers for the Chinese blind batch: gold spans are marked with ⟦...⟧ in the source."""
import re

MARK = re.compile(r"⟦(.*?)⟧", re.S)
DOCS = []


def _clean(s):
    return s.replace("⟦", "").replace("⟧", "")


def _golds(s):
    return [m.group(1) for m in MARK.finditer(s)]


def doc(genre, kind, title, text, hard, guests=None):
    title = title.strip()
    text = text.strip()
    gold = []
    for g in _golds(title) + _golds(text):
        if g not in gold:
            gold.append(g)
    DOCS.append({
        "genre": genre, "kind": kind, "title": _clean(title), "text": _clean(text),
        "guests": guests or [], "gold": gold, "hard_case": hard,
    })


def _ts(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    whole = int(s)
    ms = int(round((s - whole) * 1000))
    return f"{int(h):02d}:{int(m):02d}:{whole:02d}.{ms:03d}"


def vtt_doc(genre, title, cues, hard, start=1.0):
    """cues: list of (speaker, text, seconds)."""
    out = ["WEBVTT", ""]
    gold = []
    t = start
    for speaker, text, dur in cues:
        for g in _golds(text):
            if g not in gold:
                gold.append(g)
        out.append(f"{_ts(t)} --> {_ts(t + dur)}")
        out.append(f"<v {speaker}>{_clean(text)}")
        out.append("")
        t += dur
    DOCS.append({
        "genre": genre, "kind": "vtt", "title": title, "text": "", "vtt": "\n".join(out) + "\n",
        "guests": [], "gold": gold, "hard_case": hard,
    })
