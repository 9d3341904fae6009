"""Build rebuttals.yaml and statements.jsonl for blind set W (reproducible: fixed shuffle seed)."""
import collections, json, pathlib, random, sys

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from rebuttals_data import REBUTTALS  # noqa: E402
from statements_data import S  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent.parent


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    (OUT / "rebuttals.yaml").write_text(
        yaml.dump(REBUTTALS, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8")
    rows = list(S)
    random.Random(20250607).shuffle(rows)
    lines = []
    for i, (kind, lang, labels, text) in enumerate(rows, 1):
        lines.append(json.dumps({"id": f"w-{i:03d}", "text": text, "lang": lang,
                                 "labels": labels, "kind": kind}, ensure_ascii=False))
    (OUT / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = collections.Counter(r[0] for r in rows)
    langs = collections.Counter(r[1] for r in rows)
    kl = collections.Counter((r[0], r[1]) for r in rows)
    used = collections.Counter(l for r in rows for l in r[2])
    per = collections.defaultdict(set)
    for r in rows:
        for l in r[2]:
            per[l].add(r[1])
    print(len(rows), dict(kinds), dict(langs))
    print(sorted(kl.items()))
    print({k: (v, sorted(per[k])) for k, v in used.items() if v < 4 or len(per[k]) < 2})
    print("multi-label", sum(1 for r in rows if len(r[2]) > 1))


if __name__ == "__main__":
    main()
