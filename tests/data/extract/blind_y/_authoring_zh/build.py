"""Assemble /work/blind/Y_zh/zh.jsonl from part1..part5."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import part1, part2, part3, part4, part5

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS + part5.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"yzh-{i:03d}" for i in range(1, 101)], ids
out = os.path.join(os.path.dirname(__file__), "..", "zh.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "docs;", sum(bool(d["gold"]) for d in docs), "with gold;",
      sum(len(d["gold"]) for d in docs), "gold statements")
