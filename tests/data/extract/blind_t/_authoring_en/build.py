import json, re, sys
sys.path.insert(0, '/work/blind/t_en/_authoring')
import common, part1, part2, part3, part4  # noqa
from common import DOCS

errs = 0
# transcripts written as 'Name: text' lines
LABEL_IDS = {59, 60, 62, 64, 65, 66, 67, 68, 69, 70}
for d in DOCS:
    if int(d['id'].split('-')[1]) in LABEL_IDS:
        d['kind'] = 'label'
ids = set()
for d in DOCS:
    assert d["id"] not in ids, d["id"]
    ids.add(d["id"])
    if d["kind"] == "vtt":
        cues = re.findall(r"<v [^>]+>(.*)", d["vtt"])
        for g in d["gold"]:
            if not any(g in c for c in cues):
                print("VTT gold not in one cue", d["id"], g); errs += 1
    else:
        for g in d["gold"]:
            if g not in d["title"] and g not in d["text"]:
                print("gold missing", d["id"], repr(g)); errs += 1
    if d["kind"] == "unlabeled" and not d["guests"]:
        print("no guests", d["id"]); errs += 1
with open('/work/blind/t_en/en.jsonl', 'w', encoding='utf-8') as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(DOCS), "docs", errs, "errors")
