"""Assemble the English blind batch: python3 build.py -> ../en.jsonl"""
import json
import os
import random

import part1
import part2
import part3
import part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert len(docs) == 100, len(docs)
random.Random(20250611).shuffle(docs)

out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "en.jsonl")
with open(out_path, "w", encoding="utf-8") as f:
    for i, d in enumerate(docs, 1):
        rec = {
            "id": "p-en-%03d" % i,
            "lang": "en",
            "genre": d["genre"],
            "kind": d["kind"],
            "title": d["title"],
            "text": d["text"],
        }
        if d["kind"] == "vtt":
            rec["vtt"] = d["vtt"]
        rec["guests"] = d["guests"]
        rec["gold"] = d["gold"]
        rec["hard_case"] = d["hard_case"]
        # sanity: every gold is an exact substring of title/text/one cue
        for g in rec["gold"]:
            if rec["kind"] == "vtt":
                cues = [c.split(">", 1)[1] for c in rec["vtt"].split("\n") if c.startswith("<v ")]
                assert any(g in c for c in cues) or g in rec["title"], (rec["id"], g)
            else:
                assert g in rec["title"] or g in rec["text"], (rec["id"], g)
            assert "[[" not in g and "]]" not in g
        for k in ("title", "text", "vtt"):
            assert "[[" not in rec.get(k, "") and "]]" not in rec.get(k, ""), rec["id"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(docs), out_path)
