"""Build rebuttals.yaml and statements.jsonl from the hand-written data modules."""
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from rebuttals_data import REBUTTALS  # noqa: E402
from statements_data import S  # noqa: E402

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None


def build_rebuttals():
    out = []
    for r in REBUTTALS:
        out.append({
            "id": r["id"],
            "status": "published",
            "rating": r["rating"],
            "tags": r["tags"],
            "claim": r["claim"],
            "counterpoints": r["counterpoints"],
            "notes": "",
        })
    text = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=100000)
    (OUT / "rebuttals.yaml").write_text(text, encoding="utf-8")
    return out


def build_statements(ids):
    items = list(S)
    texts = [t for _, _, _, t in items]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, dup
    for kind, lang, label, text in items:
        assert label is None or label in ids, label
    rng = random.Random(20240611)
    rng.shuffle(items)
    lines = []
    for i, (kind, lang, label, text) in enumerate(items, 1):
        lines.append(json.dumps({
            "id": f"m-{i:03d}",
            "text": text,
            "lang": lang,
            "labels": [label] if label else [],
            "kind": kind,
        }, ensure_ascii=False))
    (OUT / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return items


def main():
    rebs = build_rebuttals()
    ids = {r["id"] for r in rebs}
    items = build_statements(ids)
    kinds = collections.Counter(k for k, _, _, _ in items)
    langs = collections.Counter(l for _, l, _, _ in items)
    kl = collections.Counter((k, l) for k, l, _, _ in items)
    per = collections.defaultdict(list)
    for k, l, lab, _ in items:
        if lab:
            per[lab].append(l)
    print("rebuttals", len(rebs), "statements", len(items))
    for k, n in kinds.most_common():
        print(f"  {k:28s} {n:4d}  ({100*n/len(items):.1f}%)  en={kl[(k,'en')]} zh={kl[(k,'zh')]}")
    print("  langs", dict(langs))
    for rid in sorted(ids):
        ls = per[rid]
        flag = "" if len(ls) >= 4 and set(ls) == {"en", "zh"} else "  <-- CHECK"
        print(f"  {rid:50s} {len(ls)} en={ls.count('en')} zh={ls.count('zh')}{flag}")


if __name__ == "__main__":
    main()
