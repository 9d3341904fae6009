import json, collections, sys
sys.path.insert(0, "/work/blind/f_zh")
import part1, part2, part3, part4
docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
ids = [d["id"] for d in docs]
assert ids == ["bf-zh%03d" % i for i in range(1, 101)], ids
errs = 0
for d in docs:
    cues = d.pop("_cues", None)
    if "⟦" in json.dumps(d, ensure_ascii=False) or "⟧" in json.dumps(d, ensure_ascii=False):
        print("leftover marker", d["id"]); errs += 1
    for g in d["gold"]:
        if d["kind"] == "vtt":
            if not any(g in t and spk in ("Elon Musk", "埃隆·马斯克", "马斯克") for spk, t, _ in cues):
                print("vtt gold not in Musk cue", d["id"], g); errs += 1
        else:
            if g not in d["text"] and g not in d["title"]:
                print("gold missing", d["id"], g); errs += 1
    if d["kind"] != "vtt":
        d.pop("vtt", None)
    if d["kind"] == "unlabeled" and not d["guests"]:
        print("no guests", d["id"]); errs += 1
    if d["genre"] == "aggregator_headline" and " - " not in d["title"]:
        print("agg title", d["id"]); errs += 1
with open("/work/blind/f_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in docs)
print(len(docs), "docs;", sum(bool(d["gold"]) for d in docs), "with gold;", sum(len(d["gold"]) for d in docs), "gold strings")
print(dict(g))
print("kinds", dict(collections.Counter(d["kind"] for d in docs)))
print("errors", errs)
