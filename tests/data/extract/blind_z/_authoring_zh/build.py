"""Build /work/blind/Z_zh/zh.jsonl from the part files. Run: python3 build.py"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import part1, part2, part3, part4  # noqa: E402,F401

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "zh.jsonl")

docs = common.DOCS
assert len(docs) == 100, len(docs)
bad = 0
with open(OUT, "w", encoding="utf-8") as f:
    for i, d in enumerate(docs, 1):
        rec = {"id": f"zzh-{i:03d}"}
        rec.update(d)
        hay = [rec["title"], rec["text"]]
        if rec["kind"] == "vtt":
            cues = [ln.split(">", 1)[1] for ln in rec["vtt"].splitlines() if ln.startswith("<v ")]
            hay = [rec["title"]] + cues
        for g in rec["gold"]:
            if not any(g in h for h in hay):
                print("NOT SUBSTRING", rec["id"], g)
                bad += 1
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

genres = collections.Counter(d["genre"] for d in docs)
print("docs", len(docs), "with gold", sum(bool(d["gold"]) for d in docs),
      "gold total", sum(len(d["gold"]) for d in docs), "bad", bad)
print(dict(genres))
