"""Helpers for authoring the English blind batch.

Gold statements are marked inline with [[...]]; the markers are stripped from the
published text and the marked spans become the gold list, so every gold entry is an
exact substring by construction.
"""
import re

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def strip(s):
    gold = MARK.findall(s)
    return MARK.sub(r"\1", s), gold


def _ts(sec):
    h = int(sec // 3600)
    m = int((sec % 3600) // 60)
    s = sec - h * 3600 - m * 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def doc(genre, title, text, hard_case, kind="article", guests=None, cues=None):
    title_c, g1 = strip(title.strip())
    text_c, g2 = strip(text.strip()) if text else ("", [])
    gold = g1 + g2
    out = {
        "genre": genre,
        "kind": kind,
        "title": title_c,
        "text": text_c,
        "guests": guests or [],
        "gold": [],
        "hard_case": hard_case,
    }
    if cues is not None:
        parts = ["WEBVTT\n\n"]
        t = 1.0
        for spk, ctext in cues:
            c, g = strip(ctext.strip())
            gold += g
            dur = max(2.5, min(9.0, len(c) / 16.0))
            parts.append("%s --> %s\n<v %s>%s\n\n" % (_ts(t), _ts(t + dur), spk, c))
            t += dur + 0.2
        out["vtt"] = "".join(parts)
        out["text"] = ""
    seen = []
    for g in gold:
        g = g.strip()
        if g and g not in seen:
            seen.append(g)
    out["gold"] = seen
    return out


def label(lines):
    """lines: list of (speaker, text) -> 'Name: text' per line."""
    return "\n".join("%s: %s" % (s, t.strip()) for s, t in lines)


def paras(ps):
    return "\n\n".join(p.strip() for p in ps)
