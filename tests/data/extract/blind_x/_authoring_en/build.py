import json, sys
sys.path.insert(0, '/work/blind/x_en/_authoring')
import lib, p1_wire, p2_short, p3_live_qa, p4_misc
for i, d in enumerate(lib.DOCS, 1):
    d["id"] = f"xen-{i:03d}"
with open('/work/blind/x_en/en.jsonl', 'w', encoding='utf-8') as f:
    for d in lib.DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(lib.DOCS), sum(bool(d['gold']) for d in lib.DOCS), sum(len(d['gold']) for d in lib.DOCS))
