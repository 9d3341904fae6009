DOCS = []
def D(genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {"id": None, "lang": "en", "genre": genre, "kind": kind, "title": title,
         "text": text, "guests": guests or [], "gold": gold, "hard_case": hard}
    if vtt is not None:
        d["vtt"] = vtt
        d["text"] = ""
    DOCS.append(d)
def V(cues):
    out = "WEBVTT\n\n"
    t = 1
    for spk, txt in cues:
        a = t; b = t + 5
        out += f"00:{a//60:02d}:{a%60:02d}.000 --> 00:{b//60:02d}:{b%60:02d}.000\n<v {spk}>{txt}\n\n"
        t = b + 1
    return out
