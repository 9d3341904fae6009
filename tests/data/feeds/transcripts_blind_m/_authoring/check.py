#!/usr/bin/env python3
"""Checker for the m batch.  Usage: python3 _authoring/check.py  (exit 1 on any error)."""
import glob
import html
import json
import os
import re
import sys

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = tuple('"\'\u201c\u201d\u2018\u2019\u300c\u300e\u300d([{\uff08\u3010\u300a\u3008\u00ab<')
BLOCK = ("p|div|br|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|section|article|header|footer|"
         "nav|aside|blockquote|pre|details|summary|figure|figcaption|main|dd|dt|dl|hr|form|"
         "button|label|option|select|textarea|input|img|iframe|body|html")


def visible_text(raw):
    t = re.sub(r"(?is)<!--.*?-->", " ", raw)
    t = re.sub(r"(?is)<head\b.*?</head>", " ", t)
    t = re.sub(r"(?is)<(script|style|template|noscript)\b.*?</\1\s*>", " ", t)
    t = re.sub(r"(?is)</?(%s)\b[^>]*>" % BLOCK, " ", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    return " ".join(t.split())


def time_forms(s):
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return {
        "%02d:%02d:%02d" % (h, m, sec), "%d:%02d:%02d" % (h, m, sec),
        "%02d:%02d" % (s // 60, sec), "%d:%02d" % (s // 60, sec),
        "t=%d" % s, '"%d' % s, "=%d" % s, "%dm%02ds" % (s // 60, sec), "%dm%ds" % (s // 60, sec),
        iso(s),
    }


def iso(s):
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    out = "PT"
    if h:
        out += "%dH" % h
    if m or h:
        out += "%dM" % m
    return out + "%dS" % sec


def main():
    errors, total = [], 0
    pages = sorted(glob.glob(os.path.join(DIR, "m[0-9][0-9]_*.html")))
    golds = sorted(glob.glob(os.path.join(DIR, "m[0-9][0-9]_*.expected.json")))
    if len(pages) != 16:
        errors.append("expected 16 pages, found %d" % len(pages))
    if len(golds) != len(pages):
        errors.append("pages/gold count mismatch %d/%d" % (len(pages), len(golds)))
    nums = sorted(int(os.path.basename(p)[1:3]) for p in pages)
    if nums != list(range(1, len(pages) + 1)):
        errors.append("page numbers not contiguous: %s" % nums)
    if not os.path.exists(os.path.join(DIR, "BRIEF.md")):
        errors.append("BRIEF.md missing")
    brief = open(os.path.join(DIR, "BRIEF.md"), encoding="utf-8").read() if os.path.exists(
        os.path.join(DIR, "BRIEF.md")) else ""

    for p in pages:
        name = os.path.basename(p)[:-5]
        err = lambda m: errors.append("%s: %s" % (name, m))
        raw_b = open(p, "rb").read()
        size = len(raw_b)
        if not 3 * 1024 <= size <= 40 * 1024:
            err("size %d bytes outside 3-40 KB" % size)
        raw = raw_b.decode("utf-8")
        if not raw.lstrip().lower().startswith("<!doctype html"):
            err("no doctype")
        for tag in ("<html", "<head", "<title", "<body", "</html>"):
            if tag not in raw.lower():
                err("missing %s" % tag)
        if name not in brief:
            err("not mentioned in BRIEF.md")
        gp = os.path.join(DIR, name + ".expected.json")
        if not os.path.exists(gp):
            err("no expected.json")
            continue
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as e:  # noqa
            err("json does not parse: %s" % e)
            continue
        if set(g) != KEYS:
            err("keys %s" % sorted(g))
            continue
        if g["speaker"] != "Elon Musk":
            err("speaker %r" % g["speaker"])
        for k in ("format", "show"):
            if not isinstance(g[k], str) or not g[k].strip():
                err("%s empty" % k)
        if not isinstance(g["others"], list) or not all(isinstance(o, str) and o for o in g["others"]):
            err("others must be a list of non-empty strings")
        turns = g["turns"]
        if not isinstance(turns, list):
            err("turns not a list")
            continue
        if len(turns) and not 3 <= len(turns) <= 12:
            err("%d turns (want 3-12, or 0 for a trap page)" % len(turns))
        text = visible_text(raw)
        pos, last_t = 0, -1
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                err("turn %d malformed" % i)
                continue
            t, snip = tr
            if t is not None and (type(t) is not int or t < 0):
                err("turn %d time %r not int/null" % (i, t))
            if not isinstance(snip, str) or not snip:
                err("turn %d snippet empty" % i)
                continue
            if snip != " ".join(snip.split()):
                err("turn %d snippet not whitespace-collapsed" % i)
            if snip.startswith(BAD_START):
                err("turn %d snippet starts with quote/bracket: %r" % (i, snip))
            cjk = re.search(r"[\u3400-\u9fff]", snip)
            if cjk and len(snip) > 8:
                err("turn %d Chinese snippet longer than 8 chars" % i)
            if not cjk and len(snip.split()) > 5:
                err("turn %d snippet longer than 5 words" % i)
            if re.search(r"&[a-z#0-9]+;", snip):
                err("turn %d snippet has undecoded entity" % i)
            j = text.find(snip, pos)
            if j < 0:
                where = text.find(snip)
                err("turn %d snippet %r %s" % (i, snip, "out of page order" if where >= 0 else
                                                "not in visible text"))
            else:
                pos = j + len(snip)
            if t is not None:
                if not any(f in raw for f in time_forms(t)):
                    err("turn %d time %d not printed/attributed anywhere in page" % (i, t))
                if t < last_t:
                    err("turn %d time %d earlier than previous %d" % (i, t, last_t))
                last_t = t
        total += len(turns)
        print("%-26s %6.1f KB  %2d turns  %s" % (name, size / 1024, len(turns), g["show"]))

    print("pages: %d   his turns: %d" % (len(pages), total))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK - no errors")


if __name__ == "__main__":
    main()
