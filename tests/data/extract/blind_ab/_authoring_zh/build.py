import json, random, collections
import common
import docs_wire, docs_trad, docs_short, docs_trans, docs_misc, docs_rest
docs = list(common.DOCS)
random.Random(7).shuffle(docs)
out = []
for i, d in enumerate(docs, 1):
    o = {"id": f"abzh-{i:03d}"}
    o.update(d)
    out.append(o)
with open("/work/blind/AB_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), sum(bool(o["gold"]) for o in out), sum(len(o["gold"]) for o in out))
print(collections.Counter(o["genre"] for o in out))
print(collections.Counter(o["kind"] for o in out))
