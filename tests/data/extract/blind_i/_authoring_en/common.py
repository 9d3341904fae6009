import textwrap

def T(s):
    return textwrap.dedent(s).strip()

def doc(genre, kind, title, text, gold, hard, vtt=None, guests=None):
    d = {"lang": "en", "genre": genre, "kind": kind, "title": title,
         "text": text if kind != "vtt" else "", "guests": guests or [],
         "gold": list(gold), "hard_case": hard}
    if kind == "vtt":
        d["vtt"] = vtt
    return d

def make_vtt(cues, start=1.0, step=None):
    """cues: list of (speaker, text[, duration])"""
    out = ["WEBVTT", ""]
    t = start
    for c in cues:
        spk, txt = c[0], c[1]
        dur = c[2] if len(c) > 2 else max(2.5, min(9.0, len(txt) / 15.0))
        a, b = t, t + dur
        out.append(f"{fmt(a)} --> {fmt(b)}")
        out.append(f"<v {spk}>{txt}")
        out.append("")
        t = b + 0.4
    return "\n".join(out) + "\n"

def fmt(x):
    h = int(x // 3600); m = int((x % 3600) // 60); s = x % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"
