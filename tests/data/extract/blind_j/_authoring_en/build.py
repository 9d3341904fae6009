import json, part1, part2, part3, part4
docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert len(docs) == 100, len(docs)
out = []
for i, d in enumerate(docs, 1):
    d = {"id": "j-en-%03d" % i, **d}
    for g in d["gold"]:
        if d["kind"] == "vtt":
            cues = [l.split(">", 1)[1] if l.startswith("<v ") else l for l in d["vtt"].split("\n")]
            assert any(g in c for c in cues), (d["id"], g)
        else:
            assert g in d["title"] or g in d["text"], (d["id"], g)
    out.append(d)
with open("/work/blind/ext_j_en/en.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print("docs", len(out), "with gold", sum(1 for d in out if d["gold"]), "gold entries", sum(len(d["gold"]) for d in out))
print(Counter(d["genre"] for d in out))
print(Counter(d["kind"] for d in out))
