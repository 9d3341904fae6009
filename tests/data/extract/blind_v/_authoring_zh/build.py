import json, re, collections
from lib import DOCS
import docs_1, docs_2, docs_3, docs_4, docs_5  # noqa: F401 (they append to DOCS)

def cues(vtt):
    out = []
    for block in vtt.split("\n\n"):
        lines = block.strip().split("\n")
        if len(lines) >= 2 and "-->" in lines[0]:
            t = "\n".join(lines[1:])
            t = re.sub(r"^<v [^>]*>", "", t)
            out.append(t)
    return out

bad = 0
ids = [d["id"] for d in DOCS]
assert len(ids) == len(set(ids)) == 100, (len(ids), len(set(ids)))
assert ids == [f"vzh-{i}" for i in range(1, 101)], "order"
for d in DOCS:
    for g in d["gold"]:
        if d["kind"] == "vtt":
            if not any(g in c for c in cues(d["vtt"])):
                print(d["id"], "VTT gold not in a cue:", g); bad += 1
        elif not (g in d["title"] or g in d["text"]):
            print(d["id"], "gold not substring:", g); bad += 1
        if g != g.strip():
            print(d["id"], "whitespace gold", repr(g))
    if len(d["gold"]) != len(set(d["gold"])):
        print(d["id"], "duplicate gold")
    if d["kind"] == "unlabeled" and not d["guests"]:
        print(d["id"], "no guests")
with open("../zh.jsonl", "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in DOCS)
print("bad", bad, "pos", sum(bool(d["gold"]) for d in DOCS), "gold", sum(len(d["gold"]) for d in DOCS))
print(dict(g))
