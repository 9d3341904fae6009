"""Assemble en.jsonl and self-check gold strings (stdlib only)."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common
import part1, part2, part3, part4  # noqa: F401

OUT = os.path.join(os.path.dirname(__file__), "..", "en.jsonl")

docs = sorted(common.DOCS, key=lambda d: d["id"])
ids = [d["id"] for d in docs]
assert ids == ["q-en-%03d" % i for i in range(1, 101)], ids
errs = 0
for d in docs:
    cues = d.pop("_cues", None)
    for g in d["gold"]:
        if cues is not None:
            ok = any(g in c for c in cues)
        else:
            ok = g in d["title"] or g in d["text"]
        if not ok:
            print("BAD GOLD", d["id"], repr(g)); errs += 1
    if len(set(d["gold"])) != len(d["gold"]):
        print("DUP GOLD", d["id"]); errs += 1
with open(OUT, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in docs)
print(len(docs), "docs;", sum(bool(d["gold"]) for d in docs), "with gold;",
      sum(len(d["gold"]) for d in docs), "gold statements")
print(dict(g))
print("errors:", errs)
