import re, textwrap

DOCS = []
MARK = re.compile(r"⟦(.*?)⟧", re.S)


def clean(s):
    s = textwrap.dedent(s).strip("\n")
    return s


def strip_marks(s):
    golds = MARK.findall(s)
    out = MARK.sub(lambda m: m.group(1), s)
    assert "⟦" not in out and "⟧" not in out, out
    return out, golds


def D(genre, title, text, hard, kind="article", guests=None, cues=None):
    title, gt = strip_marks(clean(title))
    vtt = None
    if cues is not None:
        kind = "vtt"
        lines = ["WEBVTT", ""]
        gold_text = []
        t = 1
        for spk, cue in cues:
            cue, g = strip_marks(cue)
            gold_text += g
            dur = max(3, len(cue) // 5)
            a, b = t, t + dur
            fmt = lambda x: "00:%02d:%02d.000" % (x // 60, x % 60)
            lines.append(f"{fmt(a)} --> {fmt(b)}")
            lines.append(f"<v {spk}>{cue}")
            lines.append("")
            t = b + 1
        vtt = "\n".join(lines) + "\n"
        text = ""
    else:
        text, gold_text = strip_marks(clean(text))
    d = {
        "genre": genre,
        "kind": kind,
        "title": title,
        "text": text,
        "guests": guests or [],
        "gold": gt + gold_text,
        "hard_case": hard,
    }
    if vtt is not None:
        d["vtt"] = vtt
    DOCS.append(d)
