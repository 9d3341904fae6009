"""Checker for the batch (stdlib only). Run: python3 _authoring/check.py
Exit status 1 if any error."""
import glob
import html as H
import json
import os
import re
import sys
from html.parser import HTMLParser

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
QUOTES_BRACKETS = "\"'“”‘’„«»「」『』[]()（）【】〔〕<>《》〈〉{}"
BLOCK = set("""address article aside blockquote body br dd details div dl dt fieldset figcaption figure footer form
h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul button
audio video html title option select input textarea label""".split())
SKIP = {"script", "style", "head", "template", "noscript"}


class Text(HTMLParser):
    """Visible text. mode 'block': space at block tags only; 'space': every tag -> space;
    'empty': every tag -> ''."""

    def __init__(self, mode):
        super().__init__(convert_charrefs=True)
        self.mode, self.out, self.skip = mode, [], 0

    def _tag(self, tag):
        if self.mode == "space" or (self.mode == "block" and tag in BLOCK):
            self.out.append(" ")

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        self._tag(tag)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        self._tag(tag)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(src, mode):
    p = Text(mode)
    p.feed(src)
    p.close()
    return " ".join(H.unescape("".join(p.out)).split())


def is_zh(s):
    return bool(re.search(r"[\u4e00-\u9fff]", s))


def time_shapes(t):
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    return {f"{t // 60:02d}:{s:02d}", f"{t // 60}:{s:02d}", f"{h:02d}:{m:02d}:{s:02d}", f"{h}:{m:02d}:{s:02d}"}


def main():
    errors, warns = [], []
    jsons = sorted(glob.glob(os.path.join(DIR, "*.expected.json")))
    htmls = sorted(glob.glob(os.path.join(DIR, "*.html")))
    names_j = {os.path.basename(p)[:-len(".expected.json")] for p in jsons}
    names_h = {os.path.basename(p)[:-len(".html")] for p in htmls}
    for n in sorted(names_j ^ names_h):
        errors.append(f"{n}: html/json pair incomplete")
    if len(names_h) != 16:
        errors.append(f"expected 16 pages, found {len(names_h)}")
    total = 0
    summary = []
    for name in sorted(names_j & names_h):
        e = lambda msg: errors.append(f"{name}: {msg}")
        if not re.fullmatch(r"ad(0[1-9]|1[0-6])_[a-z0-9_]+", name):
            e("bad file name")
        raw = open(os.path.join(DIR, name + ".html"), "rb").read()
        size = len(raw)
        if not 3 * 1024 <= size <= 40 * 1024:
            e(f"size {size} bytes outside 3-40 KB")
        src = raw.decode("utf-8")
        if not re.match(r"\s*<!doctype html", src, re.I):
            e("doctype missing")
        try:
            exp = json.load(open(os.path.join(DIR, name + ".expected.json"), encoding="utf-8"))
        except Exception as x:  # noqa
            e(f"json does not parse: {x}")
            continue
        if set(exp) != KEYS:
            e(f"keys {sorted(exp)}")
            continue
        if exp["speaker"] != "Elon Musk":
            e("speaker must be 'Elon Musk'")
        for k in ("format", "show"):
            if not isinstance(exp[k], str) or not exp[k].strip():
                e(f"{k} must be a non-empty string")
        if not isinstance(exp["others"], list) or not exp["others"] or not all(isinstance(x, str) and x for x in exp["others"]):
            e("others must be a non-empty list of strings")
        turns = exp["turns"]
        if not isinstance(turns, list):
            e("turns must be a list")
            continue
        if not (len(turns) == 0 or 3 <= len(turns) <= 12):
            e(f"{len(turns)} turns (want 0 or 3-12)")
        texts = {m: visible(src, m) for m in ("block", "space", "empty")}
        for o in exp.get("others", []):
            if o not in texts["block"]:
                e(f"other label not on page: {o!r}")
        pos = {m: 0 for m in texts}
        last_t = -1
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                e(f"turn {i}: not a [time, text] pair")
                continue
            t, snip = tr
            if t is not None and (isinstance(t, bool) or not isinstance(t, int)):
                e(f"turn {i}: time {t!r} not int/null")
            if isinstance(t, int) and not isinstance(t, bool):
                if t < 0:
                    e(f"turn {i}: negative time")
                if t <= last_t:
                    e(f"turn {i}: time {t} not after previous {last_t}")
                last_t = t
                if not any(s in src for s in time_shapes(t)) and not re.search(rf"(?<![\d.]){t}(?:\.\d+)?(?![\d])|{t}\d{{3}}", src):
                    e(f"turn {i}: time {t} not rendered anywhere on the page")
            if not isinstance(snip, str) or not snip:
                e(f"turn {i}: empty snippet")
                continue
            if snip != " ".join(snip.split()):
                e(f"turn {i}: snippet not whitespace-collapsed")
            if snip[0] in QUOTES_BRACKETS:
                e(f"turn {i}: snippet starts with quote/bracket: {snip!r}")
            if "&" in snip and re.search(r"&[#a-zA-Z0-9]+;", snip):
                e(f"turn {i}: snippet has an undecoded entity")
            if is_zh(snip[:2]):
                if len(snip) > 8:
                    e(f"turn {i}: Chinese snippet longer than 8 chars")
            elif len(snip.split(" ")) > 5:
                e(f"turn {i}: English snippet longer than 5 words")
            for m, txt in texts.items():
                j = txt.find(snip, pos[m])
                if j < 0:
                    where = "not on page" if snip not in txt else "out of page order"
                    e(f"turn {i}: snippet {snip!r} {where} (mode {m})")
                else:
                    pos[m] = j + len(snip)
        total += len(turns)
        summary.append(f"{name}: {len(turns)} turns, {size / 1024:.1f} KB")
    for s in summary:
        print(s)
    print(f"pages: {len(summary)}, his turns: {total}")
    for w in warns:
        print("WARN", w)
    for x in errors:
        print("ERROR", x)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
