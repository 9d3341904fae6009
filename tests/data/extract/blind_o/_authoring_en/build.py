import sys, json
sys.path.insert(0, '.')
import common, p1, p2, p3, p4
with open('/work/blind/extract_o/en.jsonl', 'w', encoding='utf-8') as f:
    for i, d in enumerate(common.DOCS, 1):
        d['id'] = f'o-en-{i:03d}'
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(common.DOCS), sum(len(d['gold']) for d in common.DOCS))
