#!/usr/bin/env python3
"""Checker for the x batch.

For every NAME.html / NAME.expected.json pair in the output directory:
  * expected.json parses, has exactly the five keys, speaker == "Elon Musk"
  * turns is a list of [int|null, str]; ints are non-negative and non-decreasing
  * snippets: non-empty, no leading quote mark or bracket, at most 5 words (English)
    or 8 characters (Chinese), whitespace-collapsed
  * every snippet occurs in the page's visible text (script/style/head removed, tags
    stripped, entities decoded, whitespace collapsed), in page order
  * a non-null time is printed (in one of the page's formats) or encoded (attribute)
    near the snippet in the raw HTML
  * page size 3-40 KB, doctype present, 0 or 3-12 turns per page
  * others is a non-empty list of strings not containing his name as a full label
Also prints a summary table.
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BLOCK = set("address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
            "header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul cite".split())
SKIP = {"script", "style", "head", "noscript", "template"}
QUOTES_BRACKETS = "\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f([{\uff08\u3010\u3014<\u00ab"


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

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


def visible_text(html_text):
    p = Visible()
    p.feed(html_text)
    p.close()
    return " ".join("".join(p.out).split())


def is_zh(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def time_forms(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    forms = {f"{h:02d}:{m:02d}:{s:02d}", f"{h}:{m:02d}:{s:02d}", f"{t // 60:02d}:{s:02d}", f"{t // 60}:{s:02d}",
             f"t={t}", f'"{t}"', f'"{t}.', f"{t // 60}m{s:02d}s", f"{t // 60}m{s}s"}
    if h == 0:
        forms |= {f"{m:02d}:{s:02d}", f"{m}:{s:02d}"}
    forms.add(f'data-start-ms="{t}')  # ms value begins with the seconds digits
    iso = "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + f"{s}S"
    forms.add(iso)
    return forms


def check_pair(html_path, exp_path, errors):
    name = os.path.basename(html_path)[:-5]
    raw = open(html_path, encoding="utf-8").read()
    size = len(raw.encode("utf-8"))
    if not (3 * 1024 <= size <= 40 * 1024):
        errors.append(f"{name}: size {size} bytes outside 3-40 KB")
    if not raw.lstrip().lower().startswith("<!doctype html"):
        errors.append(f"{name}: no doctype")
    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:  # noqa
        errors.append(f"{name}: expected.json does not parse: {e}")
        return None
    if set(exp) != KEYS:
        errors.append(f"{name}: keys {sorted(exp)}")
        return None
    if exp["speaker"] != "Elon Musk":
        errors.append(f"{name}: speaker {exp['speaker']!r}")
    for k in ("format", "show"):
        if not isinstance(exp[k], str) or not exp[k].strip():
            errors.append(f"{name}: {k} empty")
    if not isinstance(exp["others"], list) or not exp["others"] or not all(isinstance(o, str) and o for o in exp["others"]):
        errors.append(f"{name}: others must be a non-empty list of strings")
    elif any(o.strip(" :.").lower() in ("elon musk", "musk", "elon", "mr. musk") for o in exp["others"]) and exp["turns"]:
        errors.append(f"{name}: others contains one of his labels")
    turns = exp["turns"]
    if not isinstance(turns, list):
        errors.append(f"{name}: turns not a list")
        return None
    if len(turns) and not (3 <= len(turns) <= 12):
        errors.append(f"{name}: {len(turns)} turns (want 0 or 3-12)")
    vis = visible_text(raw)
    pos = 0
    last_t = -1
    for i, tr in enumerate(turns):
        if not (isinstance(tr, list) and len(tr) == 2):
            errors.append(f"{name}: turn {i} malformed {tr!r}")
            continue
        t, snip = tr
        if t is not None and (isinstance(t, bool) or not isinstance(t, int) or t < 0):
            errors.append(f"{name}: turn {i} time {t!r} not int/null")
            t = None
        if t is not None:
            if t < last_t:
                errors.append(f"{name}: turn {i} time {t} goes backwards")
            last_t = t
        if not isinstance(snip, str) or not snip.strip():
            errors.append(f"{name}: turn {i} empty snippet")
            continue
        if snip != " ".join(snip.split()):
            errors.append(f"{name}: turn {i} snippet not whitespace-collapsed")
        if snip[0] in QUOTES_BRACKETS:
            errors.append(f"{name}: turn {i} snippet starts with quote/bracket: {snip!r}")
        if is_zh(snip):
            if len(snip) > 8:
                errors.append(f"{name}: turn {i} zh snippet longer than 8 chars")
        elif len(snip.split(" ")) > 5:
            errors.append(f"{name}: turn {i} snippet longer than 5 words")
        j = vis.find(snip, pos)
        if j < 0:
            where = vis.find(snip)
            errors.append(f"{name}: turn {i} snippet {snip!r} not found in order" +
                          (f" (found earlier at {where})" if where >= 0 else " (not in visible text)"))
            continue
        pos = j + len(snip)
        if t is not None:
            # locate the turn in the raw HTML (first occurrence after the previous turn) and look around it
            esc_variants = [snip, snip.replace("&", "&amp;"), snip.replace("\u2019", "&#8217;"), snip.replace("'", "&#x27;")]
            k = -1
            for v in esc_variants:
                k = raw.find(v, check_pair.raw_pos.get(name, 0))
                if k >= 0:
                    break
            if k < 0:
                errors.append(f"{name}: turn {i} snippet not located in raw HTML for time check")
            else:
                check_pair.raw_pos[name] = k + 1
                window = raw[max(0, k - 700):k + 1200]
                if not any(f in window for f in time_forms(t)):
                    errors.append(f"{name}: turn {i} time {t} not printed/encoded near its snippet")
    return len(turns)


check_pair.raw_pos = {}


def main():
    errors = []
    htmls = sorted(glob.glob(os.path.join(HERE, "*.html")))
    exps = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    if len(htmls) != 16:
        errors.append(f"expected 16 pages, found {len(htmls)}")
    names_h = {os.path.basename(h)[:-5] for h in htmls}
    names_e = {os.path.basename(e)[:-14] for e in exps}
    if names_h != names_e:
        errors.append(f"unpaired files: {sorted(names_h ^ names_e)}")
    total = 0
    rows = []
    for h in htmls:
        name = os.path.basename(h)[:-5]
        if not name.startswith("x"):
            errors.append(f"{name}: bad prefix")
        e = os.path.join(HERE, name + ".expected.json")
        if not os.path.exists(e):
            continue
        n = check_pair(h, e, errors)
        if n is not None:
            total += n
            rows.append((name, n, os.path.getsize(h)))
    for name, n, size in rows:
        print(f"{name:48s} turns={n:2d} size={size:6d}")
    print(f"pages={len(rows)} his_turns={total}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
