#!/usr/bin/env python3
"""Checker for the r01..r16 blind transcript batch. Independent of the build helpers on purpose:
visible text is computed with html.parser here, with a regex stripper in common.py.

Checks: pairs present; expected.json parses and has exactly the five keys; speaker; times int/None;
times non-decreasing; snippet shape (<=5 words EN / <=8 chars ZH, no leading quote/bracket, no
surrounding whitespace); every snippet occurs in the visible text in page order; page size 3-40 KB;
doctype; 3-12 turns on non-trap pages; batch composition (16 pages, >=3 Chinese, >=2 traps)."""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
QUOTES_BRACKETS = "\"'“”‘’「」『』«»‹›[](){}<>【】〔〕（）［］《》〈〉"
CJK = re.compile(r"[\u3400-\u9fff]")


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(raw):
    v = Visible()
    v.feed(raw)
    v.close()
    return re.sub(r"\s+", " ", "".join(v.parts)).strip()


def check_page(base):
    errs, info = [], {}
    hp, jp = base + ".html", base + ".expected.json"
    if not os.path.exists(hp):
        return [f"missing {hp}"], info
    if not os.path.exists(jp):
        return [f"missing {jp}"], info
    raw = open(hp, encoding="utf-8").read()
    size = os.path.getsize(hp)
    if not 3 * 1024 <= size <= 40 * 1024:
        errs.append(f"size {size} bytes outside 3-40 KB")
    if not raw.lstrip()[:9].lower() == "<!doctype":
        errs.append("no doctype at start")
    try:
        g = json.load(open(jp, encoding="utf-8"))
    except Exception as e:  # noqa
        return errs + [f"json does not parse: {e}"], info
    if set(g) != KEYS:
        errs.append(f"keys {sorted(g)} != {sorted(KEYS)}")
        return errs, info
    if g["speaker"] != "Elon Musk":
        errs.append("speaker is not 'Elon Musk'")
    if not isinstance(g["format"], str) or not g["format"].strip() or re.sub(r"\b(e\.g|i\.e|etc|vs)\. ", "", g["format"]).count(". ") > 0:
        errs.append("format must be one non-empty sentence")
    if not isinstance(g["show"], str) or not g["show"].strip():
        errs.append("show empty")
    if not isinstance(g["others"], list) or not g["others"] or not all(isinstance(o, str) and o for o in g["others"]):
        errs.append("others must be a non-empty list of strings")
    turns = g["turns"]
    if not isinstance(turns, list):
        return errs + ["turns not a list"], info
    text = visible_text(raw)
    zh_page = bool(CJK.search(text[:3000]))
    pos, last_t = 0, -1
    for i, tr in enumerate(turns):
        if not (isinstance(tr, list) and len(tr) == 2):
            errs.append(f"turn {i}: not a [time, words] pair")
            continue
        t, w = tr
        if t is not None and (isinstance(t, bool) or not isinstance(t, int)):
            errs.append(f"turn {i}: time {t!r} not int/null")
        if isinstance(t, int) and not isinstance(t, bool):
            if t < 0:
                errs.append(f"turn {i}: negative time")
            if t < last_t:
                errs.append(f"turn {i}: time {t} earlier than previous {last_t}")
            last_t = t
        if not isinstance(w, str) or not w:
            errs.append(f"turn {i}: empty snippet")
            continue
        if w != w.strip() or "  " in w:
            errs.append(f"turn {i}: snippet whitespace not collapsed: {w!r}")
        if w[0] in QUOTES_BRACKETS:
            errs.append(f"turn {i}: snippet starts with quote/bracket: {w!r}")
        if CJK.match(w):
            if len(w) > 8:
                errs.append(f"turn {i}: Chinese snippet longer than 8 chars: {w!r}")
        elif len(w.split(" ")) > 5:
            errs.append(f"turn {i}: more than 5 words: {w!r}")
        j = text.find(w, pos)
        if j < 0:
            where = text.find(w)
            errs.append(f"turn {i}: snippet {w!r} " + ("not found in visible text" if where < 0 else "out of page order"))
        else:
            pos = j + len(w)
    trap = "_trap" in os.path.basename(base)
    if trap and turns:
        errs.append("trap page must have no turns")
    if not trap and not 3 <= len(turns) <= 12:
        errs.append(f"{len(turns)} turns, want 3-12")
    info.update(turns=len(turns), zh=zh_page, trap=trap, size=size, others=len(g["others"]))
    return errs, info


def main():
    bases = sorted(p[:-5] for p in glob.glob(os.path.join(DIR, "r[0-9][0-9]_*.html")))
    jsons = sorted(p[:-len(".expected.json")] for p in glob.glob(os.path.join(DIR, "r[0-9][0-9]_*.expected.json")))
    total_err = 0
    if bases != jsons:
        print("ERROR html/json sets differ:", set(bases) ^ set(jsons))
        total_err += 1
    total_turns = zh = traps = 0
    for b in bases:
        errs, info = check_page(b)
        name = os.path.basename(b)
        status = "OK " if not errs else "ERR"
        print(f"{status} {name:42s} turns={info.get('turns', '?'):>2} size={info.get('size', 0):>6} {'zh' if info.get('zh') else '  '} {'trap' if info.get('trap') else ''}")
        for e in errs:
            print("     -", e)
        total_err += len(errs)
        total_turns += info.get("turns", 0)
        zh += bool(info.get("zh"))
        traps += bool(info.get("trap"))
    if len(bases) != 16:
        print(f"ERROR {len(bases)} pages, want 16")
        total_err += 1
    if zh < 3:
        print(f"ERROR only {zh} Chinese pages")
        total_err += 1
    if traps < 2:
        print(f"ERROR only {traps} trap pages")
        total_err += 1
    if not os.path.exists(os.path.join(DIR, "BRIEF.md")):
        print("ERROR BRIEF.md missing")
        total_err += 1
    print(f"pages={len(bases)} chinese={zh} traps={traps} his_turns={total_turns} errors={total_err}")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
