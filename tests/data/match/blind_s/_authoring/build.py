"""Build rebuttals.yaml and statements.jsonl of set S from the two data modules."""
import collections, json, pathlib, random, sys
import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rebuttals_data import REBUTTALS
from statements_data import STATEMENTS

OUT = HERE.parent
KINDS = {"P": "paraphrase", "X": "crosslingual", "T": "partial", "D": "different-number",
         "O": "opposite-stance", "S": "same-topic-different-claim", "C": "china-unanswered",
         "U": "unrelated"}


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    ids = {r["id"] for r in REBUTTALS}
    assert len(ids) == len(REBUTTALS) == 30
    texts = [t for *_, t in STATEMENTS]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, dup
    items = list(STATEMENTS)
    random.Random(20250).shuffle(items)
    lines = []
    for i, (label, k, lang, text) in enumerate(items, 1):
        assert label is None or label in ids, label
        assert (label is None) == (k in "DOSCU"), (k, text)
        lines.append(json.dumps({"id": f"s-{i:03d}", "text": text, "lang": lang,
                                 "labels": [label] if label else [], "kind": KINDS[k]},
                                ensure_ascii=False))
    (OUT / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / "rebuttals.yaml").write_text(
        yaml.dump(REBUTTALS, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=100000),
        encoding="utf-8")
    kinds = collections.Counter(KINDS[k] for _, k, _, _ in items)
    langs = collections.Counter(l for _, _, l, _ in items)
    per = collections.defaultdict(collections.Counter)
    for label, k, lang, _ in items:
        if label:
            per[label][lang] += 1
    print(len(items), dict(kinds), dict(langs))
    for r in REBUTTALS:
        print(r["id"], dict(per[r["id"]]))
    # language check: zh statements should contain CJK, en statements mostly latin
    import re
    for label, k, lang, t in items:
        cjk = len(re.findall(r"[\u4e00-\u9fff]", t))
        if lang == "zh" and cjk < len(t) * 0.2:
            print("zh? ", t)
        if lang == "en" and cjk > len(t) * 0.2:
            print("en? ", t)


main()
