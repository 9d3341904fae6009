"""Build /work/blind/U/rebuttals.yaml and statements.jsonl from rebuttals.py and statements.py.

Run: python3 /work/blind/U/_authoring/build.py
Statement order is shuffled with a fixed seed, then numbered u-001 ... u-300.
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

import rebuttals  # noqa: E402
import statements  # noqa: E402

KIND = {"P": "paraphrase", "C": "crosslingual", "PA": "partial", "DN": "different-number",
        "OS": "opposite-stance", "ST": "same-topic-different-claim", "CU": "china-unanswered",
        "UN": "unrelated"}


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    rebs = [rebuttals.R[k] for k in rebuttals.ORDER]
    text = yaml.dump(rebs, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=1000)
    (OUT / "rebuttals.yaml").write_text(text, encoding="utf-8")

    rows = list(statements.S)
    texts = [t for *_, t in rows]
    dups = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dups, dups
    for kind, lang, labels, text in rows:
        assert kind in KIND and lang in ("en", "zh"), (kind, lang, text)
        assert (kind in ("P", "C", "PA")) == bool(labels), (kind, labels, text)
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in text)
        if lang == "zh":
            assert has_cjk, text
    random.Random(20250607).shuffle(rows)
    lines = []
    for i, (kind, lang, labels, text) in enumerate(rows, 1):
        lines.append(json.dumps({"id": f"u-{i:03d}", "text": text, "lang": lang,
                                 "labels": [rebuttals.R[k]["id"] for k in labels],
                                 "kind": KIND[kind]}, ensure_ascii=False))
    (OUT / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    kinds = collections.Counter(KIND[k] for k, *_ in rows)
    langs = collections.Counter(l for _, l, *_ in rows)
    per = collections.defaultdict(collections.Counter)
    for kind, lang, labels, _ in rows:
        for k in labels:
            per[k][lang] += 1
    print(len(rows), "statements", dict(kinds), dict(langs))
    for k in rebuttals.ORDER:
        print(f"  {k:12s} {dict(per[k])}")


if __name__ == "__main__":
    main()
