def D(genre, title, text, gold, hc, kind="article", guests=None, vtt=None):
    d = {"lang": "zh", "genre": genre, "kind": kind, "title": title,
         "text": text, "guests": guests or [], "gold": gold, "hard_case": hc}
    if kind == "vtt":
        d["vtt"] = vtt
        d["text"] = ""
    return d


def VTT(cues):
    """cues: list of (speaker, text); 4.5 s per cue."""
    out = ["WEBVTT", ""]
    t = 1.0
    for spk, txt in cues:
        dur = max(3.0, min(7.0, len(txt) * 0.22))
        def ts(x):
            h = int(x // 3600); m = int(x % 3600 // 60); s = x % 60
            return f"{h:02d}:{m:02d}:{s:06.3f}"
        out.append(f"{ts(t)} --> {ts(t + dur)}")
        out.append(f"<v {spk}>{txt}")
        out.append("")
        t += dur
    return "\n".join(out) + "\n"
