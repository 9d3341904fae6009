"""Flag positive statements whose wording is too close to the rebuttal claim (same language)."""
import json, re, sys
from difflib import SequenceMatcher
sys.path.insert(0, ".")
from rebuttals_data import REBUTTALS
claims = {r["id"]: r["claim"] for r in REBUTTALS}
def norm_en(s):
    s = re.sub(r"^(musk (said|claimed|suggested|agreed|argued)( that)?)\s*", "", s.lower())
    return re.findall(r"[a-z0-9]+", s)
def norm_zh(s):
    s = re.sub(r"^马斯克(说|称|表示|认为)[，,]?", "", s)
    return [c for c in s if '\u4e00' <= c <= '\u9fff']
for line in open("../statements.jsonl", encoding="utf-8"):
    d = json.loads(line)
    for l in d["labels"]:
        c = claims[l][d["lang"]]
        a, b = (norm_en(d["text"]), norm_en(c)) if d["lang"] == "en" else (norm_zh(d["text"]), norm_zh(c))
        r = SequenceMatcher(None, a, b).ratio()
        if r > 0.55:
            print(f"{r:.2f} {d['id']} {d['kind']:12s} {d['text']}\n      CLAIM: {c}")
