"""Assemble /work/blind/p/rebuttals.yaml and statements.jsonl from the data modules."""
import collections, json, pathlib, random, sys
import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rebuttals_data import REBUTTALS
from statements_data import GROUPS

OUT = HERE.parent
POSITIVE = {"paraphrase", "crosslingual", "partial"}


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def rebuttal_records():
    recs = []
    for r in REBUTTALS:
        recs.append({
            "id": r["id"], "status": "published", "rating": r["rating"], "tags": list(r["tags"]),
            "claim": {"en": r["claim"][0], "zh": r["claim"][1]},
            "counterpoints": [{"en": en, "zh": zh, "sources": [dict(s) for s in srcs]} for en, zh, srcs in r["cps"]],
            "notes": "",
        })
    return recs


def statements():
    rows = []
    ids = {r["id"] for r in REBUTTALS}
    for rid, items in GROUPS.items():
        assert rid is None or rid in ids, rid
        for kind, lang, text in items:
            labels = [rid] if kind in POSITIVE else []
            rows.append({"text": text, "lang": lang, "labels": labels, "kind": kind})
    random.Random(20250611).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r_id = f"p-{i:03d}"
        rows[i - 1] = {"id": r_id, **r}
    return rows


def main():
    recs = rebuttal_records()
    (OUT / "rebuttals.yaml").write_text(
        yaml.dump(recs, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=100000), encoding="utf-8")
    rows = statements()
    with open(OUT / "statements.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = collections.Counter(r["kind"] for r in rows)
    langs = collections.Counter(r["lang"] for r in rows)
    kl = collections.Counter((r["kind"], r["lang"]) for r in rows)
    print(len(recs), "rebuttals;", len(rows), "statements")
    print("kinds", dict(kinds))
    print("langs", dict(langs))
    for k in kinds:
        print(f"  {k:28s} en={kl[(k,'en')]:3d} zh={kl[(k,'zh')]:3d}")
    per = collections.defaultdict(collections.Counter)
    for r in rows:
        for l in r["labels"]:
            per[l][r["lang"]] += 1
    print("answerable", sum(1 for r in rows if r["labels"]))
    for rid in [r["id"] for r in REBUTTALS]:
        c = per[rid]
        flag = "" if c["en"] and c["zh"] else "  <-- one language only"
        print(f"  {rid:45s} en={c['en']} zh={c['zh']}{flag}")
    texts = collections.Counter(r["text"] for r in rows)
    dups = [t for t, n in texts.items() if n > 1]
    print("duplicate texts:", dups)


if __name__ == "__main__":
    main()
