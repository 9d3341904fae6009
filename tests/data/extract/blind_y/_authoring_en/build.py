"""Assemble /work/blind/Y_en/en.jsonl from the authoring modules."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import a_wire, b_short, c_transcripts, d_misc  # noqa: E402

docs = a_wire.DOCS + b_short.DOCS + c_transcripts.DOCS + d_misc.DOCS
ids = [d["id"] for d in docs]
assert ids == [f"yen-{i:03d}" for i in range(1, 101)], ids
for d in docs:
    hay = [d["title"], d["text"], d.get("vtt", "")]
    for g in d["gold"]:
        assert any(g in h for h in hay), (d["id"], g)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "en.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

pos = sum(bool(d["gold"]) for d in docs)
print(len(docs), "docs;", pos, "with gold;", sum(len(d["gold"]) for d in docs), "gold statements")
print(dict(collections.Counter(d["genre"] for d in docs)))
print(dict(collections.Counter((d["genre"], bool(d["gold"])) for d in docs)))
