import json, collections
import lib, p1, p2, p3, p4, p5
docs = lib.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"tzh-{i:03d}" for i in range(1, 101)], ids
with open("/work/blind/t_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
pos = sum(bool(d["gold"]) for d in docs)
print(len(docs), "docs", pos, "with gold", sum(len(d["gold"]) for d in docs), "gold total")
g = collections.Counter(d["genre"] for d in docs)
print(dict(g))
gp = collections.Counter(d["genre"] for d in docs if d["gold"])
print("pos by genre", dict(gp))
print(collections.Counter(d["kind"] for d in docs))
