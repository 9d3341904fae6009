"""Checker for the aa batch: run `python3 _authoring/check.py` from anywhere."""
import glob, html, json, os, re, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = tuple("\"'\u201c\u201d\u2018\u2019\u300c\u300e\uff02([{\uff08\u3010\u3014\u3008\u300a<")


def visible(src, sep):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", src)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", sep, s)
    s = html.unescape(s)
    return " ".join(s.split())


def main():
    errs = []
    names = sorted(p[:-5] for p in glob.glob(os.path.join(D, "*.html")))
    total = 0
    for base in names:
        n = os.path.basename(base)
        jp = base + ".expected.json"
        if not os.path.exists(jp):
            errs.append("%s: missing expected.json" % n); continue
        try:
            exp = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            errs.append("%s: json error %s" % (n, e)); continue
        if set(exp) != KEYS:
            errs.append("%s: keys %s" % (n, sorted(exp)))
        if exp.get("speaker") != "Elon Musk":
            errs.append("%s: speaker" % n)
        for k in ("format", "show"):
            if not isinstance(exp.get(k), str) or not exp[k].strip():
                errs.append("%s: %s empty" % (n, k))
        if not isinstance(exp.get("others"), list) or not all(isinstance(o, str) and o for o in exp["others"]):
            errs.append("%s: others" % n)
        raw = open(base + ".html", "rb").read()
        size = len(raw)
        if not (3 * 1024 <= size <= 40 * 1024):
            errs.append("%s: size %d" % (n, size))
        src = raw.decode("utf-8")
        if not src.lstrip()[:15].lower().startswith("<!doctype html"):
            errs.append("%s: no doctype" % n)
        vis = {sep: visible(src, sep) for sep in ("", " ")}
        pos = {sep: 0 for sep in vis}
        turns = exp.get("turns", [])
        total += len(turns)
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                errs.append("%s: turn %d shape" % (n, i)); continue
            t, snip = tr
            if not (t is None or (isinstance(t, int) and not isinstance(t, bool) and t >= 0)):
                errs.append("%s: turn %d time %r" % (n, i, t))
            if not isinstance(snip, str) or not snip:
                errs.append("%s: turn %d snippet" % (n, i)); continue
            if snip != " ".join(snip.split()):
                errs.append("%s: turn %d snippet whitespace" % (n, i))
            if snip.startswith(BAD_START):
                errs.append("%s: turn %d snippet starts with quote/bracket: %r" % (n, i, snip))
            if "&" in snip and html.unescape(snip) != snip:
                errs.append("%s: turn %d snippet has entity" % (n, i))
            for sep, v in vis.items():
                j = v.find(snip, pos[sep])
                if j < 0:
                    where = "anywhere" if v.find(snip) < 0 else "in order"
                    errs.append("%s: turn %d snippet %r not found %s (sep=%r)" % (n, i, snip, where, sep))
                else:
                    pos[sep] = j + len(snip)
        # times should not decrease
        ts = [t for t, _ in turns if isinstance(t, int)]
        if ts != sorted(ts):
            errs.append("%s: times not ascending %s" % (n, ts))
    for e in errs:
        print("ERROR", e)
    print("%d pages, %d turns of his, %d errors" % (len(names), total, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
