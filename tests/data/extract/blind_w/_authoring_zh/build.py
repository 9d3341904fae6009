import json, re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import MARK
import part1, part2, part3, part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert len(docs) == 100, len(docs)
out = []
for i, d in enumerate(docs, 1):
    gold = []
    def strip(s):
        if s is None:
            return None
        assert s.count("⟦") == s.count("⟧"), (i, s[:40])
        gold.extend(MARK.findall(s))
        return s.replace("⟦", "").replace("⟧", "")
    title, text, vtt = strip(d["title"]), strip(d["text"]), strip(d["vtt"])
    rec = {"id": f"wzh-{i:03d}", "lang": "zh", "genre": d["genre"], "kind": d["kind"],
           "title": title, "text": text if d["kind"] != "vtt" else ""}
    if d["kind"] == "vtt":
        rec["vtt"] = vtt
    rec["guests"] = d["guests"]
    seen = []
    for g in gold:
        g = g.strip()
        assert g and "⟦" not in g and "⟧" not in g
        if g not in seen:
            seen.append(g)
    rec["gold"] = seen
    rec["hard_case"] = d["hard"] if seen or "plain" in d["hard"] else d["hard"]
    out.append(rec)
with open("/work/blind/w_zh/zh.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "docs,", sum(bool(r["gold"]) for r in out), "with gold,", sum(len(r["gold"]) for r in out), "gold statements")
