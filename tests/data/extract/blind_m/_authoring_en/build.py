import json, common
import part1, part2, part3, part4
out = []
for i, d in enumerate(common.DOCS, 1):
    r = {"id": f"men{i:03d}", "lang": "en", "genre": d["genre"], "kind": d["kind"],
         "title": d["title"], "text": d["text"] if d["kind"] != "vtt" else ""}
    if d["kind"] == "vtt":
        r["vtt"] = d["vtt"]
    r["guests"] = d["guests"]; r["gold"] = d["gold"]; r["hard_case"] = d["hard"]
    out.append(r)
with open("/work/blind/m_en/en.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
