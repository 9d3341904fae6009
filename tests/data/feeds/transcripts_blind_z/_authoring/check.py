"""Independent checker for the z batch (does not import the page generators)."""
import glob, html, json, os, re, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
QUOTES = tuple('"\'“”‘’「」『』«»([{【（〔')

def visible_text(src):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", src)
    s = re.sub(r"(?is)<script\b.*?</script>", " ", s)
    s = re.sub(r"(?is)<style\b.*?</style>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    return " ".join(s.split())

def main():
    errors, pages, turns = [], 0, 0
    htmls = sorted(glob.glob(os.path.join(D, "*.html")))
    for hp in htmls:
        name = os.path.basename(hp)[:-5]
        pages += 1
        jp = os.path.join(D, name + ".expected.json")
        raw = open(hp, "rb").read()
        size = len(raw)
        if not (3 * 1024 <= size <= 40 * 1024):
            errors.append("%s: size %d outside 3-40 KB" % (name, size))
        src = raw.decode("utf-8")
        if not src.lstrip().lower().startswith("<!doctype html"):
            errors.append("%s: no doctype" % name)
        if not os.path.exists(jp):
            errors.append("%s: missing expected.json" % name); continue
        try:
            exp = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            errors.append("%s: bad json %s" % (name, e)); continue
        if set(exp) != KEYS:
            errors.append("%s: keys %s" % (name, sorted(exp)))
        if exp.get("speaker") != "Elon Musk":
            errors.append("%s: speaker" % name)
        for k in ("format", "show"):
            if not isinstance(exp.get(k), str) or not exp[k].strip():
                errors.append("%s: %s empty" % (name, k))
        if not isinstance(exp.get("others"), list) or not all(isinstance(o, str) and o for o in exp["others"]):
            errors.append("%s: others malformed" % name)
        if "Elon Musk" in exp.get("others", []):
            errors.append("%s: Elon Musk listed among others" % name)
        text = visible_text(src)
        pos = 0
        tl = exp.get("turns", [])
        if not isinstance(tl, list):
            errors.append("%s: turns not list" % name); continue
        if tl and not (3 <= len(tl) <= 12):
            errors.append("%s: %d turns (want 3-12 or 0)" % (name, len(tl)))
        prev_t = -1
        for i, tr in enumerate(tl):
            turns += 1
            if not (isinstance(tr, list) and len(tr) == 2):
                errors.append("%s[%d]: turn malformed" % (name, i)); continue
            ts, snip = tr
            if not (ts is None or (isinstance(ts, int) and not isinstance(ts, bool) and ts >= 0)):
                errors.append("%s[%d]: bad time %r" % (name, i, ts))
            if isinstance(ts, int):
                if ts < prev_t:
                    errors.append("%s[%d]: time goes backwards" % (name, i))
                prev_t = ts
            if not isinstance(snip, str) or not snip:
                errors.append("%s[%d]: empty snippet" % (name, i)); continue
            if snip != " ".join(snip.split()):
                errors.append("%s[%d]: snippet whitespace" % (name, i))
            if snip.startswith(QUOTES):
                errors.append("%s[%d]: snippet starts with quote/bracket: %r" % (name, i, snip))
            if re.search(r"&[#a-zA-Z0-9]+;", snip):
                errors.append("%s[%d]: undecoded entity in %r" % (name, i, snip))
            is_zh = bool(re.search(r"[\u4e00-\u9fff]", snip))
            if is_zh and len(snip) > 8:
                errors.append("%s[%d]: zh snippet longer than 8 chars" % (name, i))
            if not is_zh and len(snip.split()) > 5:
                errors.append("%s[%d]: snippet longer than 5 words" % (name, i))
            j = text.find(snip, pos)
            if j < 0:
                where = "anywhere" if text.find(snip) < 0 else "after previous turn"
                errors.append("%s[%d]: snippet %r not found %s" % (name, i, snip, where))
            else:
                pos = j + len(snip)
    for e in errors:
        print("ERROR", e)
    print("pages=%d  his turns=%d  errors=%d" % (pages, turns, len(errors)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
