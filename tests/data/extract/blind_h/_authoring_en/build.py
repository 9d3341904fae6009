import json, random, sys
from common import strip, marks, OPEN, CLOSE
import part1, part2, part3, part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
random.Random(20250601).shuffle(docs)


def ts(sec):
    h, r = divmod(sec, 3600)
    m, s = divmod(r, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


out = []
errors = 0
for i, d in enumerate(docs, 1):
    gold = marks(d["title"])
    rec = {"id": f"h-en-{i:03d}", "lang": "en", "genre": d["genre"], "kind": d["kind"],
           "title": strip(d["title"])}
    if d["kind"] == "vtt":
        assert d["cues"], d["title"]
        t, parts = 1.0, ["WEBVTT", ""]
        for spk, txt in d["cues"]:
            gold += marks(txt)
            clean = strip(txt)
            dur = max(2.0, round(len(clean) / 14.0, 1))
            parts += [f"{ts(t)} --> {ts(t + dur)}", f"<v {spk}>{clean}", ""]
            t += dur + 0.4
        rec["text"] = ""
        rec["vtt"] = "\n".join(parts) + "\n"
    else:
        assert not d["cues"]
        gold += marks(d["text"])
        rec["text"] = strip(d["text"])
    rec["guests"] = d["guests"]
    rec["gold"] = gold
    rec["hard_case"] = d["hard_case"]
    if d["kind"] == "unlabeled" and not d["guests"]:
        print("unlabeled without guests", rec["id"]); errors += 1
    for f in ("title", "text", "vtt"):
        if OPEN in rec.get(f, "") or CLOSE in rec.get(f, ""):
            print("stray marker", rec["id"]); errors += 1
    for g in gold:
        if not g.strip() or g != g.strip():
            print("bad gold whitespace", rec["id"], repr(g)); errors += 1
    out.append(rec)

with open("/work/blind/ext_h_en/en.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(len(out), "docs;", sum(bool(r["gold"]) for r in out), "with gold;", sum(len(r["gold"]) for r in out), "gold entries")
print(Counter(r["genre"] for r in out))
print(Counter((r["genre"], bool(r["gold"])) for r in out))
print("errors", errors)
