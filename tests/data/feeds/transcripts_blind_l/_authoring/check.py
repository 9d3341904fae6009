#!/usr/bin/env python3
"""Checker for batch l.  Usage: python3 check.py  (exit code 1 on any error)"""
import glob
import html
import json
import os
import re
import sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = "\"'“”‘’«»([{<「『（【〔《〈"
CJK = re.compile(r"[\u3400-\u9fff]")


def visible(src):
    s = re.sub(r"(?is)<!--.*?-->", " ", src)
    s = re.sub(r"(?is)<head\b.*?</head>", " ", s)
    s = re.sub(r"(?is)<(script|style|template)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors, warns = [], []
    pages = sorted(glob.glob(os.path.join(D, "l[0-9][0-9]_*.html")))
    total = 0
    for p in pages:
        name = os.path.basename(p)[:-5]
        e = lambda m: errors.append("%s: %s" % (name, m))
        raw = open(p, "rb").read()
        size = len(raw)
        if not 3 * 1024 <= size <= 40 * 1024:
            e("size %d bytes outside 3-40 KB" % size)
        src = raw.decode("utf-8")
        if not src.lstrip().lower().startswith("<!doctype html"):
            e("no doctype")
        if "</html>" not in src.lower():
            e("no closing </html>")
        gp = os.path.join(D, name + ".expected.json")
        if not os.path.exists(gp):
            e("missing expected.json")
            continue
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as ex:  # noqa
            e("expected.json does not parse: %s" % ex)
            continue
        if set(g) != KEYS:
            e("keys %s" % sorted(g))
            continue
        if g["speaker"] != "Elon Musk":
            e("speaker")
        for k in ("format", "show"):
            if not isinstance(g[k], str) or not g[k].strip():
                e("%s empty" % k)
        if not isinstance(g["others"], list) or not all(isinstance(x, str) for x in g["others"]):
            e("others not a list of strings")
        text = visible(src)
        text_nospace = re.sub(r"\s+", "", text)
        pos = 0
        pos_ns = 0
        last_t = -1
        turns = g["turns"]
        if not isinstance(turns, list):
            e("turns not a list")
            continue
        total += len(turns)
        if len(turns) and not 3 <= len(turns) <= 12:
            e("%d turns, want 3-12 (or 0 for a trap page)" % len(turns))
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                e("turn %d malformed" % i)
                continue
            t, snip = tr
            if t is not None and (isinstance(t, bool) or not isinstance(t, int)):
                e("turn %d time %r not int/null" % (i, t))
            if isinstance(t, int) and t is not True and t is not False:
                if t < 0:
                    e("turn %d negative time" % i)
                if t < last_t:
                    warns.append("%s: turn %d time %d goes backwards" % (name, i, t))
                last_t = t
            if not isinstance(snip, str) or not snip:
                e("turn %d empty snippet" % i)
                continue
            if snip != re.sub(r"\s+", " ", snip).strip():
                e("turn %d snippet whitespace not collapsed" % i)
            if snip[0] in BAD_START:
                e("turn %d snippet starts with %r" % (i, snip[0]))
            if CJK.search(snip[:3]):
                if len(snip) > 8:
                    e("turn %d Chinese snippet longer than 8 chars" % i)
            else:
                if len(snip.split(" ")) > 5:
                    e("turn %d snippet longer than 5 words" % i)
            j = text.find(snip, pos)
            if j < 0:
                k = text.find(snip)
                if k >= 0:
                    e("turn %d snippet %r out of page order" % (i, snip))
                else:
                    e("turn %d snippet %r not in visible text" % (i, snip))
                continue
            pos = j + len(snip)
        if not turns:
            warns.append("%s: trap page (no turns)" % name)
        print("%-28s %6d B  %2d turns" % (name, size, len(turns)))
    for n in ("BRIEF.md",):
        if not os.path.exists(os.path.join(D, n)):
            errors.append("missing %s" % n)
    print("pages: %d, his turns: %d" % (len(pages), total))
    for w in warns:
        print("WARN", w)
    for er in errors:
        print("ERROR", er)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
