"""Generate rebuttals.yaml and statements.jsonl for the blind set N."""
import collections
import json
import pathlib
import random

import yaml

from rebuttals_data import REBUTTALS
from statements_data import STATEMENTS

HERE = pathlib.Path(__file__).parent


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    (HERE / "rebuttals.yaml").write_text(
        yaml.dump(REBUTTALS, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8")
    rows = list(STATEMENTS)
    random.Random(20250601).shuffle(rows)
    with open(HERE / "statements.jsonl", "w", encoding="utf-8") as f:
        for i, (kind, lang, text, labels) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"n-s-{i}", "text": text, "lang": lang, "labels": labels, "kind": kind},
                               ensure_ascii=False) + "\n")
    kinds = collections.Counter(r[0] for r in rows)
    n = len(rows)
    print(n, "statements")
    for k, v in kinds.most_common():
        print(f"  {k:28s} {v:4d} {100*v/n:5.1f}%")
    print("langs", collections.Counter(r[1] for r in rows))
    print("answerable", sum(1 for r in rows if r[3]))
    per = collections.defaultdict(set)
    cnt = collections.Counter()
    for kind, lang, text, labels in rows:
        for l in labels:
            per[l].add(lang)
            cnt[l] += 1
    for r in REBUTTALS:
        print(f"  {r['id']:40s} {cnt[r['id']]:2d} {sorted(per[r['id']])}")
    texts = [r[2] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate text"


main()
