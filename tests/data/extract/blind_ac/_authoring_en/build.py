"""Build /work/blind/ac_en/en.jsonl from the docs_*.py modules.
Gold spans are marked ⟦...⟧ in title/text/vtt; markers are stripped here."""
import json, random, re, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
import common
import docs_wire, docs_agg, docs_transcripts, docs_calls, docs_other, docs_misc  # noqa: F401

OPEN, CLOSE = "⟦", "⟧"
SPAN = re.compile(r"⟦([^⟦⟧]*)⟧")


def strip(field):
    golds = SPAN.findall(field)
    clean = SPAN.sub(lambda m: m.group(1), field)
    assert OPEN not in clean and CLOSE not in clean, field[:200]
    return clean, golds


def main():
    docs = list(common.DOCS)
    assert len(docs) == 100, len(docs)
    random.Random(20250611).shuffle(docs)
    out = []
    for i, d in enumerate(docs, 1):
        gold = []
        title, g = strip(d["title"]); gold += g
        text, g = strip(d["text"]); gold += g
        rec = {"id": f"acen-{i}", "lang": "en", "genre": d["genre"], "kind": d["kind"],
               "title": title, "text": text}
        if d["kind"] == "vtt":
            vtt, g = strip(d["vtt"]); gold += g
            assert all("\n" not in x and "<v" not in x for x in g)
            rec["vtt"] = vtt
        rec["guests"] = d["guests"]
        rec["gold"] = gold
        rec["hard_case"] = d["hard_case"]
        if d["genre"] == "aggregator_headline":
            assert re.search(r" - [A-Z][\w .]+$", title), title
            assert all(" - " not in x for x in gold)
        if d["kind"] == "unlabeled":
            assert d["guests"], d["title"]
        out.append(rec)
    with open("/work/blind/ac_en/en.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out))


if __name__ == "__main__":
    main()
