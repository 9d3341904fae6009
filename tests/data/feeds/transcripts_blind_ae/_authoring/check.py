"""Independent checker for the ae batch (stdlib only)."""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BLOCK = set("""p div br li ul ol tr td th table thead tbody tfoot h1 h2 h3 h4 h5 h6 section article header
footer nav aside blockquote figure figcaption dd dt dl details summary hr main form button label option
select textarea pre caption iframe audio video img input""".split())
SKIP = {"script", "style", "head", "template", "noscript-x"}
QUOTES = "\"'“”‘’「」『』《》〈〉«»„‚[]()（）【】〔〕{}<>"


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(html):
    p = Text()
    p.feed(html)
    p.close()
    return re.sub(r"\s+", " ", "".join(p.out)).strip()


def main():
    errors, total, pages = [], 0, 0
    htmls = sorted(glob.glob(os.path.join(DIR, "ae*.html")))
    for h in htmls:
        name = os.path.basename(h)[:-5]
        pages += 1
        if not re.match(r"ae(0[1-9]|1[0-6])_[a-z0-9-]+$", name):
            errors.append("%s: bad name" % name)
        raw = open(h, encoding="utf-8").read()
        size = len(raw.encode("utf-8"))
        if not 3 * 1024 <= size <= 40 * 1024:
            errors.append("%s: size %d out of 3-40KB" % (name, size))
        if not raw.lstrip().lower().startswith("<!doctype html"):
            errors.append("%s: no doctype" % name)
        jp = os.path.join(DIR, name + ".expected.json")
        try:
            exp = json.load(open(jp, encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append("%s: json %s" % (name, e))
            continue
        if set(exp) != KEYS:
            errors.append("%s: keys %s" % (name, sorted(exp)))
            continue
        if exp["speaker"] != "Elon Musk":
            errors.append("%s: speaker" % name)
        for k in ("format", "show"):
            if not isinstance(exp[k], str) or not exp[k].strip():
                errors.append("%s: %s empty" % (name, k))
        if not isinstance(exp["others"], list) or not exp["others"] or not all(isinstance(o, str) and o for o in exp["others"]):
            errors.append("%s: others" % name)
        text = visible(raw)
        pos = 0
        turns = exp["turns"]
        if not isinstance(turns, list):
            errors.append("%s: turns not list" % name)
            continue
        if turns and not 3 <= len(turns) <= 12:
            errors.append("%s: %d turns (want 3-12 or trap 0)" % (name, len(turns)))
        total += len(turns)
        last_t = -1
        for i, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                errors.append("%s turn %d: shape" % (name, i))
                continue
            t, s = tr
            if not (t is None or (isinstance(t, int) and not isinstance(t, bool) and t >= 0)):
                errors.append("%s turn %d: time %r" % (name, i, t))
            if isinstance(t, int):
                if t < last_t:
                    errors.append("%s turn %d: time goes backwards" % (name, i))
                last_t = t
            if not isinstance(s, str) or not s or s != s.strip() or re.search(r"\s\s", s):
                errors.append("%s turn %d: snippet whitespace %r" % (name, i, s))
                continue
            if s[0] in QUOTES:
                errors.append("%s turn %d: snippet starts with quote/bracket %r" % (name, i, s))
            if re.search(r"&[#a-zA-Z0-9]+;", s):
                errors.append("%s turn %d: undecoded entity %r" % (name, i, s))
            if re.match(r"[\u3400-\u9fff]", s):
                if len(s) > 8:
                    errors.append("%s turn %d: zh snippet longer than 8 %r" % (name, i, s))
            elif len(s.split(" ")) > 5:
                errors.append("%s turn %d: more than 5 words %r" % (name, i, s))
            j = text.find(s, pos)
            if j < 0:
                where = "anywhere" if text.find(s) < 0 else "in order"
                errors.append("%s turn %d: snippet not found %s: %r" % (name, i, where, s))
            else:
                pos = j + len(s)
    for jp in glob.glob(os.path.join(DIR, "ae*.expected.json")):
        if not os.path.exists(jp[: -len(".expected.json")] + ".html"):
            errors.append("%s: json without html" % os.path.basename(jp))
    if not os.path.exists(os.path.join(DIR, "BRIEF.md")):
        errors.append("BRIEF.md missing")
    for e in errors:
        print("ERROR", e)
    print("pages=%d his_turns=%d errors=%d" % (pages, total, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
