import json, sys, collections
path = sys.argv[1]; errors = 0; ids = set(); genres = collections.Counter(); pos = 0; n = 0
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        d = json.loads(line)
    except Exception as e:
        print(f"line {i}: bad JSON: {e}"); errors += 1; continue
    n += 1
    for k in ("id", "lang", "genre", "kind", "title", "text", "guests", "gold", "hard_case"):
        if k not in d:
            print(f"line {i}: missing {k}"); errors += 1
    if d.get("id") in ids:
        print(f"line {i}: duplicate id {d.get('id')}"); errors += 1
    ids.add(d.get("id")); genres[d.get("genre")] += 1
    if d.get("lang") not in ("en", "zh"): print(f"line {i}: lang"); errors += 1
    if d.get("kind") not in ("article", "label", "unlabeled", "vtt"): print(f"line {i}: kind"); errors += 1
    hay = [d.get("title", ""), d.get("text", "")]
    if d.get("kind") == "vtt":
        v = d.get("vtt", "")
        if not v.startswith("WEBVTT"): print(f"line {i}: vtt must start with WEBVTT"); errors += 1
        hay.append(v)
    for g in d.get("gold", []):
        if not g or not any(g in h for h in hay):
            print(f"line {i} ({d.get('id')}): gold not a substring: {g!r}"); errors += 1
    pos += bool(d.get("gold"))
print(f"{n} documents, {pos} with gold, genres: {dict(genres)}")
print("OK" if not errors else f"{errors} errors")
