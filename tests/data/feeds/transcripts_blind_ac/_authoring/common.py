"""Shared helpers for authoring the ac batch (stdlib only)."""
import html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TAG_RE = re.compile(r"<[^>]+>")


def plain(fragment):
    """Strip tags from an HTML fragment, decode entities, collapse whitespace."""
    t = TAG_RE.sub("", fragment)
    t = html.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def is_cjk(ch):
    return ord(ch) >= 0x2E80


def first_words(fragment):
    """Gold snippet: first 5 words (English) or first 8 characters (Chinese)."""
    t = plain(fragment)
    if not t:
        raise ValueError("empty turn text")
    if is_cjk(t[0]):
        snip = t[:8]
        raw_head = fragment.lstrip()[:12]
    else:
        snip = " ".join(t.split()[:5])
        raw_head = " ".join(fragment.split()[:5])
    # authoring guard: no markup inside the region the snippet is taken from
    if "<" in raw_head:
        raise ValueError("markup inside snippet region: %r" % fragment[:60])
    return snip


def hms(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def hms_loose(s):
    """h:mm:ss when over an hour, else m:ss (video-player style)."""
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def mmss(s):
    """mm:ss with minutes allowed above 59."""
    s = int(s)
    return "%02d:%02d" % (s // 60, s % 60)


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


def gold_from(entries, musk_keys=("E",)):
    """entries: list of (speaker_key, start_or_None, [paragraph html, ...]).
    Consecutive entries by the same speaker are not allowed (would be one turn)."""
    turns = []
    prev = None
    for e in entries:
        spk, t, paras = e[0], e[1], e[2]
        if spk == prev:
            raise ValueError("two consecutive entries by %s" % spk)
        prev = spk
        if spk in musk_keys:
            turns.append([None if t is None else int(t), first_words(paras[0])])
    return turns


def write_page(name, page_html, gold):
    assert set(gold) == {"speaker", "format", "show", "turns", "others"}
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def gold(fmt, show, turns, others):
    return {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": turns, "others": others}
