import json, random, re, sys, collections
sys.path.insert(0, __file__.rsplit('/', 1)[0])
import part1, part2, part3, part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
random.Random(20250611).shuffle(docs)

def cue_texts(vtt):
    out = []
    for line in vtt.split("\n"):
        m = re.match(r"<v [^>]+>(.*)$", line)
        if m:
            out.append(m.group(1))
    return out

out = []
for i, d in enumerate(docs, 1):
    d = dict(d)
    rec = {"id": f"i-en-{i:03d}"}
    rec.update(d)
    if rec["kind"] == "vtt":
        cues = cue_texts(rec["vtt"])
        for g in rec["gold"]:
            assert any(g in c for c in cues), (rec["id"], g)
    else:
        for g in rec["gold"]:
            assert g in rec["title"] or g in rec["text"], (rec["id"], g)
    if rec["kind"] == "unlabeled":
        assert rec["guests"], rec["id"]
    if rec["genre"] == "aggregator_headline":
        assert re.search(r" - [^-]+$", rec["title"]), rec["id"]
    out.append(rec)

with open("/work/blind/ext_i_en/en.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print("docs", len(out))
print("with gold", sum(1 for r in out if r["gold"]))
print("gold entries", sum(len(r["gold"]) for r in out))
print(collections.Counter(r["genre"] for r in out))
print(collections.Counter((r["genre"], bool(r["gold"])) for r in out))
