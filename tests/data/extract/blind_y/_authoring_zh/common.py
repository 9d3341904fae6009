"""Helpers for authoring the Y_zh blind batch.

Gold statements are marked inline with ⟪ ⟫ in title / text / vtt; the markers are
stripped and the marked spans become the "gold" list, so every gold entry is an exact
substring by construction.
"""
import re

MARK = re.compile(r"⟪(.*?)⟫", re.S)


def doc(id, genre, kind, title, text, hard_case, guests=None, vtt=None, lang="zh"):
    gold = []

    def strip(s):
        s = s.strip()
        for m in MARK.finditer(s):
            if m.group(1) not in gold:
                gold.append(m.group(1))
        out = MARK.sub(lambda m: m.group(1), s)
        assert "⟪" not in out and "⟫" not in out, id
        return out

    d = {"id": id, "lang": lang, "genre": genre, "kind": kind,
         "title": strip(title), "text": strip(text) if kind != "vtt" else ""}
    if kind == "vtt":
        d["vtt"] = strip(vtt) + "\n"
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard_case
    return d
