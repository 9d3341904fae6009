"""Helpers for authoring the zh blind batch.

Gold spans are marked inline with ⟦ ⟧; the builder strips the markers and
collects the spans as gold, so every gold entry is an exact substring.
"""
import re

DOCS = []
MARK = re.compile(r"⟦(.*?)⟧", re.S)


def _strip(s):
    golds = MARK.findall(s)
    return MARK.sub(lambda m: m.group(1), s), golds


def vtt(cues, start=1.0, dur=5.0):
    """cues: list of (speaker, text). Returns a WebVTT string with markers kept."""
    def ts(x):
        h = int(x // 3600)
        m = int(x % 3600 // 60)
        s = x % 60
        return f"{h:02d}:{m:02d}:{s:06.3f}"
    out = ["WEBVTT", ""]
    t = start
    for spk, txt in cues:
        d = max(dur, len(txt) * 0.22)
        out.append(f"{ts(t)} --> {ts(t + d)}")
        out.append(f"<v {spk}>{txt}")
        out.append("")
        t += d + 0.5
    return "\n".join(out) + "\n"


def add(genre, kind, title, text, hard, guests=None, vtt_doc=None):
    DOCS.append(dict(genre=genre, kind=kind, title=title.strip(), text=text.strip(),
                     hard=hard, guests=guests or [], vtt=vtt_doc))


def build():
    out = []
    for i, d in enumerate(DOCS, 1):
        title, g1 = _strip(d["title"])
        text, g2 = _strip(d["text"])
        g3 = []
        rec = {"id": f"lzh{i:03d}", "lang": "zh", "genre": d["genre"], "kind": d["kind"],
               "title": title, "text": text}
        if d["kind"] == "vtt":
            v, g3 = _strip(d["vtt"])
            rec["text"] = ""
            rec["vtt"] = v
        gold = []
        for g in g1 + g2 + g3:
            if g not in gold:
                gold.append(g)
        rec["guests"] = d["guests"]
        rec["gold"] = gold
        rec["hard_case"] = d["hard"]
        out.append(rec)
    return out
