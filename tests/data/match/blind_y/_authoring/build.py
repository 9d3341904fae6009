"""Build rebuttals.yaml and statements.jsonl for blind set y."""
import collections, json, pathlib, random, sys
import yaml

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from rebuttals_data import REBUTTALS
from statements_data import S

OUT = pathlib.Path(__file__).resolve().parent.parent
LABELLED = {"paraphrase", "crosslingual", "partial"}


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    ids = {r["id"] for r in REBUTTALS}
    for g in S:
        assert g.startswith("_") or g in ids, g
    rows = []
    for g, items in S.items():
        for kind, lang, text in items:
            labels = [g] if kind in LABELLED else []
            rows.append({"text": text, "lang": lang, "labels": labels, "kind": kind})
    random.Random(20250601).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"y-{i}", **r})
    (OUT / "rebuttals.yaml").write_text(
        yaml.dump(REBUTTALS, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8")
    (OUT / "statements.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    k = collections.Counter(o["kind"] for o in out)
    l = collections.Counter(o["lang"] for o in out)
    kl = collections.Counter((o["kind"], o["lang"]) for o in out)
    per = collections.defaultdict(collections.Counter)
    for o in out:
        for lab in o["labels"]:
            per[lab][o["lang"]] += 1
    print(len(out), dict(k), dict(l))
    for kk in sorted(k):
        print(f"  {kk:28s} en={kl[(kk,'en')]:3d} zh={kl[(kk,'zh')]:3d}")
    for rid in sorted(ids):
        print(f"  {rid:45s} {dict(per[rid])}")

main()
