import json, collections
from common import GENRES
import part1, part2, part3, part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"aeen-{i}" for i in range(1, 101)], ids
for d in docs:
    assert d["genre"] in GENRES, d["id"]
    hay = [d["title"], d["text"]] + d.get("_cues", [])
    for g in d["gold"]:
        assert any(g in h for h in hay), (d["id"], g)
        if d["kind"] == "vtt":
            assert any(g in c for c in d["_cues"]), (d["id"], g)
    assert len(set(d["gold"])) == len(d["gold"]), d["id"]
    if d["kind"] == "unlabeled":
        assert d["guests"], d["id"]
with open("/work/blind/ae_en/en.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        d = {k: v for k, v in d.items() if not k.startswith("_")}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in docs)
print(len(docs), sum(bool(d["gold"]) for d in docs), sum(len(d["gold"]) for d in docs))
print(dict(g))
