import json, re, sys
sys.path.insert(0, "/work/blind/ext_h_zh/_authoring")
from common import DOCS
import docs_a, docs_b, docs_c  # noqa: F401  (register documents)

MARK = re.compile(r"⟦(.*?)⟧", re.S)
OUT = "/work/blind/ext_h_zh/zh.jsonl"


def strip(s):
    gold = MARK.findall(s or "")
    return MARK.sub(lambda m: m.group(1), s or ""), gold


def main():
    nums = sorted(d["n"] for d in DOCS)
    assert nums == list(range(1, 101)), nums
    rows = []
    for d in sorted(DOCS, key=lambda d: d["n"]):
        title, g1 = strip(d["title"])
        text, g2 = strip(d["text"])
        gold = g1 + g2
        row = {"id": f"h-zh-{d['n']:03d}", "lang": "zh", "genre": d["genre"], "kind": d["kind"],
               "title": title, "text": text}
        if d["kind"] == "vtt":
            vtt, g3 = strip(d["vtt"])
            assert text == "", d["n"]
            row["vtt"] = vtt
            gold += g3
            cue_texts = [re.sub(r"^<v [^>]+>", "", ln) for ln in vtt.split("\n") if ln.startswith("<v ")]
            for g in g3:
                assert any(g in c for c in cue_texts), (d["n"], g)
        row["guests"] = d["guests"]
        row["gold"] = gold
        row["hard_case"] = d["hard_case"]
        for k in ("title", "text"):
            assert "⟦" not in row[k] and "⟧" not in row[k], (d["n"], k)
        for g in gold:
            assert g.strip() and "\n" not in g, (d["n"], g)
        if d["kind"] == "unlabeled":
            assert d["guests"], d["n"]
        if d["genre"] == "aggregator_headline":
            assert re.search(r" - \S+$", title), d["n"]
        if d["kind"] == "label":
            for ln in text.split("\n"):
                assert re.match(r"^[^：:]{1,20}[：:]", ln), (d["n"], ln)
        rows.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(bool(r["gold"]) for r in rows)
    print(len(rows), "docs;", pos, "with gold;", sum(len(r["gold"]) for r in rows), "gold entries")


if __name__ == "__main__":
    main()
