"""Helpers to build documents for the English blind batch."""


def D(n, genre, kind, title, text, gold, hard, guests=None, vtt=None):
    d = {"id": f"uen-{n:03d}", "lang": "en", "genre": genre, "kind": kind,
         "title": title, "text": text.strip() if text else ""}
    if vtt is not None:
        d["vtt"] = vtt
        d["text"] = ""
    d["guests"] = list(guests or [])
    d["gold"] = list(gold)
    d["hard_case"] = hard
    return d


def _ts(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def V(cues, start=1.0):
    """cues: list of (speaker, text[, duration]). Speaker None -> no <v> tag."""
    out = ["WEBVTT", ""]
    t = start
    for c in cues:
        spk, txt = c[0], c[1]
        dur = c[2] if len(c) > 2 else max(2.5, min(8.0, len(txt) / 14))
        out.append(f"{_ts(t)} --> {_ts(t + dur)}")
        out.append(f"<v {spk}>{txt}" if spk else txt)
        out.append("")
        t += dur + 0.2
    return "\n".join(out) + "\n"
