import json, build
for p in ["p1","p2","p3","p4","p5","p6"]:
    __import__(p)
docs = build.DOCS
assert len(docs) == 100, len(docs)
with open("/work/blind/extract_g_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(docs, 1):
        out = {"id": f"g-zh-{i:03d}"}
        out.update(d)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
import collections
print(len(docs), sum(bool(d["gold"]) for d in docs), sum(len(d["gold"]) for d in docs))
print(collections.Counter(d["genre"] for d in docs))
