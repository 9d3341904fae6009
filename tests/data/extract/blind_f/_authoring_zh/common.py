import re
MARK = re.compile(r"⟦(.*?)⟧", re.S)

def _strip(s):
    golds = MARK.findall(s)
    return MARK.sub(lambda m: m.group(1), s), golds

def D(n, genre, kind, title, text, hard, guests=None, cues=None):
    title_c, g1 = _strip(title)
    text_c, g2 = _strip(text)
    d = {"id": "bf-zh%03d" % n, "lang": "zh", "genre": genre, "kind": kind,
         "title": title_c, "text": text_c, "guests": guests or [], "gold": [], "hard_case": hard}
    gold = g1 + g2
    if kind == "vtt":
        assert text == ""
        parts = ["WEBVTT\n\n"]
        d["_cues"] = []
        for (a, b, spk, t) in cues:
            t_c, g3 = _strip(t)
            gold += g3
            d["_cues"].append((spk, t_c, g3))
            parts.append(f"{a} --> {b}\n<v {spk}>{t_c}\n\n")
        d["vtt"] = "".join(parts)
    d["gold"] = gold
    return d
