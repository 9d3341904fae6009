import json, common
for m in ["b1","b2","b3","b4","b5","b6","b7"]:
    __import__(m)
docs = sorted(common.DOCS, key=lambda d: d["id"])
ids=[d["id"] for d in docs]; assert len(ids)==len(set(ids))==100, len(ids)
with open("/work/blind/ext_k_zh/zh.jsonl","w",encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False)+"\n")
