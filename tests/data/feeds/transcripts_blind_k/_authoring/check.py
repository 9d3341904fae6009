"""Checker for the k batch: python3 check.py  (exit 1 on any error)."""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = tuple('"\'“”‘’„«»「」『』（()[]【】《》〈〉<{')
BLOCK = set("""address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form
h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul
button select option textarea input img audio video iframe source label time""".split()) - {"time", "label"}
SKIP = {"script", "style", "head"}
CJK = re.compile(r"[\u3400-\u9fff]")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(src):
    p = Visible()
    p.feed(src)
    p.close()
    return " ".join(html.unescape("".join(p.parts)).split())


def time_forms(s):
    h, m, x = s // 3600, s % 3600 // 60, s % 60
    forms = {"%02d:%02d:%02d" % (h, m, x), "%d:%02d:%02d" % (h, m, x), "%02d:%02d" % (s // 60, x), "%d:%02d" % (s // 60, x)}
    return forms


def time_raw_forms(s):
    h, m, x = s // 3600, s % 3600 // 60, s % 60
    return {"t=%d" % s, "t=%dm%02ds" % (s // 60, x), "t=%dh%02dm%02ds" % (h, m, x), "start-ms=\"%d" % (s * 1000),
            "data-start=\"%d" % s, "data-time=\"%d" % s, "PT%dH%dM%dS" % (h, m, x), "PT%dM%dS" % (m, x), "PT%dS" % x}


def main():
    errors = []
    warn = []
    golds = sorted(glob.glob(os.path.join(OUT, "k*.expected.json")))
    pages = sorted(glob.glob(os.path.join(OUT, "k*.html")))
    if len(golds) != 16 or len(pages) != 16:
        errors.append("expected 16 pages and 16 gold files, found %d / %d" % (len(pages), len(golds)))
    nums = sorted(os.path.basename(p)[:3] for p in pages)
    if nums != ["k%02d" % i for i in range(1, 17)]:
        errors.append("page numbering is not k01..k16: %s" % nums)
    if not os.path.exists(os.path.join(OUT, "BRIEF.md")):
        errors.append("BRIEF.md missing")
    total = 0
    traps = 0
    for g in golds:
        base = os.path.basename(g)[: -len(".expected.json")]
        hp = os.path.join(OUT, base + ".html")
        tag = base
        try:
            gold = json.load(open(g, encoding="utf-8"))
        except Exception as e:
            errors.append("%s: json does not parse: %s" % (tag, e))
            continue
        if set(gold) != KEYS:
            errors.append("%s: keys %s" % (tag, sorted(gold)))
            continue
        if gold["speaker"] != "Elon Musk":
            errors.append("%s: speaker %r" % (tag, gold["speaker"]))
        for k in ("format", "show"):
            if not isinstance(gold[k], str) or not gold[k].strip():
                errors.append("%s: %s must be a non-empty string" % (tag, k))
        if not isinstance(gold["others"], list) or not gold["others"] or not all(isinstance(o, str) and o for o in gold["others"]):
            errors.append("%s: others must be a non-empty list of strings" % tag)
        if not os.path.exists(hp):
            errors.append("%s: html missing" % tag)
            continue
        raw = open(hp, "rb").read()
        size = len(raw)
        if not (3 * 1024 <= size <= 40 * 1024):
            errors.append("%s: size %d bytes outside 3-40 KB" % (tag, size))
        src = raw.decode("utf-8")
        if not src.lstrip().lower().startswith("<!doctype html"):
            errors.append("%s: no doctype" % tag)
        if "</html>" not in src.lower() or "<head" not in src.lower() or "<body" not in src.lower():
            errors.append("%s: not a complete html document" % tag)
        text = visible_text(src)
        turns = gold["turns"]
        if not isinstance(turns, list):
            errors.append("%s: turns not a list" % tag)
            continue
        if turns == []:
            traps += 1
        elif not (3 <= len(turns) <= 12):
            errors.append("%s: %d turns, want 3-12" % (tag, len(turns)))
        total += len(turns)
        pos = 0
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                errors.append("%s turn %d: not a [time, snippet] pair" % (tag, i))
                continue
            tm, sn = tr
            if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm < 0):
                errors.append("%s turn %d: time %r not int/null" % (tag, i, tm))
            if not isinstance(sn, str) or not sn.strip():
                errors.append("%s turn %d: empty snippet" % (tag, i))
                continue
            if sn != " ".join(sn.split()):
                errors.append("%s turn %d: snippet not whitespace-collapsed %r" % (tag, i, sn))
            if sn.startswith(BAD_START):
                errors.append("%s turn %d: snippet starts with quote/bracket %r" % (tag, i, sn))
            if CJK.search(sn[:1] or ""):
                if len(sn) > 8:
                    errors.append("%s turn %d: Chinese snippet longer than 8 chars %r" % (tag, i, sn))
            elif len(sn.split()) > 5:
                errors.append("%s turn %d: snippet longer than 5 words %r" % (tag, i, sn))
            j = text.find(sn, pos)
            if j < 0:
                where = text.find(sn)
                errors.append("%s turn %d: snippet %r %s" % (tag, i, sn, "out of page order" if where >= 0 else "not in visible text"))
            else:
                pos = j + len(sn)
            if isinstance(tm, int):
                if not any(f in text for f in time_forms(tm)) and not any(f in src for f in time_raw_forms(tm)):
                    errors.append("%s turn %d: time %d not shown anywhere on the page" % (tag, i, tm))
        print("%-34s %6.1f KB  %2d turns%s" % (base, size / 1024, len(turns), "  (trap)" if not turns else ""))
    for w in warn:
        print("warning:", w)
    print("pages: %d, his turns: %d, trap pages: %d" % (len(golds), total, traps))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
