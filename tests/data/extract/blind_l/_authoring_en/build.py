"""Build /work/blind/l_en/en.jsonl from part*.py. Gold is marked inline with {{...}}."""
import json, random, re, collections
import part1, part2, part3, part4

MARK = re.compile(r"\{\{(.+?)\}\}")


def strip(s, gold):
    for m in MARK.finditer(s):
        gold.append(m.group(1))
    out = MARK.sub(lambda m: m.group(1), s)
    assert "{{" not in out and "}}" not in out, out
    return out


def ts(sec):
    return "00:%02d:%02d.000" % (sec // 60, sec % 60)


def build(d):
    gold = []
    title = strip(d["title"], gold)
    text = strip(d["text"].strip("\n"), gold)
    doc = {"id": None, "lang": "en", "genre": d["genre"], "kind": d["kind"],
           "title": title, "text": text}
    if d["kind"] == "vtt":
        t, parts, cue_texts = 1, ["WEBVTT\n\n"], []
        for spk, ctext in d["cues"]:
            ctext = strip(ctext, gold)
            cue_texts.append(ctext)
            dur = 3 + len(ctext) // 18
            parts.append(f"{ts(t)} --> {ts(t + dur)}\n<v {spk}>{ctext}\n\n")
            t += dur + 1
        doc["vtt"] = "".join(parts)
        for g in gold:
            assert any(g in c for c in cue_texts), g
    doc["guests"] = d["guests"]
    doc["gold"] = gold
    doc["hard_case"] = d["hard_case"]
    if d["kind"] == "unlabeled":
        assert doc["guests"]
    assert len(set(gold)) == len(gold), gold
    return doc


docs = [build(d) for d in part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS]
random.Random(20240611).shuffle(docs)
for i, d in enumerate(docs, 1):
    d["id"] = "len%03d" % i
with open("/work/blind/l_en/en.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
g = collections.Counter(d["genre"] for d in docs)
print(len(docs), "docs;", sum(bool(d["gold"]) for d in docs), "with gold;",
      sum(len(d["gold"]) for d in docs), "gold statements")
print(dict(sorted(g.items())))
