"""Build rebuttals.yaml and statements.jsonl for blind set h from the data modules."""
import collections, json, pathlib, sys
import yaml
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from rebuttals_data import REBUTTALS
from statements_data import S, K

out = pathlib.Path(__file__).resolve().parent.parent
(out / "rebuttals.yaml").write_text(
    yaml.safe_dump(REBUTTALS, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
ids = {r["id"] for r in REBUTTALS}
assert set(K.values()) == ids, set(K.values()) ^ ids
lines, used = [], collections.Counter()
for i, (kind, lang, labels, text) in enumerate(S, 1):
    labs = [K[l] for l in labels]
    used.update(labs)
    lines.append(json.dumps({"id": f"h{i:03d}", "text": text, "lang": lang, "labels": labs, "kind": kind}, ensure_ascii=False))
(out / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
kinds = collections.Counter(s[0] for s in S); langs = collections.Counter(s[1] for s in S)
print(len(S), dict(kinds), dict(langs))
print({k: round(v / len(S), 3) for k, v in kinds.items()})
# per-rebuttal positives by language
per = collections.defaultdict(collections.Counter)
for kind, lang, labels, text in S:
    for l in labels: per[l][lang] += 1
for k in K: print(k, dict(per[k]))
