import json, common, part_a, part_b, part_c, part_d
with open("/work/blind/AB_en/en.jsonl", "w", encoding="utf-8") as f:
    for d in common.DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(common.DOCS))
