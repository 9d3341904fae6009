"""Shared helpers for the m-batch page generators.

Every page script builds its transcript from a list of turns and records the gold
(his turns + other labels) while rendering, so page and gold cannot disagree.
"""
import html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"


def esc(s):
    """Escape for HTML text; keep typographic characters literal."""
    return html.escape(s, quote=False)


def esc_attr(s):
    return html.escape(s, quote=True)


def esc_wp(s):
    """WordPress-style: escape and turn typographic characters into numeric entities."""
    s = html.escape(s, quote=False)
    return (s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
             .replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")
             .replace("\u2014", "&#8212;").replace("\u2013", "&#8211;")
             .replace("\u2026", "&#8230;"))


def collapse(s):
    return " ".join(html.unescape(s).split())


def first_words(text, zh=False):
    t = collapse(text)
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


def hms(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def mmss(s):
    """mm:ss with minutes allowed over 59 (e.g. 72:40)."""
    s = int(s)
    return "%02d:%02d" % (s // 60, s % 60)


def hmm(s):
    """Otter/YouTube style: m:ss under an hour, h:mm:ss above."""
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def iso_dur(s):
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    out = "PT"
    if h:
        out += "%dH" % h
    if m or h:
        out += "%dM" % m
    out += "%dS" % sec
    return out


class Gold:
    def __init__(self, show, fmt, zh=False):
        self.show = show
        self.fmt = fmt
        self.zh = zh
        self.turns = []
        self.others = []

    def elon(self, t, text, zh=None):
        z = self.zh if zh is None else zh
        self.turns.append([None if t is None else int(t), first_words(text, z)])

    def other(self, label):
        label = collapse(label)
        if label not in self.others:
            self.others.append(label)

    def data(self):
        return {
            "speaker": SPEAKER,
            "format": self.fmt,
            "show": self.show,
            "turns": self.turns,
            "others": self.others,
        }


def write(name, page, gold):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        d = gold.data()
        lines = ["{"]
        for k in ("speaker", "format", "show"):
            lines.append("  %s: %s," % (json.dumps(k), json.dumps(d[k], ensure_ascii=False)))
        tl = [json.dumps(t, ensure_ascii=False) for t in d["turns"]]
        lines.append('  "turns": [' + ("\n    " + ",\n    ".join(tl) + "\n  ]," if tl else "],"))
        lines.append('  "others": %s' % json.dumps(d["others"], ensure_ascii=False))
        lines.append("}")
        f.write("\n".join(lines) + "\n")
        assert json.loads("\n".join(lines)) == d
    print("%-28s %6d bytes  %2d turns" % (name, len(page.encode("utf-8")), len(gold.turns)))
