"""Assemble the AA_zh batch: python3 build.py -> ../zh.jsonl"""

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import part1_wire, part2_short, part3_transcripts, part4_misc, part5_traditional  # noqa: E402

docs = []
for m in (part1_wire, part2_short, part3_transcripts, part4_misc, part5_traditional):
    docs.extend(m.DOCS)

random.Random(20250617).shuffle(docs)
assert len(docs) == 100, len(docs)
for i, d in enumerate(docs, 1):
    d["id"] = f"aazh-{i:03d}"

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "zh.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(docs), "docs to", os.path.normpath(out))
