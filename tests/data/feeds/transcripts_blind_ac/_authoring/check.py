"""Checker for the ac batch (stdlib only). Usage: python3 check.py"""
import glob
import html
import json
import os
import re
import sys

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "samp",
          "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "label"}
QUOTES = "\"'“”‘’「」『』《》〈〉«»([{（【［〔<"


def visible_text(raw):
    t = re.sub(r"(?is)<!--.*?-->", " ", raw)
    t = re.sub(r"(?is)<head\b.*?</head>", " ", t)
    t = re.sub(r"(?is)<(script|style|template|noscript)\b.*?</\1\s*>", " ", t)

    def tag(m):
        name = m.group(1).lower()
        return "" if name in INLINE else " "
    t = re.sub(r"(?s)</?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>", tag, t)
    t = re.sub(r"(?s)<![^>]*>", " ", t)
    t = html.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def time_forms(s):
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    forms = {"%02d:%02d:%02d" % (h, m, sec), "%d:%02d:%02d" % (h, m, sec), "%02d:%02d" % (s // 60, sec),
             "%d:%02d" % (s // 60, sec), "t=%d" % s, "\"%d." % s, "\"%d\"" % s, "%dm%02ds" % (s // 60, sec),
             "=\"%d" % s}
    return forms


def main():
    errors, total, pages = [], 0, 0
    htmls = sorted(glob.glob(os.path.join(DIR, "*.html")))
    jsons = sorted(glob.glob(os.path.join(DIR, "*.expected.json")))
    if len(htmls) != 16 or len(jsons) != 16:
        errors.append("expected 16 pages and 16 gold files, got %d/%d" % (len(htmls), len(jsons)))
    for hp in htmls:
        name = os.path.basename(hp)[:-5]
        pages += 1
        if not re.match(r"^ac(0[1-9]|1[0-6])_[a-z0-9]+$", name):
            errors.append("%s: bad file name" % name)
        jp = os.path.join(DIR, name + ".expected.json")
        raw = open(hp, encoding="utf-8").read()
        size = len(raw.encode("utf-8"))
        if not 3 * 1024 <= size <= 40 * 1024:
            errors.append("%s: size %d out of 3-40 KB" % (name, size))
        if not raw.lstrip().lower().startswith("<!doctype html") and "<!doctype html" not in raw[:300].lower():
            errors.append("%s: no doctype" % name)
        try:
            g = json.load(open(jp, encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append("%s: json does not parse: %s" % (name, e))
            continue
        if set(g) != KEYS:
            errors.append("%s: keys %s" % (name, sorted(g)))
            continue
        if g["speaker"] != "Elon Musk":
            errors.append("%s: speaker" % name)
        for k in ("format", "show"):
            if not isinstance(g[k], str) or not g[k].strip():
                errors.append("%s: %s empty" % (name, k))
        if not isinstance(g["others"], list) or not g["others"] or not all(isinstance(o, str) and o for o in g["others"]):
            errors.append("%s: others must be a non-empty list of strings" % name)
        vis = visible_text(raw)
        for o in g["others"]:
            if o not in vis:
                errors.append("%s: other label %r not in visible text" % (name, o))
        turns = g["turns"]
        if not isinstance(turns, list):
            errors.append("%s: turns not a list" % name)
            continue
        if not (len(turns) == 0 or 3 <= len(turns) <= 12):
            errors.append("%s: %d turns (want 0 or 3-12)" % (name, len(turns)))
        total += len(turns)
        pos, last_t = 0, -1
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                errors.append("%s turn %d: not a pair" % (name, i))
                continue
            t, snip = tr
            if t is not None and (isinstance(t, bool) or not isinstance(t, int) or t < 0):
                errors.append("%s turn %d: time %r not int/null" % (name, i, t))
            if isinstance(t, int):
                if t < last_t:
                    errors.append("%s turn %d: time %d goes backwards" % (name, i, t))
                last_t = t
                if not any(f in raw for f in time_forms(t)):
                    errors.append("%s turn %d: time %d not shown on page in any form" % (name, i, t))
            if not isinstance(snip, str) or not snip:
                errors.append("%s turn %d: empty snippet" % (name, i))
                continue
            if snip[0] in QUOTES:
                errors.append("%s turn %d: snippet starts with quote/bracket: %r" % (name, i, snip))
            if snip != re.sub(r"\s+", " ", snip).strip() or "&" in snip and ";" in snip:
                errors.append("%s turn %d: snippet not collapsed/decoded: %r" % (name, i, snip))
            if ord(snip[0]) >= 0x2E80:
                if len(snip) > 8:
                    errors.append("%s turn %d: chinese snippet longer than 8 chars" % (name, i))
            elif len(snip.split()) > 5:
                errors.append("%s turn %d: more than 5 words" % (name, i))
            j = vis.find(snip, pos)
            if j < 0:
                where = "anywhere" if snip not in vis else "in order"
                errors.append("%s turn %d: snippet %r not found %s" % (name, i, snip, where))
            else:
                pos = j + len(snip)
    for e in errors:
        print("ERROR", e)
    print("pages: %d, his turns: %d, errors: %d" % (pages, total, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
