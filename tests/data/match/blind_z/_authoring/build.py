"""Build ../rebuttals.yaml and ../statements.jsonl from rebuttals_data.py and statements_data.py.

Run from anywhere: python3 build.py. Statement order is shuffled with a fixed seed and numbered z-1 .. z-300.
Also writes trap_map.tsv (statement id, kind, the rebuttal a trap was written next to) for the report.
"""
import collections
import json
import pathlib
import random
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from rebuttals_data import REBUTTALS  # noqa: E402
from statements_data import KEYS, STATEMENTS  # noqa: E402


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    ids = {r["id"] for r in REBUTTALS}
    assert set(KEYS.values()) == ids, set(KEYS.values()) ^ ids
    (OUT / "rebuttals.yaml").write_text(
        yaml.dump(REBUTTALS, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=110),
        encoding="utf-8")

    rows = list(STATEMENTS)
    texts = [t for *_, t in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    random.Random(20250601).shuffle(rows)
    lines, tmap = [], ["id\tkind\tlang\tlabels\ttrap_for"]
    for n, (kind, lang, keys, trap_for, text) in enumerate(rows, 1):
        sid = f"z-{n}"
        labels = [KEYS[k] for k in keys]
        lines.append(json.dumps({"id": sid, "text": text, "lang": lang, "labels": labels, "kind": kind},
                                ensure_ascii=False))
        tmap.append(f"{sid}\t{kind}\t{lang}\t{','.join(labels)}\t{KEYS.get(trap_for, '') if trap_for else ''}")
    (OUT / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "trap_map.tsv").write_text("\n".join(tmap) + "\n", encoding="utf-8")
    print(len(REBUTTALS), "rebuttals,", len(lines), "statements")


if __name__ == "__main__":
    main()
