"""Shared helpers for authoring the Z_en blind batch.

Gold spans are written inline in the text between the markers ⟦ and ⟧; the
helpers strip the markers and collect the spans, so every gold entry is an exact
substring of the final title/text/cue by construction.
"""
import re

MARK = re.compile(r"⟦(.*?)⟧", re.S)


def strip_marks(s):
    gold = [m.group(1) for m in MARK.finditer(s)]
    clean = MARK.sub(lambda m: m.group(1), s)
    assert "⟦" not in clean and "⟧" not in clean, clean[:80]
    for g in gold:
        assert g and g == g.strip(), repr(g)
    return clean, gold


def _ts(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def build_vtt(cues, start=1.0):
    """cues: list of (speaker, text). Duration is derived from text length."""
    out, gold, t = ["WEBVTT\n\n"], [], start
    for speaker, text in cues:
        clean, g = strip_marks(text)
        gold += g
        dur = max(2.0, min(7.5, len(clean) / 14.0))
        out.append(f"{_ts(t)} --> {_ts(t + dur)}\n<v {speaker}>{clean}\n\n")
        t += dur + 0.2
    return "".join(out), gold


def doc(num, genre, kind, title, text, hard_case, guests=(), cues=None):
    title_c, g_title = strip_marks(title)
    d = {"id": f"zen-{num:03d}", "lang": "en", "genre": genre, "kind": kind,
         "title": title_c}
    if kind == "vtt":
        assert cues and not text.strip()
        vtt, g_body = build_vtt(cues)
        d["text"] = ""
        d["vtt"] = vtt
    else:
        assert cues is None
        text_c, g_body = strip_marks(text.strip())
        d["text"] = text_c
    d["guests"] = list(guests)
    d["gold"] = g_title + g_body
    d["hard_case"] = hard_case
    return d
