"""Assemble the blind English batch: strip ⟦ ⟧ gold markers, validate, write en.jsonl."""
import json, random, re, collections
import part1, part2, part3, part4

OPEN, CLOSE = "⟦", "⟧"

def strip(s):
    out, gold, i = [], [], 0
    while True:
        a = s.find(OPEN, i)
        if a < 0:
            out.append(s[i:]); break
        b = s.find(CLOSE, a)
        assert b > a and OPEN not in s[a+1:b], s[a:a+80]
        out.append(s[i:a]); out.append(s[a+1:b]); gold.append(s[a+1:b]); i = b + 1
    res = "".join(out)
    assert OPEN not in res and CLOSE not in res
    return res, gold

def ts(sec):
    return "%02d:%02d:%02d.000" % (sec // 3600, sec // 60 % 60, sec % 60)

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert len(docs) == 100, len(docs)
out = []
for d in docs:
    title, g1 = strip(d["title"])
    gold = list(g1)
    rec = {"lang": "en", "genre": d["genre"], "kind": d["kind"], "title": title}
    if d["kind"] == "vtt":
        parts, t = ["WEBVTT\n\n"], 1
        for spk, txt in d["cues"]:
            clean, g = strip(txt)
            for x in g:
                assert spk == "Elon Musk", (spk, x)
            gold += g
            dur = 3 + len(clean) // 15
            parts.append(f"{ts(t)} --> {ts(t+dur)}\n<v {spk}>{clean}\n\n")
            t += dur + 1
        rec["text"] = ""
        rec["vtt"] = "".join(parts)
    else:
        text, g2 = strip(d["text"])
        gold += g2
        rec["text"] = text
        if d["kind"] == "label":
            labels = d["musk_labels"]
            for x in g2:
                line = [l for l in text.split("\n") if x in l]
                assert line and all(any(l.startswith(lb) for lb in labels) for l in line), x
    rec["guests"] = d.get("guests", [])
    if d["kind"] == "unlabeled":
        assert rec["guests"]
    else:
        assert rec["guests"] == []
    if d["genre"] == "aggregator_headline":
        assert re.search(r" - [A-Z][\w .'&]+$", title), title
    for x in gold:
        assert x == x.strip() and not x.endswith(","), repr(x)
    rec["gold"] = gold
    rec["hard_case"] = d["hard_case"]
    out.append(rec)

random.Random(20250611).shuffle(out)
with open("en.jsonl", "w", encoding="utf-8") as f:
    for i, rec in enumerate(out, 1):
        rec = {"id": "be-en%03d" % i, **rec}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

g = collections.Counter(r["genre"] for r in out)
gp = collections.Counter(r["genre"] for r in out if r["gold"])
print(len(out), "docs;", sum(1 for r in out if r["gold"]), "with gold;", sum(len(r["gold"]) for r in out), "gold spans")
for k in sorted(g):
    print(f"  {k:22s} {g[k]:3d} docs, {gp[k]} with gold")
