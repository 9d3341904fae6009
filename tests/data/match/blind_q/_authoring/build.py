import collections, json, pathlib, random, sys, yaml
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from rebuttals import REBUTTALS

OUT = pathlib.Path(__file__).parent.parent
KINDS = {"P": "paraphrase", "C": "crosslingual", "R": "partial", "N": "different-number",
         "O": "opposite-stance", "T": "same-topic-different-claim", "U": "china-unanswered", "X": "unrelated"}

class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

(OUT / "rebuttals.yaml").write_text(
    yaml.dump(REBUTTALS, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")

ids = [r["id"] for r in REBUTTALS]
rows = []
for line in (pathlib.Path(__file__).parent / "statements.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    k, lang, labels, text = line.split("|", 3)
    labs = [] if labels == "-" else [ids[int(x) - 1] for x in labels.split(",")]
    if k in "PCR":
        assert labs, line
    else:
        assert not labs, line
    rows.append({"text": text.strip(), "lang": lang, "labels": labs, "kind": KINDS[k]})
random.Random(20250).shuffle(rows)
with open(OUT / "statements.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"q-{i:03d}", **r}, ensure_ascii=False) + "\n")

# summary
kinds = collections.Counter(r["kind"] for r in rows)
langs = collections.Counter(r["lang"] for r in rows)
kl = collections.Counter((r["kind"], r["lang"]) for r in rows)
per = collections.defaultdict(collections.Counter)
for r in rows:
    for l in r["labels"]:
        per[l][r["lang"]] += 1
print(len(REBUTTALS), len(rows), dict(kinds), dict(langs))
print(sorted(kl.items()))
print("answerable", sum(1 for r in rows if r["labels"]), "multi", sum(1 for r in rows if len(r["labels"]) > 1))
for i in ids:
    print(i, dict(per[i]))
