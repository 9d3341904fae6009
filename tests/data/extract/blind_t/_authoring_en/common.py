"""Helpers for assembling the hand-written English batch."""
DOCS = []


def T(s):
    return s.strip("\n")


def add(id, genre, title, text, gold, hard_case, kind="article", guests=None, vtt=None):
    d = {"id": "ten-%03d" % id, "lang": "en", "genre": genre, "kind": kind,
         "title": title, "text": text}
    if vtt is not None:
        d["vtt"] = vtt
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard_case
    DOCS.append(d)


def build_vtt(cues):
    """cues: list of (start, end, speaker, text) written by hand."""
    out = ["WEBVTT", ""]
    for start, end, spk, txt in cues:
        out.append("%s --> %s" % (start, end))
        out.append("<v %s>%s" % (spk, txt))
        out.append("")
    return "\n".join(out) + "\n"
