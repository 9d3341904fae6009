import json, sys
sys.path.insert(0, __file__.rsplit('/',1)[0])
import common, b1, b2, b3, b4
with open('/work/blind/m_zh/zh.jsonl', 'w', encoding='utf-8') as f:
    for i, d in enumerate(common.DOCS, 1):
        d["id"] = f"mzh{i:03d}"
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(common.DOCS))
