"""Build /work/blind/ac_zh/zh.jsonl from the part modules."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4  # noqa: E402

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"aczh-{i}" for i in range(1, 101)], ids
for d in docs:
    for f in ("title", "text", "vtt"):
        assert "⟦" not in d.get(f, "") and "⟧" not in d.get(f, ""), d["id"]
    if d["kind"] == "unlabeled":
        assert d["guests"], d["id"]
    if d["genre"] == "aggregator_headline":
        assert " - " in d["title"], d["id"]
    assert d["hard_case"], d["id"]

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "zh.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

g = collections.Counter(d["genre"] for d in docs)
pos = sum(1 for d in docs if d["gold"])
print(len(docs), "docs;", pos, "with gold;", sum(len(d["gold"]) for d in docs), "gold entries")
print(dict(g))
