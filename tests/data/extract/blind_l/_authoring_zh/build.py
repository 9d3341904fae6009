import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common
import data_a, data_b  # noqa: F401  (they register documents)

docs = common.build()
out = os.path.join(os.path.dirname(__file__), "..", "zh.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        assert "⟦" not in json.dumps(d, ensure_ascii=False) and "⟧" not in json.dumps(d, ensure_ascii=False), d["id"]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "docs;", sum(bool(d["gold"]) for d in docs), "with gold;", sum(len(d["gold"]) for d in docs), "gold statements")
