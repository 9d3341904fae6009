import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOCS  # noqa: E402
import part1, part2, part3, part4, part5  # noqa: E402,F401

bad = 0
for d in DOCS:
    hay = [d["title"], d["text"]]
    if d["kind"] == "vtt":
        cues = [ln.split(">", 1)[1] for ln in d["vtt"].split("\n") if ln.startswith("<v ")]
        hay = [d["title"]] + cues
    for g in d["gold"]:
        if not any(g in h for h in hay):
            print("NOT FOUND", d["id"], repr(g))
            bad += 1
        n = sum(h.count(g) for h in hay)
        if n > 1:
            print("ambiguous (occurs %d times)" % n, d["id"], repr(g))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "en.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

g = collections.Counter(d["genre"] for d in DOCS)
print(len(DOCS), "docs;", sum(bool(d["gold"]) for d in DOCS), "with gold;",
      sum(len(d["gold"]) for d in DOCS), "gold statements; bad", bad)
print(dict(g))
print(collections.Counter(d["kind"] for d in DOCS))
