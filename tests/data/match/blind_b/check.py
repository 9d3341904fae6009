import json, sys, re, collections, pathlib
import yaml
d = pathlib.Path(sys.argv[1]); errors = 0
rebs = yaml.safe_load((d / "rebuttals.yaml").read_text(encoding="utf-8"))
ids = set()
for r in rebs:
    rid = r.get("id", "?")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{2,79}", str(rid)): print("bad id", rid); errors += 1
    if rid in ids: print("duplicate", rid); errors += 1
    ids.add(rid)
    extra = set(r) - {"id", "status", "rating", "tags", "claim", "counterpoints", "notes"}
    if extra: print(rid, "unexpected keys", extra); errors += 1
    if not (r.get("claim", {}).get("en") and r.get("claim", {}).get("zh")): print(rid, "claim en/zh"); errors += 1
    for c in r.get("counterpoints") or [None]:
        if not c or not c.get("en") or not c.get("zh") or not c.get("sources"): print(rid, "counterpoint needs en, zh, sources"); errors += 1; continue
        for s in c["sources"]:
            if not s.get("title") or not str(s.get("url", "")).startswith(("http://", "https://")): print(rid, "source title/url"); errors += 1
            if not re.fullmatch(r"(\d{4}(-\d{2}(-\d{2})?)?)?", str(s.get("date", ""))): print(rid, "date", s.get("date")); errors += 1
n = 0; used = collections.Counter(); kinds = collections.Counter(); langs = collections.Counter(); sids = set()
for i, line in enumerate((d / "statements.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip(): continue
    try: s = json.loads(line)
    except Exception as e: print("line", i, e); errors += 1; continue
    n += 1
    if s.get("id") in sids: print("dup statement id", s.get("id")); errors += 1
    sids.add(s.get("id")); kinds[s.get("kind")] += 1; langs[s.get("lang")] += 1
    if s.get("lang") not in ("en", "zh") or not s.get("text"): print("line", i, "lang/text"); errors += 1
    for l in s.get("labels", None) if isinstance(s.get("labels"), list) else [None]:
        if l not in ids: print("line", i, "unknown label", l); errors += 1
        used[l] += 1
few = [r for r in ids if used[r] < 4]
if few: print("rebuttals with fewer than 4 statements:", few); errors += 1
print(f"{len(ids)} rebuttals, {n} statements, kinds {dict(kinds)}, langs {dict(langs)}")
print("OK" if not errors else f"{errors} errors")
