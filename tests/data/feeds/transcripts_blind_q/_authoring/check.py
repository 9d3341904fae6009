#!/usr/bin/env python3
"""Checker for the q-batch of transcript pages.

Per page:
  * NAME.expected.json parses and has exactly the keys speaker, format, show, turns, others
  * speaker == "Elon Musk"; format is one sentence; show and others are non-empty
  * turns: list of [int >= 0 or null, non-empty str]; no bools, no floats
  * a snippet does not start with a quote mark or bracket, has at most 5 words (English)
    or at most 8 characters (Chinese)
  * every snippet occurs in the page's visible text (head/script/style/comments removed,
    tags stripped, entities decoded, whitespace collapsed), in page order
  * a timed turn's time is printed or encoded somewhere in the raw HTML
  * start times never go backwards
  * 0 or 3..12 turns of his
  * page size 3..40 KB, doctype present
Batch: 16 pages named q01_..q16_, 2+ pages with no turns, 2..4 Chinese pages, BRIEF.md present.
"""
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KEYS = {"speaker", "format", "show", "turns", "others"}
OPENERS = set("\"'\u201c\u201d\u2018\u2019\u00ab\u2039\u300c\u300e\u3010\u3014\uff08([{<\uff3b\u3008\u300a")
BLOCK = r"(?:p|div|br|hr|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|h[1-6]|section|article|header|footer|nav|aside|main|blockquote|figure|figcaption|details|summary|form|fieldset|legend|label|button|textarea|input|iframe|audio|video|source|time|vm-[a-z-]+)"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def visible_text(raw):
    t = re.sub(r"(?is)<!--.*?-->", " ", raw)
    t = re.sub(r"(?is)<head\b.*?</head>", " ", t)
    t = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>", " ", t)
    t = re.sub(r"(?is)</?%s\b[^>]*>" % BLOCK, " ", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def time_forms(s):
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    forms = {
        "%02d:%02d" % (s // 60, sec), "%d:%02d" % (s // 60, sec),
        "%02d:%02d:%02d" % (h, m, sec), "%d:%02d:%02d" % (h, m, sec),
        "t=%d" % s, "seek=\"%d" % s, "\"%d\"" % s, "-%d\"" % s,
        "%dm%02ds" % (m, sec) if not h else "%dh%02dm%02ds" % (h, m, sec),
        "%dm%ds" % (s // 60, sec),
    }
    return forms


def time_present(raw, s):
    if any(f in raw for f in time_forms(s)):
        return True
    # milliseconds in data attributes: data-start-ms="7840"
    for ms in re.findall(r'data-(?:start-)?(?:ms|start-ms|seek-ms)="(\d+)"', raw):
        if int(ms) // 1000 == s:
            return True
    for ds in re.findall(r'datetime="PT(?:(\d+)H)?(?:(\d+)M)?(\d+)S"', raw):
        if int(ds[0] or 0) * 3600 + int(ds[1] or 0) * 60 + int(ds[2]) == s:
            return True
    return False


def check_page(html_path, errors, stats):
    name = os.path.basename(html_path)[:-5]
    err = lambda msg: errors.append("%s: %s" % (name, msg))
    raw_bytes = open(html_path, "rb").read()
    raw = raw_bytes.decode("utf-8")
    size = len(raw_bytes)
    if not (3 * 1024 <= size <= 40 * 1024):
        err("size %d bytes outside 3-40 KB" % size)
    if not raw.lstrip().lower().startswith("<!doctype"):
        err("no doctype at start")
    if not re.match(r"q\d\d_[a-z0-9_]+$", name):
        err("bad name")
    exp_path = html_path[:-5] + ".expected.json"
    if not os.path.exists(exp_path):
        err("missing expected.json")
        return
    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:  # noqa
        err("expected.json does not parse: %s" % e)
        return
    if set(exp) != KEYS:
        err("keys %s" % sorted(exp))
        return
    if exp["speaker"] != "Elon Musk":
        err("speaker is %r" % exp["speaker"])
    fmt = exp["format"]
    if not isinstance(fmt, str) or not fmt.strip() or not fmt.rstrip().endswith(".") or re.search(r"(?<=[a-z0-9)\]])[.!?]\s+(?=[A-Z][a-z])", fmt.replace("e.g. ", "")):
        err("format must be one sentence")
    if not isinstance(exp["show"], str) or not exp["show"].strip():
        err("show empty")
    others = exp["others"]
    if not isinstance(others, list) or not others or not all(isinstance(o, str) and o.strip() for o in others):
        err("others must be a non-empty list of strings")
    elif any(o.strip().lower() in ("elon musk", "elon", "埃隆·马斯克", "埃隆·馬斯克") for o in others):
        err("others contains one of his labels")
    elif any(o.strip().lower() in ("musk", "马斯克", "馬斯克") and not any(o.strip().lower() in x.lower() and x.lower() != o.strip().lower() and "elon" not in x.lower() for x in others) for o in others):
        err("others contains a bare surname label without the fuller label of that other Musk")
    else:
        vis_all = visible_text(raw)
        for o in others:
            if o not in vis_all:
                err("other label %r not in visible text" % o)
    turns = exp["turns"]
    if not isinstance(turns, list):
        err("turns not a list")
        return
    if not (len(turns) == 0 or 3 <= len(turns) <= 12):
        err("%d turns (want 0 or 3-12)" % len(turns))
    vis = visible_text(raw)
    pos = 0
    last_t = -1
    zh_page = False
    for i, tr in enumerate(turns):
        if not (isinstance(tr, list) and len(tr) == 2):
            err("turn %d not a pair" % i)
            continue
        t, snip = tr
        if t is not None and (isinstance(t, bool) or not isinstance(t, int) or t < 0):
            err("turn %d time %r not int>=0 or null" % (i, t))
            t = None
        if not isinstance(snip, str) or not snip.strip():
            err("turn %d snippet empty" % i)
            continue
        if snip != re.sub(r"\s+", " ", snip).strip():
            err("turn %d snippet whitespace not collapsed" % i)
        if snip[0] in OPENERS:
            err("turn %d snippet starts with quote/bracket: %r" % (i, snip))
        if CJK.search(snip):
            zh_page = True
            if len(snip) > 8:
                err("turn %d Chinese snippet longer than 8 chars: %r" % (i, snip))
        elif len(snip.split(" ")) > 5:
            err("turn %d snippet longer than 5 words: %r" % (i, snip))
        j = vis.find(snip, pos)
        if j < 0:
            if vis.find(snip) >= 0:
                err("turn %d snippet out of page order: %r" % (i, snip))
            else:
                err("turn %d snippet not in visible text: %r" % (i, snip))
        else:
            pos = j + len(snip)
        if t is not None:
            if not time_present(raw, t):
                err("turn %d time %d not printed/encoded anywhere in the page" % (i, t))
            if t < last_t:
                err("turn %d time %d goes backwards" % (i, t))
            last_t = t
    if re.search(r'<html[^>]*lang="zh', raw, re.I):
        zh_page = True
    stats["pages"] += 1
    stats["turns"] += len(turns)
    stats["empty"] += (len(turns) == 0)
    stats["zh"] += zh_page


def main():
    errors = []
    stats = {"pages": 0, "turns": 0, "empty": 0, "zh": 0}
    pages = sorted(glob.glob(os.path.join(OUT, "*.html")))
    for p in pages:
        check_page(p, errors, stats)
    for e in sorted(glob.glob(os.path.join(OUT, "*.expected.json"))):
        if not os.path.exists(e[: -len(".expected.json")] + ".html"):
            errors.append("%s: expected.json without page" % os.path.basename(e))
    prefixes = sorted(os.path.basename(p)[:4] for p in pages)
    if prefixes != ["q%02d_" % i for i in range(1, 17)]:
        errors.append("batch: page prefixes are %s, want q01_..q16_" % prefixes)
    if stats["empty"] < 2:
        errors.append("batch: only %d trap pages with no turns (want >= 2)" % stats["empty"])
    if not (2 <= stats["zh"] <= 4):
        errors.append("batch: %d Chinese pages (want 2-4)" % stats["zh"])
    if not os.path.exists(os.path.join(OUT, "BRIEF.md")):
        errors.append("batch: BRIEF.md missing")
    for e in errors:
        print("ERROR", e)
    print("pages=%d  his turns=%d  pages without turns=%d  Chinese pages=%d  errors=%d"
          % (stats["pages"], stats["turns"], stats["empty"], stats["zh"], len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
