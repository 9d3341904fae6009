"""Build /work/blind/S/zh.jsonl from gen_zh_a.py and gen_zh_b.py (gold marked with ⟦ ⟧)."""
import json
import random

from gen_zh_lib import DOCS
import gen_zh_a  # noqa: F401
import gen_zh_b  # noqa: F401

docs = list(DOCS)
assert len(docs) == 100, len(docs)
random.Random(20251017).shuffle(docs)
with open("/work/blind/S/zh.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(docs, 1):
        out = {"id": f"s-zh-{i}", "lang": "zh", "genre": d["genre"], "kind": d["kind"],
               "title": d["title"], "text": d["text"]}
        if d["kind"] == "vtt":
            out["vtt"] = d["vtt"]
        out.update({"guests": d["guests"], "gold": d["gold"], "hard_case": d["hard_case"]})
        hay = [out["title"], out["text"], out.get("vtt", "")]
        for g in out["gold"]:
            assert any(g in h for h in hay), (out["id"], g)
            assert "⟦" not in g and "⟧" not in g
        for h in hay:
            assert "⟦" not in h and "⟧" not in h
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
