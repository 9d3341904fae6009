"""Generate rebuttals.yaml and statements.jsonl for the blind O set."""
import json
import pathlib
import random

import yaml

from reb_data import REBUTTALS
from stmt_data import BY_REBUTTAL, CHINA_UNANSWERED, UNRELATED

HERE = pathlib.Path(__file__).parent
ANSWERABLE = {"paraphrase", "crosslingual", "partial"}


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def rebuttals():
    out = []
    for r in REBUTTALS:
        out.append({
            "id": r["id"],
            "status": "published",
            "rating": r["rating"],
            "tags": list(r["tags"]),
            "claim": {"en": r["claim_en"], "zh": r["claim_zh"]},
            "counterpoints": [
                {"en": en, "zh": zh, "sources": [dict(s) for s in sources]}
                for en, zh, sources in r["cps"]
            ],
            "notes": "",
        })
    return out


def statements(ids):
    rows = []
    assert set(BY_REBUTTAL) == set(ids), set(BY_REBUTTAL) ^ set(ids)
    for rid, items in BY_REBUTTAL.items():
        for kind, lang, text in items:
            rows.append({"text": text, "lang": lang,
                         "labels": [rid] if kind in ANSWERABLE else [], "kind": kind})
    for lang, text in CHINA_UNANSWERED:
        rows.append({"text": text, "lang": lang, "labels": [], "kind": "china-unanswered"})
    for lang, text in UNRELATED:
        rows.append({"text": text, "lang": lang, "labels": [], "kind": "unrelated"})
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate statement text"
    random.Random(20250917).shuffle(rows)
    return [{"id": f"o-s-{i}", **r} for i, r in enumerate(rows, 1)]


def main():
    rebs = rebuttals()
    (HERE / "rebuttals.yaml").write_text(
        yaml.dump(rebs, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=100000),
        encoding="utf-8")
    rows = statements([r["id"] for r in rebs])
    with open(HERE / "statements.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
