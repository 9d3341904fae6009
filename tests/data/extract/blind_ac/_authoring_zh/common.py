"""Helpers for authoring the aczh batch. Gold spans are marked inline with ⟦ ⟧."""
import re

MARK = re.compile(r"⟦(.*?)⟧", re.S)


def _split(s):
    golds = MARK.findall(s)
    clean = s.replace("⟦", "").replace("⟧", "")
    return clean, golds


def D(n, genre, title, text="", kind="article", guests=None, cues=None, hard=""):
    gold = []
    title_c, g = _split(title)
    gold += g
    text_c, g = _split(text.strip("\n"))
    gold += g
    doc = {
        "id": f"aczh-{n}",
        "lang": "zh",
        "genre": genre,
        "kind": kind,
        "title": title_c,
        "text": text_c,
    }
    if kind == "vtt":
        assert cues
        parts = ["WEBVTT\n\n"]
        for (s, e, spk, t) in cues:
            t_c, g = _split(t)
            gold += g
            parts.append(f"{s} --> {e}\n<v {spk}>{t_c}\n\n")
        doc["text"] = ""
        doc["vtt"] = "".join(parts)
    doc["guests"] = list(guests or [])
    seen, uniq = set(), []
    for x in gold:
        if x not in seen:
            seen.add(x)
            uniq.append(x)
    doc["gold"] = uniq
    doc["hard_case"] = hard
    return doc
