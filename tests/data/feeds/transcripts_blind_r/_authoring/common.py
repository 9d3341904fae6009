"""Shared helpers for the blind transcript batch (r01..r16).

Every page module defines build() -> dict(slug, html, format, show, turns, others).
`turns` is produced by the page module from the SAME data list that renders the page,
through `turn()` below, so gold and markup cannot drift apart.
"""
import html as _html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"

_WS = re.compile(r"\s+")


def plain(fragment):
    """Visible text of an HTML fragment: tags -> space, entities decoded, whitespace collapsed."""
    s = re.sub(r"<[^>]+>", " ", fragment)
    s = _html.unescape(s)
    return _WS.sub(" ", s).strip()


def snip_en(fragment, n=5):
    return " ".join(plain(fragment).split(" ")[:n])


def snip_zh(fragment, n=8):
    return plain(fragment)[:n]


def turn(t, first_para, zh=False):
    """One gold turn: [int seconds or None, first words]."""
    return [None if t is None else int(t), snip_zh(first_para) if zh else snip_en(first_para)]


# ---- time formats -------------------------------------------------------
def hms(s):  # 01:02:05
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def hms_ms(s):  # 00:14:22.480
    whole = int(s)
    ms = int(round((s - whole) * 1000))
    return f"{hms(whole)}.{ms:03d}"


def rev(s):  # 04:12 below one hour, 1:02:05 above
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def short(s):  # 4:12 / 1:02:05 (video-player style)
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def mm_over(s):  # 74:02 (minutes keep counting past 59)
    s = int(s)
    return f"{s // 60:02d}:{s % 60:02d}"


def yt(s):  # 20m34s / 1h02m05s
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return (f"{h}h{m:02d}m{sec:02d}s" if h else f"{m}m{sec:02d}s")


def iso(s):  # PT1H2M5S
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    out = "PT"
    if h:
        out += f"{h}H"
    if m or h:
        out += f"{m}M"
    return out + f"{sec}S"


def write(page):
    slug = page["slug"]
    with open(os.path.join(OUT, slug + ".html"), "w", encoding="utf-8") as f:
        f.write(page["html"])
    gold = {
        "speaker": SPEAKER,
        "format": page["format"],
        "show": page["show"],
        "turns": page["turns"],
        "others": page["others"],
    }
    with open(os.path.join(OUT, slug + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return gold


def check_no_adjacent(entries, key="E"):
    """Guard: two adjacent entries of his would silently be ONE turn; page modules must merge them."""
    for a, b in zip(entries, entries[1:]):
        if a[0] == key and b[0] == key:
            raise AssertionError("adjacent turns of his in data: %r / %r" % (a[2][0][:40], b[2][0][:40]))
