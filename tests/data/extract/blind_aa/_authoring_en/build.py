"""Build /work/blind/AA_en/en.jsonl from the docs_*.py modules."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402,F401

OUT = "/work/blind/AA_en/en.jsonl"

docs = sorted(common.DOCS, key=lambda d: d["id"])
ids = [d["id"] for d in docs]
assert len(ids) == len(set(ids)) == 100, (len(ids), len(set(ids)))
assert ids == [f"aaen-{i:03d}" for i in range(1, 101)]
bad = 0
for d in docs:
    if d["kind"] == "vtt":
        hay = [d["title"]] + common.cue_texts(d["vtt"])
    else:
        hay = [d["title"], d["text"]]
    for g in d["gold"]:
        if not any(g in h for h in hay):
            print("NOT FOUND", d["id"], repr(g))
            bad += 1
    if d["genre"] == "aggregator_headline":
        assert " - " in d["title"]
assert not bad
with open(OUT, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(docs), "docs;", sum(bool(d["gold"]) for d in docs), "with gold;",
      sum(len(d["gold"]) for d in docs), "gold statements")
