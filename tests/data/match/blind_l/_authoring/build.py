"""Build rebuttals.yaml, statements.jsonl and print stats. Run from anywhere."""
import json, random, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from rebuttals_data import REBUTTALS
from statements_data import S_, KINDS

import yaml

def main():
    ids = [r["id"] for r in REBUTTALS]
    assert len(ids) == len(set(ids)), "duplicate rebuttal id"
    idset = set(ids)
    with open(OUT / "rebuttals.yaml", "w", encoding="utf-8") as f:
        f.write("# Blind evaluation set match_l: new rebuttals (claim + counterpoints only).\n")
        yaml.safe_dump(REBUTTALS, f, allow_unicode=True, sort_keys=False, width=1000)

    rows = []
    texts = set()
    for kind, lang, labels, text in S_:
        assert kind in KINDS, kind
        for l in labels:
            assert l in idset, l
        assert text not in texts, text
        texts.add(text)
        rows.append({"text": text, "lang": lang, "labels": labels, "kind": KINDS[kind]})
    rng = random.Random(20250612)
    rng.shuffle(rows)
    with open(OUT / "statements.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"l-{i:03d}", **r}, ensure_ascii=False) + "\n")

    n = len(rows)
    kc = collections.Counter(r["kind"] for r in rows)
    lc = collections.Counter(r["lang"] for r in rows)
    kl = collections.Counter((r["kind"], r["lang"]) for r in rows)
    print(f"rebuttals: {len(REBUTTALS)}  statements: {n}  langs: {dict(lc)}")
    for k in KINDS.values():
        print(f"  {k:28s} {kc[k]:4d} ({100*kc[k]/n:4.1f}%)  en={kl[(k,'en')]} zh={kl[(k,'zh')]}")
    per = collections.defaultdict(list)
    for r in rows:
        for l in r["labels"]:
            per[l].append(r["lang"])
    for rid in ids:
        langs = per[rid]
        flag = "" if len(langs) >= 4 and "en" in langs and "zh" in langs else "  <-- CHECK"
        print(f"  {rid:55s} {len(langs)} en={langs.count('en')} zh={langs.count('zh')}{flag}")
    return kc, lc, kl, n

if __name__ == "__main__":
    main()
