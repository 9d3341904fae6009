DOCS = []


def add(genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {
        "id": "afen-%d" % (len(DOCS) + 1),
        "lang": "en",
        "genre": genre,
        "kind": kind,
        "title": title.strip(),
        "text": text.strip(),
    }
    if vtt is not None:
        d["vtt"] = vtt
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    DOCS.append(d)
    return d


def make_vtt(cues):
    out = ["WEBVTT", ""]
    for start, end, who, line in cues:
        out.append("%s --> %s" % (start, end))
        out.append("<v %s>%s" % (who, line))
        out.append("")
    return "\n".join(out) + "\n"
