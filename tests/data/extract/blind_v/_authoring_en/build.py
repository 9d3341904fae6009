import json, re, collections
import common
import docs1, docs2, docs3, docs4, docs5
out = []
for i, doc in enumerate(common.DOCS, 1):
    doc = {"id": f"ven-{i}", **doc}
    out.append(doc)
    if doc["kind"] == "vtt":
        cues = re.findall(r"<v [^>]+>([^\n]*)", doc["vtt"])
        for g in doc["gold"]:
            if not any(g in c for c in cues):
                print("VTT gold not in a cue", doc["id"], g)
    else:
        for g in doc["gold"]:
            n = doc["title"].count(g) + doc["text"].count(g)
            if n == 0: print("MISSING", doc["id"], g)
    if doc["kind"] == "unlabeled" and not doc["guests"]:
        print("no guests", doc["id"])
    if doc["kind"] == "label":
        for line in doc["text"].split("\n"):
            if line and not re.match(r"^[A-Z][\w .'-]+: ", line):
                print("bad label line", doc["id"], line[:40])
with open("/work/blind/v_en/en.jsonl", "w", encoding="utf-8") as f:
    for doc in out:
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
print(len(out), "docs;", sum(bool(d["gold"]) for d in out), "with gold;", sum(len(d["gold"]) for d in out), "gold entries")
print(collections.Counter(d["genre"] for d in out))
print(collections.Counter(d["kind"] for d in out))
