"""Checker for the ag batch (standard library only)."""
import glob, html, json, os, re, sys
from html.parser import HTMLParser

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = tuple('"\'“”‘’「『【[（(〔《<')


class Vis(HTMLParser):
    SKIP = {"script", "style", "head", "template", "noscript"}

    def __init__(self, sep):
        super().__init__(convert_charrefs=True)
        self.sep, self.out, self.skip = sep, [], 0

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        self.out.append(self.sep)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.out.append(self.sep)

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def visible(src, sep):
    p = Vis(sep)
    p.feed(src)
    p.close()
    return " ".join(html.unescape("".join(p.out)).split())


def main():
    errs, total, n = [], 0, 0
    pages = sorted(glob.glob(os.path.join(D, "ag*.html")))
    jsons = sorted(glob.glob(os.path.join(D, "ag*.expected.json")))
    if len(pages) != 16 or len(jsons) != 16:
        errs.append("expected 16 pages and 16 json, got %d/%d" % (len(pages), len(jsons)))
    for hp in pages:
        name = os.path.basename(hp)[:-5]
        jp = os.path.join(D, name + ".expected.json")
        if re.search(r"trap", name, re.I):
            errs.append(name + ": forbidden word in name")
        raw = open(hp, "rb").read()
        size = len(raw)
        if not (3 * 1024 <= size <= 40 * 1024):
            errs.append("%s: size %d out of 3-40 KB" % (name, size))
        src = raw.decode("utf-8")
        if not src.lstrip().lower().startswith("<!doctype html"):
            errs.append(name + ": no doctype")
        try:
            g = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            errs.append("%s: json error %s" % (name, e)); continue
        if set(g) != KEYS:
            errs.append("%s: keys %s" % (name, sorted(g)))
            continue
        if g["speaker"] != "Elon Musk":
            errs.append(name + ": speaker")
        if not isinstance(g["format"], str) or not g["format"] or not isinstance(g["show"], str) or not g["show"]:
            errs.append(name + ": format/show")
        if not isinstance(g["others"], list) or not all(isinstance(o, str) and o for o in g["others"]) or not g["others"]:
            errs.append(name + ": others")
        turns = g["turns"]
        if turns and not (3 <= len(turns) <= 12):
            errs.append("%s: %d turns outside 3-12" % (name, len(turns)))
        texts = [visible(src, ""), visible(src, " ")]
        pos = [0, 0]
        for t in turns:
            if not (isinstance(t, list) and len(t) == 2):
                errs.append("%s: bad turn %r" % (name, t)); continue
            sec, snip = t
            if not (sec is None or (isinstance(sec, int) and not isinstance(sec, bool) and sec >= 0)):
                errs.append("%s: bad time %r" % (name, sec))
            if not isinstance(snip, str) or not snip.strip():
                errs.append("%s: empty snippet" % name); continue
            if snip != " ".join(snip.split()):
                errs.append("%s: snippet whitespace %r" % (name, snip))
            if snip.startswith(BAD_START):
                errs.append("%s: snippet starts with quote/bracket %r" % (name, snip))
            zh = bool(re.search(r"[\u4e00-\u9fff]", snip[:1]))
            if zh and len(snip) > 8 or (not zh and len(snip.split()) > 5):
                errs.append("%s: snippet too long %r" % (name, snip))
            for k in range(2):
                i = texts[k].find(snip, pos[k])
                if i < 0:
                    errs.append("%s: snippet not found in order (sep=%r): %r" % (name, ["", " "][k], snip)); break
                pos[k] = i + len(snip)
        # times non-decreasing
        ts = [t[0] for t in turns if isinstance(t, list) and isinstance(t[0], int)]
        if ts != sorted(ts):
            errs.append(name + ": times not increasing")
        total += len(turns); n += 1
        print("%-42s %6.1f KB  turns=%2d  others=%d" % (name, size / 1024, len(turns), len(g["others"])))
    print("pages=%d  his turns=%d" % (n, total))
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
