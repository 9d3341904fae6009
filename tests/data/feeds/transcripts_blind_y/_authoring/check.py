"""Checker for the y batch (see ../BRIEF.md). Exit status 1 on any error."""
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = tuple('"\'“”‘’「『（([【〔<《〈')
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def visible(page):
    p = re.sub(r"(?is)<head\b.*?</head>", " ", page)
    p = re.sub(r"(?is)<(script|style|template|noscript)\b.*?</\1>", " ", p)
    p = re.sub(r"(?s)<!--.*?-->", " ", p)
    p = re.sub(r"(?s)<[^>]+>", " ", p)
    p = html.unescape(p)
    return " ".join(p.split())


def main():
    errors = []
    pages = sorted(glob.glob(os.path.join(HERE, "*.html")))
    total = 0
    for hp in pages:
        name = os.path.basename(hp)[:-5]
        ep = os.path.join(HERE, name + ".expected.json")
        err = lambda m: errors.append("%s: %s" % (name, m))
        if not re.match(r"y\d\d_", name):
            err("bad page name")
        raw = open(hp, "rb").read()
        size = len(raw)
        if not 3 * 1024 <= size <= 40 * 1024:
            err("size %d outside 3-40 KB" % size)
        page = raw.decode("utf-8")
        if not page.lstrip()[:9].lower() == "<!doctype":
            err("no doctype")
        if not os.path.exists(ep):
            err("missing expected.json")
            continue
        try:
            d = json.load(open(ep, encoding="utf-8"))
        except Exception as e:
            err("json: %s" % e)
            continue
        if set(d) != KEYS:
            err("keys %s" % sorted(d))
            continue
        if d["speaker"] != "Elon Musk":
            err("speaker")
        for k in ("format", "show"):
            if not isinstance(d[k], str) or not d[k].strip():
                err("empty " + k)
        if not isinstance(d["others"], list) or not all(isinstance(o, str) and o for o in d["others"]):
            err("others must be a list of strings")
        if "Elon Musk" in d["others"]:
            err("Elon Musk listed among others")
        text = visible(page)
        pos = 0
        for i, turn in enumerate(d["turns"]):
            if not (isinstance(turn, list) and len(turn) == 2):
                err("turn %d shape" % i)
                continue
            t, s = turn
            if not (t is None or (isinstance(t, int) and not isinstance(t, bool) and t >= 0)):
                err("turn %d time %r" % (i, t))
            if not isinstance(s, str) or not s:
                err("turn %d snippet" % i)
                continue
            if s != " ".join(s.split()):
                err("turn %d snippet whitespace %r" % (i, s))
            if s.startswith(BAD_START):
                err("turn %d snippet starts with quote/bracket %r" % (i, s))
            if CJK.match(s):
                if len(s) > 8:
                    err("turn %d Chinese snippet longer than 8 chars %r" % (i, s))
            elif len(s.split(" ")) > 5:
                err("turn %d snippet longer than 5 words %r" % (i, s))
            j = text.find(s, pos)
            if j < 0:
                err("turn %d snippet not found in order: %r" % (i, s))
            else:
                pos = j + 1
        if d["turns"]:
            if not 3 <= len(d["turns"]) <= 12:
                err("%d turns (want 3-12)" % len(d["turns"]))
        total += len(d["turns"])
        print("%-34s %6d B  turns=%2d  others=%d" % (name, size, len(d["turns"]), len(d["others"])))
    extra = [p for p in glob.glob(os.path.join(HERE, "*.expected.json"))
             if not os.path.exists(p[:-len(".expected.json")] + ".html")]
    for p in extra:
        errors.append("orphan " + os.path.basename(p))
    print("pages=%d  his turns=%d" % (len(pages), total))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
