import glob, html, json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
QUOTES = "\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f([{\u3010\u3011\uff08\uff3b<\u00ab"

def visible(src):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", src)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()

errors = []; pages = 0; total = 0
for hp in sorted(glob.glob(os.path.join(D, "j*.html"))):
    name = os.path.basename(hp)[:-5]; pages += 1
    def err(m): errors.append(f"{name}: {m}")
    src = open(hp, encoding="utf-8").read()
    size = os.path.getsize(hp)
    if not (3 * 1024 <= size <= 40 * 1024): err(f"size {size} bytes outside 3-40 KB")
    if not re.match(r"\s*<!doctype html", src, re.I): err("doctype missing")
    jp = os.path.join(D, name + ".expected.json")
    try:
        exp = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        err(f"expected.json does not parse: {e}"); continue
    if set(exp) != KEYS: err(f"keys {sorted(exp)}")
    if exp.get("speaker") != "Elon Musk": err("speaker")
    for k in ("format", "show"):
        if not isinstance(exp.get(k), str) or not exp[k].strip(): err(f"{k} empty")
    if not isinstance(exp.get("others"), list) or not all(isinstance(o, str) and o for o in exp["others"]): err("others")
    text = visible(src)
    for o in exp.get("others", []):
        if o not in text: err(f"other label {o!r} not in visible text")
    pos = 0
    turns = exp.get("turns", [])
    if not isinstance(turns, list): err("turns not list"); continue
    total += len(turns)
    for i, t in enumerate(turns):
        if not (isinstance(t, list) and len(t) == 2): err(f"turn {i} shape"); continue
        sec, snip = t
        if not (sec is None or (isinstance(sec, int) and not isinstance(sec, bool) and sec >= 0)): err(f"turn {i} time {sec!r}")
        if not isinstance(snip, str) or not snip: err(f"turn {i} snippet empty"); continue
        if snip != re.sub(r"\s+", " ", snip).strip(): err(f"turn {i} snippet whitespace")
        if snip[0] in QUOTES: err(f"turn {i} snippet starts with quote/bracket: {snip!r}")
        cjk = re.search(r"[\u3400-\u9fff]", snip[:1] or "")
        if cjk and len(snip) > 8: err(f"turn {i} CJK snippet longer than 8 chars")
        if not cjk and len(snip.split(" ")) > 5: err(f"turn {i} snippet longer than 5 words")
        j = text.find(snip, pos)
        if j < 0:
            err(f"turn {i} snippet {snip!r} not found in visible text after previous snippet")
        else:
            pos = j + len(snip)
    if name == "j06_paragon_trap" and turns: err("trap page should have no turns")
    elif name != "j06_paragon_trap" and not (3 <= len(turns) <= 12): err(f"{len(turns)} turns, want 3-12")
print(f"pages: {pages}  his turns: {total}")
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
