import json, random
import common, p1_wire_live, p2_qa_op_agg, p3_x_earn_pod, p4_rest
docs = common.DOCS
random.Random(7).shuffle(docs)
for i, d in enumerate(docs, 1):
    d["id"] = "k-en-%03d" % i
with open("/work/blind/ext_k_en/en.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print(len(docs), sum(1 for d in docs if d["gold"]), sum(len(d["gold"]) for d in docs))
print(Counter(d["genre"] for d in docs))
