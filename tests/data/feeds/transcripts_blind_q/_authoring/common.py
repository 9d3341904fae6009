"""Shared helpers for the q-batch page generators.

Every page module builds its transcript from a list of turns
    (speaker_key, start_seconds_or_None, [paragraph, ...])
renders it with its own markup, and derives the gold from the same list:
turns whose speaker_key == "E" are Elon Musk's.
"""
import html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ELON = "E"

_ENT = {
    "\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
    "\u2014": "&mdash;", "\u2013": "&ndash;", "\u2026": "&hellip;", "\u00e9": "&eacute;",
    "\u00a0": "&nbsp;",
}


def esc(s):
    """Escape text for HTML, keep typographic characters literal."""
    return html.escape(s, quote=False)


def ent(s):
    """Escape text and write typographic characters as named entities."""
    s = html.escape(s, quote=False)
    for ch, e in _ENT.items():
        s = s.replace(ch, e)
    return s


def attr(s):
    return html.escape(s, quote=True)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def first_words(text, zh=False):
    t = collapse(text)
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


def mmss(sec):
    """mm:ss, minutes may exceed 59."""
    return "%02d:%02d" % (sec // 60, sec % 60)


def hms(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec % 3600 // 60, sec % 60)


def hms_short(sec):
    """h:mm:ss when >= 1h, else mm:ss."""
    if sec >= 3600:
        return "%d:%02d:%02d" % (sec // 3600, sec % 3600 // 60, sec % 60)
    return "%02d:%02d" % (sec // 60, sec % 60)


def gold_turns(turns, zh=False, text_of=None):
    """[[start or None, first words], ...] for Elon's turns.

    text_of(turn) may return the text the snippet is taken from (default: first paragraph).
    """
    out = []
    for t in turns:
        if t[0] != ELON:
            continue
        start = t[1]
        if start is not None:
            start = int(start)
        txt = text_of(t) if text_of else t[2][0]
        out.append([start, first_words(txt, zh)])
    return out


def write_page(name, page_html, show, fmt, turns_gold, others, notes=None):
    path = os.path.join(OUT, name + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page_html)
    exp = {
        "speaker": "Elon Musk",
        "format": fmt,
        "show": show,
        "turns": turns_gold,
        "others": others,
    }
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return {"name": name, "turns": len(turns_gold), "bytes": len(page_html.encode("utf-8")),
            "notes": notes or {}}
