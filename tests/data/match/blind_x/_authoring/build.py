"""Build rebuttals.yaml and statements.jsonl of blind set x from the data modules."""
import collections
import json
import pathlib
import random
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rebuttals_data import REBUTTALS  # noqa: E402
from statements_data import STATEMENTS  # noqa: E402

OUT = HERE.parent


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    ids = {r["id"] for r in REBUTTALS}
    (OUT / "rebuttals.yaml").write_text(
        yaml.dump(REBUTTALS, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8")
    rows = list(STATEMENTS)
    for labels, kind, lang, text in rows:
        assert all(l in ids for l in labels), labels
        assert bool(labels) == (kind in ("paraphrase", "crosslingual", "partial")), text
    random.Random(20250611).shuffle(rows)
    lines = []
    for i, (labels, kind, lang, text) in enumerate(rows, 1):
        lines.append(json.dumps({"id": f"x-{i}", "text": text, "lang": lang, "labels": labels,
                                 "kind": kind}, ensure_ascii=False))
    (OUT / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = collections.Counter(r[1] for r in rows)
    langs = collections.Counter(r[2] for r in rows)
    per = collections.defaultdict(collections.Counter)
    for labels, kind, lang, _ in rows:
        for l in labels:
            per[l][lang] += 1
    print(len(rows), dict(kinds), dict(langs))
    for rid in sorted(ids):
        print(f"  {rid:45s} {dict(per[rid])}")
    texts = collections.Counter(r[3] for r in rows)
    print("dup texts:", [t for t, n in texts.items() if n > 1])


if __name__ == "__main__":
    main()
