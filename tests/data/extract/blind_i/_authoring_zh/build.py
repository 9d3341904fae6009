import json, re, sys
sys.path.insert(0, ".")
import part1, part2, part3, part4

SPAN = re.compile(r"⟦(.*?)⟧", re.S)

def strip(s):
    spans = SPAN.findall(s)
    clean = SPAN.sub(lambda m: m.group(1), s)
    assert "⟦" not in clean and "⟧" not in clean, s
    return clean, spans

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert len(docs) == 100, len(docs)
out = []
for i, d in enumerate(docs, 1):
    title, g1 = strip(d["title"])
    text, g2 = strip(d["text"])
    vtt, g3 = strip(d["vtt"])
    gold = g1 + g2 + g3
    rec = {"id": f"i-zh-{i:03d}", "lang": "zh", "genre": d["genre"], "kind": d["kind"],
           "title": title, "text": text}
    if d["kind"] == "vtt":
        assert text == "" and vtt.startswith("WEBVTT\n\n")
        rec["vtt"] = vtt
        cues = [l for l in vtt.split("\n") if l.startswith("<v ")]
        for g in g3:
            assert any(g in c.split(">", 1)[1] for c in cues), g
    rec["guests"] = d["guests"]
    if d["kind"] == "unlabeled":
        assert rec["guests"]
    # dedupe while keeping order
    seen = []
    for g in gold:
        g = g.strip()
        assert g and (g in title or g in text or g in vtt), g
        if g not in seen:
            seen.append(g)
    rec["gold"] = seen
    rec["hard_case"] = d["hard_case"]
    out.append(rec)

with open("/work/blind/ext_i_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print("docs", len(out))
print("with gold", sum(1 for r in out if r["gold"]))
print("gold entries", sum(len(r["gold"]) for r in out))
print(Counter(r["genre"] for r in out))
print(Counter(r["kind"] for r in out))
