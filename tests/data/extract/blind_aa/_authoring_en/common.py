"""Helpers for authoring the AA_en blind batch."""
import re

DOCS = []


def T(s):
    """Strip the leading/trailing newline of a triple-quoted block."""
    return s.strip("\n").strip()


def doc(id, genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {
        "id": f"aaen-{id:03d}",
        "lang": "en",
        "genre": genre,
        "kind": kind,
        "title": title,
        "text": T(text) if text else "",
        "guests": guests or [],
        "gold": gold,
        "hard_case": hard,
    }
    if vtt is not None:
        d["vtt"] = vtt
    DOCS.append(d)
    return d


def fmt_ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def make_vtt(cues):
    """cues: list of (speaker, text); timestamps generated sequentially."""
    out = ["WEBVTT", ""]
    t = 1.0
    texts = []
    for spk, txt in cues:
        dur = max(2.5, min(8.0, len(txt.split()) * 0.42))
        out.append(f"{fmt_ts(t)} --> {fmt_ts(t + dur)}")
        out.append(f"<v {spk}>{txt}")
        out.append("")
        texts.append(txt)
        t += dur + 0.4
    return "\n".join(out) + "\n", texts


def cue_texts(vtt):
    return [re.sub(r"^<v [^>]*>", "", line) for line in vtt.split("\n")
            if line.startswith("<v ")]
