import json, common, p1, p2, p3, p4
docs = sorted(common.DOCS, key=lambda d: d["id"])
assert [d["id"] for d in docs] == ["xzh-%03d" % i for i in range(1, 101)]
with open("/work/blind/x_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
