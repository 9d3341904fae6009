import json, collections
import part1, part2, part3, part4
docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"j-zh-{i:03d}" for i in range(1, 101)], ids
for d in docs:
    for g in d["gold"]:
        src = [d["title"], d["text"]]
        if d["kind"] == "vtt":
            src += [c.split(">", 1)[1] for c in d["vtt"].split("\n") if c.startswith("<v ")]
        assert any(g in s for s in src), (d["id"], g)
with open("/work/blind/ext_j_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("docs", len(docs), "with gold", sum(1 for d in docs if d["gold"]),
      "gold entries", sum(len(d["gold"]) for d in docs))
print(collections.Counter(d["genre"] for d in docs))
