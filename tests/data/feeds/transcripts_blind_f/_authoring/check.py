import json, glob, os, re, html
D = "/work/blind/transcripts_f"
tot = 0; bad = 0
for j in sorted(glob.glob(D + "/*.expected.json")):
    name = os.path.basename(j)[:-len(".expected.json")]
    h = open(D + "/" + name + ".html").read()
    e = json.load(open(j))
    assert set(e) == {"speaker", "format", "show", "turns", "others"}, name
    assert e["speaker"] == "Elon Musk"
    assert h.lstrip().lower().startswith("<!doctype html")
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", h)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    t = re.sub(r"\s+", " ", html.unescape(t).replace("\xa0", " "))
    size = len(h.encode())
    pos = 0
    for s, sn in e["turns"]:
        assert s is None or isinstance(s, int)
        assert sn and sn[0] not in "\"'“‘[(【（「", (name, sn)
        i = t.find(sn, pos)
        if i < 0:
            print("MISSING/ORDER", name, sn); bad += 1
        else: pos = i + 1
    tot += len(e["turns"])
    print(f"{name:24s} {size:6d}B turns={len(e['turns']):2d} others={e['others']}")
    if not 3000 <= size <= 40000: print("SIZE!", name); bad += 1
print("pages", len(glob.glob(D + "/*.expected.json")), "musk turns", tot, "problems", bad)
