"""Shared helpers for generating the batch-l pages and their gold files.

Every page script builds its transcript as a list of Turn objects, renders the
page from that list, and derives the gold from the same list via gold_turns().
"""
import html as H
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"


def esc(s):
    return H.escape(s, quote=False)


def attr(s):
    return H.escape(s, quote=True)


def plain(fragment):
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = H.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def first_words(fragment, zh=False):
    t = plain(fragment)
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


class Turn:
    """One speaker turn.  spk = speaker key, t = start seconds (float/int/None),
    paras = list of HTML fragments (the turn's paragraphs / rows / cues)."""

    def __init__(self, spk, t, *paras, musk=None, times=None, extra=None):
        self.spk = spk
        self.t = t
        self.paras = list(paras)
        self.musk = musk
        self.times = times  # optional per-paragraph times
        self.extra = extra or {}


def mk(rows, musk_keys):
    """rows: tuples (spk, t, para, para, ...) -> list[Turn]."""
    out = []
    for r in rows:
        spk, t, *paras = r
        out.append(Turn(spk, t, *paras, musk=spk in musk_keys))
    return out


def gold_turns(turns, zh=False):
    g = []
    for tr in turns:
        if not tr.musk:
            continue
        t = None if tr.t is None else int(tr.t)
        g.append([t, first_words(" ".join(tr.paras), zh=zh)])
    return g


# ---- time formatting -------------------------------------------------------
def hms(t):
    t = int(t)
    return "%02d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60)


def hms_short(t):
    """h:mm:ss when over an hour, else mm:ss"""
    t = int(t)
    if t >= 3600:
        return "%d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60)
    return "%02d:%02d" % (t // 60, t % 60)


def yt(t):
    t = int(t)
    if t >= 3600:
        return "%d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60)
    return "%d:%02d" % (t // 60, t % 60)


def mmss(t):
    """total minutes, may exceed 59"""
    t = int(t)
    return "%02d:%02d" % (t // 60, t % 60)


def texturize(s):
    """WordPress-style smart quotes as numeric entities (input already escaped)."""
    s = re.sub(r'(^|[\s(\[>])"', r"\1&#8220;", s)
    s = s.replace('"', "&#8221;")
    s = re.sub(r"(\w)'(\w)", r"\1&#8217;\2", s)
    s = re.sub(r"(^|[\s(\[>])'", r"\1&#8216;", s)
    s = s.replace("'", "&#8217;")
    s = s.replace(" -- ", " &#8211; ")
    s = s.replace("...", "&#8230;")
    return s


def emit(name, page, turns=None, fmt="", show="", others=(), zh=False, gold=None):
    if gold is None:
        gold = gold_turns(turns, zh=zh)
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    exp = {
        "speaker": SPEAKER,
        "format": fmt,
        "show": show,
        "turns": gold,
        "others": list(others),
    }
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(dumps(exp))
    print(name, len(page.encode("utf-8")), "bytes,", len(gold), "turns")


def dumps(exp):
    J = lambda v: json.dumps(v, ensure_ascii=False)
    lines = ["{"]
    for k in ("speaker", "format", "show"):
        lines.append("  %s: %s," % (J(k), J(exp[k])))
    if exp["turns"]:
        lines.append('  "turns": [')
        lines.append(",\n".join("    " + J(t) for t in exp["turns"]))
        lines.append("  ],")
    else:
        lines.append('  "turns": [],')
    lines.append('  "others": %s' % J(exp["others"]))
    lines.append("}")
    return "\n".join(lines) + "\n"
