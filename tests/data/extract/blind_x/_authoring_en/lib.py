import json, re
DOCS = []
MK = re.compile(r"⟦(.*?)⟧", re.S)

def _strip(s):
    gold = MK.findall(s)
    return MK.sub(lambda m: m.group(1), s), gold

def D(genre, kind, title, text, hard, guests=None, vtt=None, extra_gold=None):
    title = title.strip("\n")
    text = text.strip("\n")
    t, g1 = _strip(title)
    x, g2 = _strip(text)
    d = {"id": None, "lang": "en", "genre": genre, "kind": kind, "title": t, "text": x}
    gold = g1 + g2
    if vtt is not None:
        v, g3 = _strip(vtt.strip("\n") + "\n")
        d["vtt"] = v
        gold += g3
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    assert "⟦" not in json.dumps(d, ensure_ascii=False) and "⟧" not in json.dumps(d, ensure_ascii=False), (title, hard)
    DOCS.append(d)
