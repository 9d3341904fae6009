import json, collections, sys
sys.path.insert(0, ".")
import lib, p1, p2, p3, p4  # noqa
D = sorted(lib.D, key=lambda d: d["id"])
ids = [d["id"] for d in D]
assert ids == [f"bf-en{i:03d}" for i in range(1, 101)], [i for i in range(1,101) if f"bf-en{i:03d}" not in ids]
for d in D:
    hay = [d["title"], d["text"]] if d["kind"] != "vtt" else []
    if d["kind"] == "vtt":
        cues = [l.split(">", 1)[1] if l.startswith("<v ") else l for l in d["vtt"].split("\n")]
        for g in d["gold"]:
            assert any(g in c for c in cues), (d["id"], g)
            assert "<v Elon Musk>" + g in d["vtt"] or any(l.startswith("<v Elon Musk>") and g in l for l in d["vtt"].split("\n")), (d["id"], g)
    for g in d["gold"]:
        assert g.strip() == g and g, (d["id"], g)
        if d["kind"] != "vtt":
            assert any(g in h for h in hay), (d["id"], g)
    assert len(d["gold"]) == len(set(d["gold"])), d["id"]
with open("en.jsonl", "w", encoding="utf-8") as f:
    for d in D:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in D)
k = collections.Counter(d["kind"] for d in D)
print(len(D), "docs;", sum(bool(d["gold"]) for d in D), "with gold;", sum(len(d["gold"]) for d in D), "gold strings")
print(dict(g)); print(dict(k))
