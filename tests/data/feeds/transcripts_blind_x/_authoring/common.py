"""Shared helpers for the x-batch generator.

Every page module builds a list of turns (speaker key, start seconds or None,
list of paragraphs), renders HTML from that same list, and derives the gold
from it, so the page and the expected.json cannot drift apart.
"""
import html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MUSK = "M"  # speaker key used for Elon Musk in every page's turn list

PAGES = {}   # name -> dict(html=..., expected=..., meta=...)


def esc(s, quote=False):
    return html.escape(s, quote=quote)


def attr(s):
    return html.escape(s, quote=True)


def wp_esc(s):
    """WordPress-style: escape, then typographic characters as numeric entities."""
    s = html.escape(s, quote=False)
    return (s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
             .replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")
             .replace("\u2014", "&#8212;").replace("\u2013", "&#8211;")
             .replace("\u2026", "&#8230;"))


def collapse(s):
    return " ".join(s.split())


def first_words(text, zh=False):
    s = collapse(text)
    if zh:
        return s[:8]
    return " ".join(s.split(" ")[:5])


def hms(t, force_hours=False, pad_hours=True):
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    if h or force_hours:
        return (f"{h:02d}" if pad_hours else f"{h}") + f":{m:02d}:{s:02d}"
    return f"{m:02d}:{s:02d}"


def ms_only(t):
    """mm:ss where minutes may exceed 59."""
    m, s = divmod(int(t), 60)
    return f"{m:02d}:{s:02d}"


def yt(t):
    """YouTube-style display: m:ss or h:mm:ss (no zero-padded leading unit)."""
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    if h:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m}:{s:02d}"


def ts(h=0, m=0, s=0):
    return h * 3600 + m * 60 + s


def gold_turns(turns, zh=False, text_of=None):
    """turns: list of dicts with keys spk, t, paras (first para = turn text start)."""
    out = []
    for tr in turns:
        if tr["spk"] != MUSK:
            continue
        text = text_of(tr) if text_of else tr["paras"][0]
        out.append([tr.get("t") if tr.get("show_t", True) else None,
                    first_words(text, zh=zh)])
    return out


def register(name, html_text, expected, meta):
    assert expected.keys() == {"speaker", "format", "show", "turns", "others"}
    PAGES[name] = dict(html=html_text, expected=expected, meta=meta)


def write_all():
    for name, p in PAGES.items():
        with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
            f.write(p["html"])
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(dump_expected(p["expected"]))


def expected(fmt, show, turns, others):
    return {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": turns, "others": others}


def dump_expected(e):
    """JSON with one turn per line (still plain JSON)."""
    d = lambda v: json.dumps(v, ensure_ascii=False)
    lines = ["{",
             f'  "speaker": {d(e["speaker"])},',
             f'  "format": {d(e["format"])},',
             f'  "show": {d(e["show"])},']
    if e["turns"]:
        lines.append('  "turns": [')
        lines.append(",\n".join("    " + d(t) for t in e["turns"]))
        lines.append("  ],")
    else:
        lines.append('  "turns": [],')
    lines.append(f'  "others": {d(e["others"])}')
    lines.append("}")
    out = "\n".join(lines) + "\n"
    assert json.loads(out) == e
    return out
