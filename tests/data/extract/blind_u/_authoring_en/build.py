import json, collections
import part1, part2, part3, part4
docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"uen-{i:03d}" for i in range(1, 101)], ids
with open("/work/blind/u_en/en.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in docs)
print(len(docs), sum(bool(d["gold"]) for d in docs), sum(len(d["gold"]) for d in docs))
for k, v in g.items():
    print(k, v, sum(bool(d["gold"]) for d in docs if d["genre"] == k))
