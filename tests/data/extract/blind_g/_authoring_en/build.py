import json, common, p1, p2, p3, p4, p5
docs = common.DOCS
assert len(docs) == 100, len(docs)
for i, doc in enumerate(docs, 1):
    doc["id"] = "g-en-%03d" % i
    hay = [doc["title"], doc["text"]]
    if doc["kind"] == "vtt":
        cues = [c.split("\n", 1)[1].split(">", 1)[1] for c in doc["vtt"].split("\n\n")[1:] if c.strip()]
        hay = [doc["title"]] + cues
    for g in doc["gold"]:
        if not any(g in h for h in hay):
            print("BAD", doc["id"], repr(g))
    if doc["kind"] == "unlabeled":
        assert doc["guests"]
order = ["id","lang","genre","kind","title","text","vtt","guests","gold","hard_case"]
with open("/work/blind/extract_g_en/en.jsonl", "w", encoding="utf-8") as f:
    for doc in docs:
        f.write(json.dumps({k: doc[k] for k in order if k in doc}, ensure_ascii=False) + "\n")
