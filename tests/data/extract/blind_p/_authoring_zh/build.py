"""Assemble the zh blind batch: python3 build.py -> ../zh.jsonl"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import strip_marks, ts, OPEN, CLOSE
import docs_a, docs_b, docs_c, docs_d

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "zh.jsonl")

docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
assert len(docs) == 100, len(docs)
random.Random(20251201).shuffle(docs)

rows = []
for i, d in enumerate(docs, 1):
    title, gold_t = strip_marks(d["title"])
    row = {"id": "p-zh-%03d" % i, "lang": "zh", "genre": d["genre"], "kind": d["kind"],
           "title": title}
    gold = list(gold_t)
    if d["kind"] == "vtt":
        parts, t = ["WEBVTT\n\n"], 1.0
        cue_texts = []
        for spk, txt in d["cues"]:
            clean, g = strip_marks(txt)
            gold += g
            cue_texts.append(clean)
            dur = max(3.0, min(9.0, len(clean) * 0.22))
            parts.append("%s --> %s\n<v %s>%s\n\n" % (ts(t), ts(t + dur), spk, clean))
            t += dur + 0.5
        row["text"] = ""
        row["vtt"] = "".join(parts)
        for g in gold_t:
            assert g in title
        for g in gold[len(gold_t):]:
            assert any(g in c for c in cue_texts), g
    else:
        text, g = strip_marks(d["text"])
        gold += g
        row["text"] = text
        for g in gold:
            assert g in title or g in text, g
    for g in gold:
        assert g and g == g.strip(), repr(g)
    for k in ("title", "text", "vtt"):
        if k in row:
            assert OPEN not in row[k] and CLOSE not in row[k]
    if d["kind"] == "unlabeled":
        assert d["guests"], row["id"]
    row["guests"] = d["guests"]
    row["gold"] = gold
    row["hard_case"] = d["hard_case"]
    rows.append(row)

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print("docs", len(rows))
print("with gold", sum(1 for r in rows if r["gold"]))
print("gold total", sum(len(r["gold"]) for r in rows))
print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
print("kinds", dict(Counter(r["kind"] for r in rows)))
