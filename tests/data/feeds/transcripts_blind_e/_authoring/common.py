"""Shared helpers for authoring the blind transcript batch E (own code, no project code)."""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def hms(t):
    t = int(t)
    return f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"


def ms(t):
    """12:34, or 1:02:03 past the hour."""
    t = int(t)
    h = t // 3600
    if h:
        return f"{h}:{t % 3600 // 60:02d}:{t % 60:02d}"
    return f"{t // 60:02d}:{t % 60:02d}"


def apple_t(t):
    """0:14, 12:34, 1:00:01"""
    t = int(t)
    h = t // 3600
    if h:
        return f"{h}:{t % 3600 // 60:02d}:{t % 60:02d}"
    return f"{t // 60}:{t % 60:02d}"


def hmsms(t):
    whole = int(t)
    frac = int(round((t - whole) * 1000))
    return f"{hms(whole)}.{frac:03d}"


def snip(text, lang="en"):
    first = re.sub(r"\s+", " ", paras(text)[0])
    if lang == "zh":
        return first[:8]
    return " ".join(first.split(" ")[:5])


BAD_START = tuple("\"'“‘「『([【（")


def gold(show, fmt, turns, labels=None, musk=("M", "M_full"), lang="en", others=None):
    """turns: list of (key, t, text); key None = unlabelled continuation of previous turn."""
    out = []
    prev = object()
    oth = []
    for key, t, text in turns:
        if key is None:
            continue
        spk = "MUSK" if key in musk else key
        if labels is not None and key not in musk and key not in labels:
            # not a speaker (e.g. soundbite marker)
            continue
        base = spk.split("_")[0]
        assert base != prev, ("two consecutive labelled entries by same speaker", key, text[:30])
        prev = base
        if key in musk:
            s = snip(text, lang)
            assert not s.startswith(BAD_START), s
            out.append([None if t is None else int(t), s])
        elif labels is not None:
            lab = html.unescape(labels[key])
            if lab not in oth:
                oth.append(lab)
    return {
        "speaker": "Elon Musk",
        "format": fmt,
        "show": show,
        "turns": out,
        "others": others if others is not None else oth,
    }


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def save(name, page, g):
    assert list(g.keys()) == ["speaker", "format", "show", "turns", "others"]
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    size = len(page.encode("utf-8"))
    print(f"{name}: {size} bytes, {len(g['turns'])} Musk turns")
    assert 3000 <= size <= 40000, (name, size)
