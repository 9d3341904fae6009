import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import part1, part2, part3, part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert len(docs) == 100, len(docs)
out = []
for i, d in enumerate(docs, 1):
    d = {"id": f"adzh-{i}", **d}
    hay = [d["title"], d["text"]] + ([d["vtt"]] if d["kind"] == "vtt" else [])
    for g in d["gold"]:
        assert any(g in h for h in hay), (d["id"], g)
    out.append(d)
path = os.path.join(os.path.dirname(__file__), "..", "zh.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(out))
