"""Checker for the h-batch: validates every NAME.html / NAME.expected.json pair."""
import glob
import html
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = set("\"'\u201c\u201d\u2018\u2019\u300c\u300e\uff08([\u3010<\u00ab\u300a{")
CJK = re.compile(r"[\u4e00-\u9fff]")


def visible_text(src):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", src)
    s = re.sub(r"(?is)<(script|style|template|noscript)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    return " ".join(s.split())


def main():
    errors = []
    pages = sorted(glob.glob(os.path.join(OUT, "h[0-9][0-9]_*.html")))
    total = 0
    for p in pages:
        name = os.path.basename(p)[:-5]
        ej = os.path.join(OUT, name + ".expected.json")
        err = lambda m: errors.append(f"{name}: {m}")
        raw = open(p, "rb").read()
        size = len(raw)
        if not 3 * 1024 <= size <= 40 * 1024:
            err(f"size {size} bytes outside 3-40 KB")
        src = raw.decode("utf-8")
        if not src.lstrip().lower().startswith("<!doctype html"):
            err("doctype missing")
        if not os.path.exists(ej):
            err("expected.json missing")
            continue
        try:
            exp = json.load(open(ej, encoding="utf-8"))
        except Exception as e:  # noqa
            err(f"expected.json does not parse: {e}")
            continue
        if set(exp) != KEYS:
            err(f"keys {sorted(exp)}")
            continue
        if exp["speaker"] != "Elon Musk":
            err("speaker")
        if not isinstance(exp["format"], str) or not exp["format"].strip():
            err("format")
        if not isinstance(exp["show"], str) or not exp["show"].strip():
            err("show")
        if not isinstance(exp["others"], list) or not all(isinstance(o, str) for o in exp["others"]):
            err("others must be a list of strings")
        if any("musk" in o.lower() and "elon" in o.lower() and "kimbal" not in o.lower() for o in exp["others"]):
            err("others contains an Elon Musk label?")
        turns = exp["turns"]
        if not isinstance(turns, list):
            err("turns not a list")
            continue
        if turns and not 3 <= len(turns) <= 12:
            err(f"{len(turns)} turns, brief asks 3-12 (or [] for a trap page)")
        vis = visible_text(src)
        pos = 0
        last_t = -1
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                err(f"turn {i} malformed: {tr!r}")
                continue
            t, snip = tr
            if t is not None and (not isinstance(t, int) or isinstance(t, bool) or t < 0):
                err(f"turn {i} time {t!r} not int/null")
            if t is not None:
                if t < last_t:
                    err(f"turn {i} time {t} goes backwards")
                last_t = t
            if not isinstance(snip, str) or not snip:
                err(f"turn {i} snippet empty")
                continue
            if snip[0] in BAD_START:
                err(f"turn {i} snippet starts with quote/bracket: {snip!r}")
            if snip != " ".join(snip.split()):
                err(f"turn {i} snippet not whitespace-collapsed")
            if CJK.search(snip):
                if len(snip) > 8:
                    err(f"turn {i} Chinese snippet longer than 8 chars")
            elif len(snip.split(" ")) > 5:
                err(f"turn {i} snippet longer than 5 words")
            j = vis.find(snip, pos)
            if j < 0:
                where = vis.find(snip)
                err(f"turn {i} snippet {snip!r} " + ("out of page order" if where >= 0 else "not in visible text"))
            else:
                pos = j + len(snip)
        total += len(turns)
        print(f"{name}: {size:6d} bytes, {len(turns):2d} turns, others={exp['others']}")
    print(f"\n{len(pages)} pages, {total} turns of Elon Musk")
    if errors:
        print(f"{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
