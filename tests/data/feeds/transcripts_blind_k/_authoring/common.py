"""Shared helpers for the k-batch generator.

Each page module builds its transcript from a list of turns and renders HTML from
that same list; the gold (expected.json) is derived from the same data, so the two
cannot drift apart.
"""
import html
import json
import os

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
ELON = "Elon Musk"


def esc(s):
    """Escape text for HTML element content (quotes left literal, & < > escaped)."""
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def collapse(s):
    return " ".join(s.split())


def snippet(text, zh=False):
    t = collapse(text)
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


def hms(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def hms_var(s):
    """h:mm:ss when over an hour, else mm:ss (the 'mixed' shape)."""
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%02d:%02d" % (s // 60, s % 60)


def hms_var_short(s):
    """h:mm:ss over an hour, else m:ss (no leading zero on minutes)."""
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def mmss_over(s):
    """mm:ss where minutes may exceed 59."""
    s = int(s)
    return "%02d:%02d" % (s // 60, s % 60)


def hms_ms(s):
    ms = int(round(s * 1000))
    whole = ms // 1000
    return "%s.%03d" % (hms(whole), ms % 1000)


def tsec(h=0, m=0, s=0):
    return h * 3600 + m * 60 + s


def gold_turns(turns, zh=False, time_key="t", is_elon=lambda t: t["spk"] == "E"):
    out = []
    for t in turns:
        if not is_elon(t):
            continue
        tm = t.get(time_key)
        out.append([None if tm is None else int(tm), snippet(t["paras"][0], zh=zh)])
    return out


def write(name, page_html, fmt, show, turns, others):
    assert name.startswith("k") and len(name) > 4
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html)
    gold = {
        "speaker": ELON,
        "format": fmt,
        "show": show,
        "turns": turns,
        "others": others,
    }
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return gold


def T(spk, t, *paras, **kw):
    d = {"spk": spk, "t": t, "paras": list(paras)}
    d.update(kw)
    return d
