import json, random, sys, collections, pathlib
import yaml
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from rebuttals_data import R
from statements_data import S

OUT = pathlib.Path(__file__).resolve().parent.parent

class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

(OUT / "rebuttals.yaml").write_text(
    yaml.dump(R, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=1000),
    encoding="utf-8")

rows = list(S)
random.Random(20250611).shuffle(rows)
with open(OUT / "statements.jsonl", "w", encoding="utf-8") as f:
    for i, (kind, lang, text, labels) in enumerate(rows, 1):
        f.write(json.dumps({"id": f"j-{i}", "text": text, "lang": lang,
                            "labels": labels, "kind": kind}, ensure_ascii=False) + "\n")

kinds = collections.Counter(r[0] for r in rows)
n = len(rows)
for k, v in kinds.most_common():
    print(f"{k:28s} {v:4d} {100*v/n:5.1f}%")
print("langs", collections.Counter(r[1] for r in rows))
# per-rebuttal language coverage
cov = collections.defaultdict(set)
for kind, lang, text, labels in rows:
    for l in labels:
        cov[l].add(lang)
print("rebuttals not answered in both langs:", [r["id"] for r in R if cov[r["id"]] != {"en", "zh"}])
texts = [r[2] for r in rows]
print("dup texts:", [t for t, c in collections.Counter(texts).items() if c > 1])
