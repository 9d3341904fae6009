import json, sys
sys.path.insert(0, '/work/blind/extract_o/_authoring_zh')
import common
import part_a, part_b, part_c, part_d
docs = common.DOCS
with open('/work/blind/extract_o/zh.jsonl', 'w', encoding='utf-8') as f:
    for i, d in enumerate(docs, 1):
        out = {"id": f"o-zh-{i:03d}", "lang": "zh"}
        out.update(d)
        if out["genre"] == "podcast_labelled":
            out["kind"] = "label"
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(len(docs))
