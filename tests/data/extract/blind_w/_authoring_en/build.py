"""Assemble /work/blind/w_en/en.jsonl from batch_*.py; gold spans are ⟦...⟧ markers."""
import json, re, importlib, sys
sys.path.insert(0, '.')
import common
for b in "abcdefghij":
    importlib.import_module(f"batch_{b}")

OPEN, CLOSE = "⟦", "⟧"

def strip(s, gold, field, n):
    out, i = [], 0
    while True:
        j = s.find(OPEN, i)
        if j < 0:
            out.append(s[i:]); break
        k = s.find(CLOSE, j)
        assert k > 0, (n, field, "unclosed")
        out.append(s[i:j]); span = s[j+1:k]
        assert OPEN not in span, (n, field, "nested")
        assert "\n" not in span, (n, field, "span crosses a line", span)
        gold.append(span.strip()); out.append(span); i = k + 1
    r = "".join(out)
    assert OPEN not in r and CLOSE not in r, (n, field)
    return r

docs, seen = [], set()
for d in sorted(common.DOCS, key=lambda x: x["n"]):
    n = d["n"]; assert n not in seen, n; seen.add(n)
    gold = []
    title = strip(d["title"], gold, "title", n)
    text = strip(d["text"], gold, "text", n)
    rec = {"id": f"wen-{n:03d}", "lang": "en", "genre": d["genre"], "kind": d["kind"],
           "title": title, "text": text}
    if d["kind"] == "vtt":
        assert text == ""
        rec["vtt"] = strip(d["vtt"], gold, "vtt", n)
        # each gold inside a single cue text
        cues = [l for l in rec["vtt"].split("\n") if l.startswith("<v ")]
        for g in gold:
            assert any(g in re.sub(r"^<v [^>]*>", "", c) for c in cues), (n, g)
    else:
        assert d["vtt"] is None
    if d["kind"] == "unlabeled":
        assert d["guests"], n
    else:
        assert not d["guests"], n
    dedup = []
    for g in gold:
        if g and g not in dedup: dedup.append(g)
    rec["guests"] = d["guests"]; rec["gold"] = dedup; rec["hard_case"] = d["hard_case"]
    docs.append(rec)

assert sorted(seen) == list(range(1, 101)), sorted(set(range(1,101)) - seen)
with open("/work/blind/w_en/en.jsonl", "w", encoding="utf-8") as f:
    for r in docs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
pos = sum(bool(r["gold"]) for r in docs)
print(len(docs), "docs;", pos, "with gold;", sum(len(r["gold"]) for r in docs), "gold statements")
