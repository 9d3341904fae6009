import json
import gen1, gen2, gen3, gen4
from gen1 import D
assert len(D) == 100, len(D)
with open("zh.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(D, 1):
        out = {"id": f"afzh-{i}", "lang": "zh", "genre": d["genre"], "kind": d["kind"],
               "title": d["title"], "text": d["text"]}
        if "vtt" in d:
            out["vtt"] = d["vtt"]
        out.update({"guests": d["guests"], "gold": d["gold"], "hard_case": d["hard_case"]})
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
