"""Build /work/blind/Z_en/en.jsonl from part1..part5 (run: python3 build.py)."""
import collections
import json
import os

import part1, part2, part3, part4, part5

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "en.jsonl")

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS + part5.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"zen-{i:03d}" for i in range(1, 101)], ids
for d in docs:
    hay = [d["title"], d["text"]] + ([d["vtt"]] if d["kind"] == "vtt" else [])
    for g in d["gold"]:
        assert any(g in h for h in hay), (d["id"], g)
    if d["kind"] == "unlabeled":
        assert d["guests"], d["id"]
    if d["genre"] == "aggregator_headline":
        assert " - " in d["title"], d["id"]

with open(os.path.normpath(OUT), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

pos = sum(bool(d["gold"]) for d in docs)
print(len(docs), "docs;", pos, "with gold;", sum(len(d["gold"]) for d in docs), "gold statements")
print(collections.Counter(d["genre"] for d in docs))
