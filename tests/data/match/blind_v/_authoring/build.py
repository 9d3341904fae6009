"""Build /work/blind/V/rebuttals.yaml and statements.jsonl from the hand-written data.

Run: python3 /work/blind/V/_authoring/build.py
Deterministic: the statements are shuffled with a fixed seed before numbering.
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
from statements_data import LABELLED, R, UNLABELLED  # noqa: E402


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def build_rebuttals():
    out = []
    for rid, rating, tags, claim_en, claim_zh, points in REBUTTALS:
        out.append({
            "id": rid,
            "status": "published",
            "rating": rating,
            "tags": list(tags),
            "claim": {"en": claim_en, "zh": claim_zh},
            "counterpoints": [
                {"en": en, "zh": zh,
                 "sources": [{"title": t, "url": u, "date": d} for t, u, d in sources]}
                for en, zh, sources in points
            ],
            "notes": "",
        })
    text = yaml.dump(out, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=10000)
    (OUT / "rebuttals.yaml").write_text(text, encoding="utf-8")
    return out


def build_statements(rebuttal_ids):
    rows = []
    for labels, kind, lang, text in LABELLED + UNLABELLED:
        ids = [R[k] for k in labels]
        assert all(i in rebuttal_ids for i in ids), ids
        rows.append({"text": text, "lang": lang, "labels": ids, "kind": kind})
    texts = [r["text"] for r in rows]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, dup
    random.Random(20250907).shuffle(rows)
    with open(OUT / "statements.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"v-{i:03d}", **r}, ensure_ascii=False) + "\n")
    return rows


def summary(rebs, rows):
    kinds = collections.Counter(r["kind"] for r in rows)
    langs = collections.Counter(r["lang"] for r in rows)
    kl = collections.Counter((r["kind"], r["lang"]) for r in rows)
    print(len(rebs), "rebuttals,", len(rows), "statements")
    print("kinds", dict(kinds))
    print("langs", dict(langs))
    for k in kinds:
        print(f"  {k:28s} en={kl[(k, 'en')]:3d} zh={kl[(k, 'zh')]:3d}")
    per = collections.defaultdict(collections.Counter)
    for r in rows:
        for lab in r["labels"]:
            per[lab][r["lang"]] += 1
    for rb in rebs:
        c = per[rb["id"]]
        flag = "" if c["en"] and c["zh"] and sum(c.values()) >= 4 else "  <--"
        print(f"  {rb['id']:48s} en={c['en']} zh={c['zh']}{flag}")


if __name__ == "__main__":
    rebs = build_rebuttals()
    rows = build_statements({r["id"] for r in rebs})
    summary(rebs, rows)
