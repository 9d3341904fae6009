import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import DOCS
import part1, part2, part3, part4
ids = [d["id"] for d in DOCS]
assert len(ids) == len(set(ids)) == 100, len(ids)
DOCS.sort(key=lambda d: d["id"])
with open("/work/blind/u_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(DOCS))
