"""Generate /work/blind/R/zh.jsonl (blind Chinese batch).

Gold spans are marked inline with ⟦ ... ⟧ in title / text / cue text; the markers are
stripped and the marked spans become the gold list, so every gold entry is an exact
substring by construction.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"⟦(.*?)⟧", re.S)
DOCS = []


def _strip(s):
    golds = MARK.findall(s)
    clean = MARK.sub(r"\1", s)
    assert "⟦" not in clean and "⟧" not in clean, s
    return clean, golds


def doc(n, genre, title, text, hard, kind="article", guests=None, cues=None):
    title, g1 = _strip(title)
    d = {"id": f"r-zh-{n}", "lang": "zh", "genre": genre, "kind": kind, "title": title}
    gold = list(g1)
    if kind == "vtt":
        parts = ["WEBVTT\n\n"]
        for start, end, spk, cue in cues:
            cue, g = _strip(cue)
            gold += g
            parts.append(f"{start} --> {end}\n<v {spk}>{cue}\n\n")
        d["text"] = ""
        d["vtt"] = "".join(parts)
    else:
        text, g2 = _strip(text.strip())
        gold += g2
        d["text"] = text
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    DOCS.append(d)


for part in ("zh_part1.py", "zh_part2.py", "zh_part3.py", "zh_part4.py"):
    with open(os.path.join(HERE, part), encoding="utf-8") as f:
        exec(f.read(), {"doc": doc})

DOCS.sort(key=lambda d: int(d["id"].rsplit("-", 1)[1]))
ids = [d["id"] for d in DOCS]
assert ids == [f"r-zh-{i}" for i in range(1, 101)], ids
for d in DOCS:
    hay = d["title"] + "\n" + d["text"] + "\n" + d.get("vtt", "")
    for g in d["gold"]:
        assert g and g in hay, (d["id"], g)
with open(os.path.join(HERE, "zh.jsonl"), "w", encoding="utf-8") as out:
    for d in DOCS:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(DOCS), "docs written")
