import json, sys
sys.path.insert(0, ".")
import lib
import p1_wire_live, p2_qa_opinion, p3_agg_x_short, p4_calls_pods, p5_trad_mt_other
out = []
for i, d in enumerate(lib.DOCS, 1):
    r = {"id": "n-zh-%03d" % i, "lang": "zh"}
    r.update(d)
    for g in r["gold"]:
        hay = [r["title"], r["text"]] + ([r["vtt"]] if "vtt" in r else [])
        assert any(g in h for h in hay), g
    out.append(r)
with open("../zh.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "docs", sum(bool(r["gold"]) for r in out), "with gold", sum(len(r["gold"]) for r in out), "gold statements")
