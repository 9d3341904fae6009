import json, random, yaml, os
from rebuttals_data import R
from statements_data import S

OUT = "/work/blind/match_g"
KIND = {"P": "paraphrase", "C": "crosslingual", "A": "partial", "N": "different-number",
        "O": "opposite-stance", "T": "same-topic-different-claim", "U": "china-unanswered", "X": "unrelated"}

rebs = []
for r in R:
    rebs.append({
        "id": r["id"], "status": "published", "rating": r["rating"], "tags": r["tags"],
        "claim": {"en": r["claim"][0], "zh": r["claim"][1]},
        "counterpoints": [{"en": en, "zh": zh, "sources": srcs} for en, zh, srcs in r["cps"]],
        "notes": "",
    })
class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True
with open(os.path.join(OUT, "rebuttals.yaml"), "w", encoding="utf-8") as f:
    yaml.dump(rebs, f, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=1000)

ids = {r["id"] for r in R}
items = list(S)
random.Random(20250607).shuffle(items)
with open(os.path.join(OUT, "statements.jsonl"), "w", encoding="utf-8") as f:
    for i, (k, lang, lab, text) in enumerate(items, 1):
        assert lab is None or lab in ids, lab
        f.write(json.dumps({"id": f"g{i:03d}", "text": text, "lang": lang,
                            "labels": [lab] if lab else [], "kind": KIND[k]}, ensure_ascii=False) + "\n")
print(len(rebs), len(items))
