"""Shared helpers for authoring the ae batch (stdlib only)."""
import html as _html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"
EM = "EM"  # speaker key for Elon Musk in page data

BLOCK_TAGS = (
    "p|div|br|li|ul|ol|tr|td|th|table|thead|tbody|h1|h2|h3|h4|h5|h6|section|article|"
    "header|footer|nav|aside|blockquote|figure|figcaption|dd|dt|dl|details|summary|hr|"
    "main|form|button|label|option|select|textarea|pre|caption|time-block"
)
_block_re = re.compile(r"</?(?:%s)\b[^>]*>" % BLOCK_TAGS, re.I)
_tag_re = re.compile(r"<[^>]+>")


def strip_inline(s):
    """Strip tags of an inline html fragment, decode entities, collapse whitespace."""
    s = _block_re.sub(" ", s)
    s = _tag_re.sub("", s)
    s = _html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def visible_text(page):
    s = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    s = re.sub(r"<head\b.*?</head>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<script\b.*?</script>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<style\b.*?</style>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<template\b.*?</template>", " ", s, flags=re.S | re.I)
    return strip_inline(s)


def is_cjk(text):
    return bool(re.match(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]", text))


def snippet(paragraphs, lang=None):
    """First 5 words (English) or first 8 characters (Chinese) of a turn."""
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    text = strip_inline(" ".join(paragraphs))
    if lang is None:
        lang = "zh" if is_cjk(text) else "en"
    if lang == "zh":
        return text[:8]
    return " ".join(text.split(" ")[:5])


def hms(s, pad_h=True):
    h, r = divmod(int(s), 3600)
    m, sec = divmod(r, 60)
    return ("%02d:%02d:%02d" if pad_h else "%d:%02d:%02d") % (h, m, sec)


def adaptive(s):
    """0:04 / 12:33 / 1:02:10 style."""
    s = int(s)
    h, r = divmod(s, 3600)
    m, sec = divmod(r, 60)
    if h:
        return "%d:%02d:%02d" % (h, m, sec)
    return "%d:%02d" % (m, sec)


def mmss(s, pad=True):
    """minutes may exceed 59."""
    s = int(s)
    m, sec = divmod(s, 60)
    return ("%02d:%02d" if pad else "%d:%02d") % (m, sec)


def check_turn_data(turns):
    """turns: list of dicts with key 'spk'. No two adjacent turns by the same speaker."""
    for a, b in zip(turns, turns[1:]):
        assert not (a["spk"] == EM and b["spk"] == EM), ("adjacent Musk turns", a, b)


def gold_from(turns, lang=None):
    out = []
    for t in turns:
        if t["spk"] == EM and not t.get("not_turn"):
            tm = t.get("t")
            out.append([None if tm is None else int(tm), snippet(t["paras"], lang)])
    return out


def others_from(turns):
    seen = []
    for t in turns:
        if t["spk"] != EM and t.get("label"):
            if t["label"] not in seen:
                seen.append(t["label"])
    return seen


def write(name, page, fmt, show, turns_gold, others):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    exp = {
        "speaker": SPEAKER,
        "format": fmt,
        "show": show,
        "turns": turns_gold,
        "others": others,
    }
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return exp


def T(spk, label, t, *paras, **kw):
    d = {"spk": spk, "label": label, "t": t, "paras": list(paras)}
    d.update(kw)
    return d
