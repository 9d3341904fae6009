"""Helpers: gold spans are marked inline with [[...]] and stripped when building."""
import re

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def _strip(s):
    return MARK.sub(lambda m: m.group(1), s)


def _golds(s):
    return MARK.findall(s)


def P(*paras):
    return "\n\n".join(paras)


def L(*lines):
    return "\n".join(lines)


def _ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def D(genre, title, text, hard, kind="article", guests=None, cues=None, lang="en"):
    gold = _golds(title) + _golds(text)
    d = dict(lang=lang, genre=genre, kind=kind, title=_strip(title),
             text=_strip(text).strip())
    if kind == "vtt":
        out = ["WEBVTT\n\n"]
        t = 1.0
        for spk, line in cues:
            gold += _golds(line)
            clean = _strip(line)
            dur = round(max(2.5, min(9.0, len(clean) / 14.0)), 1)
            out.append(f"{_ts(t)} --> {_ts(t + dur)}\n<v {spk}>{clean}\n\n")
            t += dur + 0.3
        d["vtt"] = "".join(out)
        d["text"] = ""
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    return d
