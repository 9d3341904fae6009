import re

MARK = re.compile(r"⟦(.*?)⟧", re.S)


def D(genre, kind, title, text, hard, guests=None, vtt=None):
    """A document; gold spans are marked inline with ⟦...⟧ in title, text or vtt."""
    return dict(genre=genre, kind=kind, title=title.strip("\n"), text=text.strip("\n"),
                hard=hard, guests=guests or [], vtt=vtt.strip("\n") + "\n" if vtt else None)


def cues(*pairs, start=1.0, step=4.5):
    """Build a WebVTT document from (speaker, text) pairs."""
    out = ["WEBVTT", ""]
    t = start
    for who, line in pairs:
        a, b = t, t + step
        out.append(f"{fmt(a)} --> {fmt(b)}")
        out.append(f"<v {who}>{line}")
        out.append("")
        t = b
    return "\n".join(out)


def fmt(s):
    h = int(s // 3600); m = int(s % 3600 // 60); sec = s % 60
    return f"{h:02d}:{m:02d}:{sec:06.3f}"
