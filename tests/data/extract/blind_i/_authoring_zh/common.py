# Helpers. Gold spans are marked inline with ⟦ ... ⟧ in title/text/vtt;
# build.py strips the markers and records the spans as gold, so every gold
# entry is a copy-exact substring.
def P(*paras):
    return "\n".join(paras)

def D(genre, title, text, hard_case, kind="article", vtt="", guests=None):
    return dict(genre=genre, kind=kind, title=title, text=text, vtt=vtt,
                guests=guests or [], hard_case=hard_case)

def VTT(*cues):
    out = ["WEBVTT", ""]
    for start, end, spk, txt in cues:
        out.append(f"{start} --> {end}")
        out.append(f"<v {spk}>{txt}")
        out.append("")
    return "\n".join(out)
