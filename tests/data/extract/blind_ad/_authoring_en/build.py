"""Build /work/blind/ad_en/en.jsonl from the authoring modules."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wire, feeds, transcripts, rest

docs = wire.DOCS + feeds.DOCS + transcripts.DOCS + rest.DOCS
random.Random(20250611).shuffle(docs)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "en.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, d in enumerate(docs, 1):
        gold = list(dict.fromkeys(d["gold"]))
        assert "[[" not in d["title"] + d["text"] + d.get("vtt", "") and "]]" not in d["title"] + d["text"] + d.get("vtt", "")
        rec = {"id": f"aden-{i}", "lang": d["lang"], "genre": d["genre"], "kind": d["kind"],
               "title": d["title"], "text": d["text"]}
        if d["kind"] == "vtt":
            rec["vtt"] = d["vtt"]
        rec.update(guests=d["guests"], gold=gold, hard_case=d["hard_case"])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written to", os.path.normpath(out))
