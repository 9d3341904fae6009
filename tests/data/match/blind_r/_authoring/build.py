"""Build statements.jsonl from the hand-written statements.txt (one statement per line).

Line format:  KIND || LANG || LABELS || TEXT
KIND: P paraphrase, X crosslingual, PA partial, DN different-number, OS opposite-stance,
      ST same-topic-different-claim, CU china-unanswered, UN unrelated
LABELS: comma-separated short codes (R1..R32) or "-" for none.
The file is shuffled with a fixed seed and numbered r-001 ... r-300.
"""
import collections
import json
import pathlib
import random

import yaml

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent

KINDS = {"P": "paraphrase", "X": "crosslingual", "PA": "partial", "DN": "different-number",
         "OS": "opposite-stance", "ST": "same-topic-different-claim", "CU": "china-unanswered",
         "UN": "unrelated"}
CODES = {
    "R1": "chinese-automakers-will-demolish-rivals",
    "R2": "byd-profitable-only-from-subsidies",
    "R3": "byd-cars-worse-quality-than-tesla",
    "R4": "tesla-top-ev-brand-in-china",
    "R5": "eu-tariffs-hit-tesla-like-everyone",
    "R6": "chinese-evs-flooding-us-roads",
    "R7": "tesla-got-no-special-help-in-china",
    "R8": "giga-shanghai-over-half-tesla-output",
    "R9": "giga-shanghai-built-in-under-a-year",
    "R10": "china-makes-three-quarters-of-battery-cells",
    "R11": "china-refines-almost-all-lithium",
    "R12": "china-holds-nearly-all-rare-earth-reserves",
    "R13": "rare-earth-curbs-halted-optimus",
    "R14": "china-electricity-already-triple-us",
    "R15": "china-power-mostly-solar-and-wind",
    "R16": "china-stopped-building-coal-plants",
    "R17": "china-makes-over-80-percent-of-solar-panels",
    "R18": "export-controls-stopped-china-ai",
    "R19": "deepseek-cost-only-six-million",
    "R20": "deepseek-has-50000-h100s",
    "R21": "huawei-ascend-equal-to-nvidia",
    "R22": "china-installs-half-of-world-robots",
    "R23": "china-highest-robot-density",
    "R24": "chinese-humanoids-far-behind-optimus",
    "R25": "china-population-will-halve-by-2100",
    "R26": "china-population-shrinking-by-tens-of-millions",
    "R27": "china-births-halved-since-2016",
    "R28": "chinese-workers-never-leave-factory",
    "R29": "china-launches-more-rockets-than-us",
    "R30": "china-moon-landing-before-us",
    "R31": "tiktok-ban-violates-free-speech",
    "R32": "qianfan-will-rival-starlink-soon",
}


def main():
    ids = {r["id"] for r in yaml.safe_load((OUT / "rebuttals.yaml").read_text(encoding="utf-8"))}
    assert set(CODES.values()) == ids, set(CODES.values()) ^ ids
    rows = []
    for n, line in enumerate((HERE / "statements.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, lang, labels, text = [p.strip() for p in line.split("||")]
        labels = [] if labels == "-" else [CODES[c.strip()] for c in labels.split(",")]
        assert kind in KINDS and lang in ("en", "zh"), (n, line)
        if kind in ("P", "X", "PA"):
            assert labels, (n, line)
        else:
            assert not labels, (n, line)
        rows.append({"text": text, "lang": lang, "labels": labels, "kind": KINDS[kind]})
    texts = collections.Counter(r["text"] for r in rows)
    assert all(v == 1 for v in texts.values()), [t for t, v in texts.items() if v > 1]
    random.Random(20250611).shuffle(rows)
    with open(OUT / "statements.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"r-{i:03d}", **r}, ensure_ascii=False) + "\n")
    kinds = collections.Counter(r["kind"] for r in rows)
    langs = collections.Counter(r["lang"] for r in rows)
    kl = collections.Counter((r["kind"], r["lang"]) for r in rows)
    used = collections.Counter(l for r in rows for l in r["labels"])
    used_lang = collections.defaultdict(set)
    for r in rows:
        for l in r["labels"]:
            used_lang[l].add(r["lang"])
    print(len(rows), dict(kinds), dict(langs))
    for k in KINDS.values():
        print(f"  {k:28s} en={kl[(k, 'en')]:3d} zh={kl[(k, 'zh')]:3d}")
    for c, rid in CODES.items():
        print(f"  {c:4s} {rid:48s} {used[rid]} {sorted(used_lang[rid])}")


if __name__ == "__main__":
    main()
