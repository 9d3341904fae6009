#!/usr/bin/env python3
"""Checker for the v-batch (independent of the page builders).

Checks, per the brief:
 * 16 pages v01_..v16_, each NAME.html with NAME.expected.json
 * expected.json parses and has exactly the five keys, with the right types
 * times are int (not bool) or null; non-null times rise in page order
 * snippets do not start with a quote mark or bracket; snippets are at most
   5 words (English) / 8 characters (Chinese)
 * every snippet occurs in the page's visible text (script/style/head and
   comments removed, tags stripped, entities decoded, whitespace collapsed),
   in page order -- under two tag-stripping conventions
 * page size 3-40 KB, doctype present
 * batch shape: 2 trap pages (turns == []), 3 Chinese pages, 3-12 turns on the others
Exit status 1 if any error.
"""
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
OPENERS = set("\"'“”‘’„«»「」『』【】〔〕（）()[]{}<>《》〈〉‹›")
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
          "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "wbr"}


def visible_text(src, inline_glue):
    s = re.sub(r"<!--.*?-->", " ", src, flags=re.S)
    s = re.sub(r"<head\b.*?</head\s*>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<!doctype[^>]*>", " ", s, flags=re.I)

    def repl(m):
        name = m.group(1).lower()
        if inline_glue and name in INLINE:
            return ""
        return " "

    s = re.sub(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>", repl, s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def is_cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def check_page(base, errs, info):
    name = os.path.basename(base)
    hp, jp = base + ".html", base + ".expected.json"
    if not os.path.exists(jp):
        errs.append(f"{name}: missing expected.json")
        return
    raw = open(hp, "rb").read()
    size = len(raw)
    if not (3 * 1024 <= size <= 40 * 1024):
        errs.append(f"{name}: page size {size} B outside 3-40 KB")
    src = raw.decode("utf-8")
    if not re.match(r"\s*<!doctype\s", src, re.I):
        errs.append(f"{name}: no doctype at start")
    try:
        exp = json.load(open(jp, encoding="utf-8"))
    except Exception as e:  # noqa
        errs.append(f"{name}: expected.json does not parse: {e}")
        return
    if set(exp) != KEYS:
        errs.append(f"{name}: keys {sorted(exp)} != {sorted(KEYS)}")
        return
    if exp["speaker"] != "Elon Musk":
        errs.append(f"{name}: speaker is {exp['speaker']!r}")
    for k in ("format", "show"):
        if not isinstance(exp[k], str) or not exp[k].strip():
            errs.append(f"{name}: {k} must be a non-empty string")
    if isinstance(exp["format"], str) and exp["format"].count(". ") > 0 and not exp["format"].endswith("."):
        errs.append(f"{name}: format should be one sentence")
    if not isinstance(exp["others"], list) or not exp["others"] or not all(isinstance(o, str) and o for o in exp["others"]):
        errs.append(f"{name}: others must be a non-empty list of strings")
    else:
        for o in exp["others"]:
            if o.endswith((":", "：")):
                errs.append(f"{name}: other label {o!r} keeps its colon")
            if o not in html.unescape(src):
                errs.append(f"{name}: other label {o!r} not found on the page")
    turns = exp["turns"]
    if not isinstance(turns, list):
        errs.append(f"{name}: turns is not a list")
        return
    texts = [visible_text(src, True), visible_text(src, False)]
    positions = [0, 0]
    last_t = -1
    for i, tr in enumerate(turns):
        if not (isinstance(tr, list) and len(tr) == 2):
            errs.append(f"{name}: turn {i} is not a [time, snippet] pair")
            continue
        t, snip = tr
        if t is not None and (isinstance(t, bool) or not isinstance(t, int)):
            errs.append(f"{name}: turn {i} time {t!r} not int/null")
        elif t is not None:
            if t < 0:
                errs.append(f"{name}: turn {i} negative time")
            if t <= last_t:
                errs.append(f"{name}: turn {i} time {t} not after previous {last_t}")
            last_t = t
        if not isinstance(snip, str) or not snip:
            errs.append(f"{name}: turn {i} snippet empty / not a string")
            continue
        if snip != re.sub(r"\s+", " ", snip).strip():
            errs.append(f"{name}: turn {i} snippet not whitespace-collapsed: {snip!r}")
        if snip[0] in OPENERS:
            errs.append(f"{name}: turn {i} snippet starts with quote/bracket: {snip!r}")
        if re.search(r"&[#a-zA-Z0-9]+;", snip):
            errs.append(f"{name}: turn {i} snippet contains an undecoded entity: {snip!r}")
        if is_cjk(snip[:4]):
            if len(snip) > 8:
                errs.append(f"{name}: turn {i} Chinese snippet longer than 8 chars: {snip!r}")
        elif len(snip.split(" ")) > 5:
            errs.append(f"{name}: turn {i} snippet longer than 5 words: {snip!r}")
        for v in range(2):
            j = texts[v].find(snip, positions[v])
            if j < 0:
                where = "anywhere" if texts[v].find(snip) < 0 else "after the previous snippet"
                errs.append(f"{name}: turn {i} snippet {snip!r} not found {where} (variant {v})")
            else:
                positions[v] = j + len(snip)
    info.append((name, size, len(turns), is_cjk(" ".join(s for _, s in turns if isinstance(s, str))) or "lang=\"zh" in src[:200]))


def main():
    errs, info = [], []
    pages = sorted(glob.glob(os.path.join(HERE, "*.html")))
    names = [os.path.basename(p)[:-5] for p in pages]
    if len(pages) != 16:
        errs.append(f"expected 16 pages, found {len(pages)}")
    for i, n in enumerate(names, 1):
        if not re.match(rf"v{i:02d}_[a-z0-9_]+$", n):
            errs.append(f"page name {n!r} should start with v{i:02d}_ followed by a slug")
    for j in glob.glob(os.path.join(HERE, "*.expected.json")):
        if not os.path.exists(j[: -len(".expected.json")] + ".html"):
            errs.append(f"orphan {os.path.basename(j)}")
    for p in pages:
        check_page(p[:-5], errs, info)
    traps = [n for n, _, k, _ in info if k == 0]
    zh = [n for n, _, _, c in info if c]
    if len(traps) != 2:
        errs.append(f"expected 2 trap pages, found {len(traps)}: {traps}")
    if len(zh) != 3:
        errs.append(f"expected 3 Chinese pages, found {len(zh)}: {zh}")
    for n, _, k, _ in info:
        if k and not (3 <= k <= 12):
            errs.append(f"{n}: {k} turns outside 3-12")
    if not os.path.exists(os.path.join(HERE, "BRIEF.md")):
        errs.append("BRIEF.md missing")
    for n, size, k, c in info:
        print(f"{n:45s} {size:6d} B  turns={k:2d}{'  zh' if c else ''}")
    print(f"pages={len(info)} his turns={sum(k for _, _, k, _ in info)} traps={len(traps)} chinese={len(zh)}")
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
