#!/usr/bin/env python3
"""Checker for the blind transcript batch in the parent directory.

Checks: every NAME.html has NAME.expected.json with exactly the five keys; types; times int or null
(and non-decreasing); snippets non-empty, <=5 words / <=8 chars, not starting with a quote mark or bracket;
every snippet occurs in the page's visible text (head/script/style/comments removed, tags stripped,
entities decoded, whitespace collapsed) in page order, and is not split by markup in the raw HTML;
page size 3-40 KB; doctype present; 16 pages named uNN_slug; 2 trap pages; 3+ Chinese pages;
3-12 turns on non-trap pages; BRIEF.md mentions every page.
"""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = set("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u300c\u300d\u300e\u300f([{<\uff08\u3010\uff3b\u3014\u3008\u300a")
BLOCK = set("""address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer
form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul
button option select textarea label caption cite""".split())
CJK = re.compile(r"[\u3400-\u9fff]")

def visible_text(doc):
    d = re.sub(r"(?is)<!--.*?-->", " ", doc)
    d = re.sub(r"(?is)<head\b.*?</head>", " ", d)
    d = re.sub(r"(?is)<(script|style|template)\b.*?</\1\s*>", " ", d)
    d = re.sub(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>",
               lambda m: " " if m.group(1).lower() in BLOCK else "", d)
    return " ".join(html.unescape(d).split())

def raw_text(doc):
    d = re.sub(r"(?is)<head\b.*?</head>", " ", doc)
    d = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", d)
    return " ".join(html.unescape(d).split())

def main():
    errors, warns = [], []
    pages = sorted(glob.glob(os.path.join(DIR, "*.html")))
    names = [os.path.basename(p)[:-5] for p in pages]
    total = 0
    traps = zh = 0
    for p, name in zip(pages, names):
        def err(msg):
            errors.append("%s: %s" % (name, msg))
        if not re.match(r"^u(0[1-9]|1[0-6])_[a-z0-9_]+$", name):
            err("bad page name")
        raw = open(p, "rb").read()
        size = len(raw)
        if not (3 * 1024 <= size <= 40 * 1024):
            err("size %d bytes outside 3-40 KB" % size)
        doc = raw.decode("utf-8")
        if not doc.lstrip()[:15].lower().startswith("<!doctype html"):
            err("no doctype")
        ep = os.path.join(DIR, name + ".expected.json")
        if not os.path.exists(ep):
            err("missing expected.json"); continue
        try:
            exp = json.load(open(ep, encoding="utf-8"))
        except Exception as e:
            err("expected.json does not parse: %s" % e); continue
        if set(exp) != KEYS:
            err("keys %s" % sorted(exp))
            continue
        if exp["speaker"] != "Elon Musk":
            err("speaker is %r" % exp["speaker"])
        for k in ("format", "show"):
            if not isinstance(exp[k], str) or not exp[k].strip():
                err("%s must be a non-empty string" % k)
        if not isinstance(exp["others"], list) or not all(isinstance(o, str) and o for o in exp["others"]):
            err("others must be a list of strings")
        elif not exp["others"]:
            warns.append("%s: others is empty" % name)
        turns = exp["turns"]
        if not isinstance(turns, list):
            err("turns not a list"); continue
        vis = visible_text(doc)
        rawt = raw_text(doc)
        is_zh = len(CJK.findall(vis)) > 500
        zh += is_zh
        if not turns:
            traps += 1
        elif not (3 <= len(turns) <= 12):
            err("%d turns (want 3-12)" % len(turns))
        total += len(turns)
        pos = 0
        last_t = -1
        for i, t in enumerate(turns):
            if not (isinstance(t, list) and len(t) == 2):
                err("turn %d is not a pair" % i); continue
            ts, snip = t
            if ts is not None and (not isinstance(ts, int) or isinstance(ts, bool) or ts < 0):
                err("turn %d time %r not int/null" % (i, ts))
            elif ts is not None:
                if ts < last_t:
                    err("turn %d time %d goes backwards" % (i, ts))
                last_t = ts
            if not isinstance(snip, str) or not snip.strip():
                err("turn %d empty snippet" % i); continue
            if snip != " ".join(snip.split()):
                err("turn %d snippet not whitespace-collapsed" % i)
            if snip[0] in BAD_START:
                err("turn %d snippet starts with quote/bracket: %r" % (i, snip))
            if CJK.match(snip[0]):
                if len(snip) > 8:
                    err("turn %d Chinese snippet longer than 8 chars: %r" % (i, snip))
            elif len(snip.split()) > 5:
                err("turn %d snippet longer than 5 words: %r" % (i, snip))
            j = vis.find(snip, pos)
            if j < 0:
                where = vis.find(snip)
                err("turn %d snippet %r not found in visible text%s" % (
                    i, snip, " after previous snippet (found earlier at %d)" % where if where >= 0 else ""))
            else:
                end = j + len(snip)
                if not CJK.match(snip[0]):
                    if end < len(vis) and vis[end] != " ":
                        err("turn %d snippet %r ends mid-word in the visible text" % (i, snip))
                    if j > 0 and vis[j - 1].isalnum():
                        err("turn %d snippet %r starts mid-word in the visible text" % (i, snip))
                pos = end
            if snip not in rawt:
                err("turn %d snippet %r is split by markup in the raw HTML" % (i, snip))
        # snippet of a turn should end at a word boundary in the visible text
    if len(pages) != 16:
        errors.append("expected 16 pages, found %d" % len(pages))
    if traps != 2:
        errors.append("expected 2 trap pages (turns == []), found %d" % traps)
    if zh < 2 or zh > 4:
        errors.append("expected 2-4 Chinese pages, found %d" % zh)
    bp = os.path.join(DIR, "BRIEF.md")
    if not os.path.exists(bp):
        errors.append("BRIEF.md missing")
    else:
        b = open(bp, encoding="utf-8").read()
        for n in names:
            if n not in b:
                errors.append("BRIEF.md does not mention %s" % n)
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d pages, %d Chinese, %d traps, %d turns of his, %d errors" % (len(pages), zh, traps, total, len(errors)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
