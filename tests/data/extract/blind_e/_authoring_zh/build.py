import json, sys
sys.path.insert(0, "/work/blind/e_zh")
import lib, p1, p2, p3, p4
docs = sorted(lib.DOCS, key=lambda d: d["id"])
assert len(docs) == 100 and len({d["id"] for d in docs}) == 100
with open("/work/blind/e_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
