"""List characters in traditional-script docs that OpenCC s2t would still change (leftover simplified)."""
import json, sys, opencc
cv = opencc.OpenCC("s2t")
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    s = d["title"] + "\n" + d["text"]
    if not any(c in s for c in "馬們說這國"):
        continue
    t = cv.convert(s)
    diffs = sorted({(a, b) for a, b in zip(s, t) if a != b})
    if diffs:
        print(d["id"], d["genre"], diffs)
