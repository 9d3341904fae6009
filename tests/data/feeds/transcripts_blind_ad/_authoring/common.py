"""Shared helpers for authoring the blind transcript batch (stdlib only).

Each page module builds its transcript from a list of turn dicts:
    {"s": speaker-key, "p": [paragraph-or-cue html fragments], optional:
     "at": absolute start seconds (jump), "nt": True (page shows no time for
     this turn), "label": override label text}
assign_times() fills "ts" (one start time per paragraph/cue, float seconds).
gold() turns the same data into the expected.json "turns" list, so the page
and its gold come from one source.
"""
import html as _html
import json
import os
import random
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = "E"  # speaker key for Elon Musk in every page's data


def plain(frag):
    """Text of an inline HTML fragment: tags removed, entities decoded, ws collapsed."""
    s = re.sub(r"<[^>]+>", "", frag)
    s = _html.unescape(s)
    return " ".join(s.split())


def first_words(paras, zh=False):
    text = " ".join(plain(p) for p in paras)
    text = " ".join(text.split())
    if zh:
        return text[:8]
    return " ".join(text.split(" ")[:5])


def check_first_unit(paras, zh=False):
    """The snippet must come from the first paragraph/cue alone (never span into the
    next one, where a timestamp or label could sit in between)."""
    p0 = plain(paras[0])
    if len(paras) > 1:
        if zh:
            assert len(p0) >= 8, ("first unit too short", p0)
        else:
            assert len(p0.split()) >= 5, ("first unit too short", p0)
    assert p0[:1] not in "\"'“‘「『[(（【〔<", ("turn starts with quote/bracket", p0)


def assign_times(turns, start=0.0, wps=2.7, zh=False, seed=1, gap=0.7):
    rnd = random.Random(seed)
    t = float(start)
    for turn in turns:
        if "at" in turn:
            t = float(turn["at"]) + rnd.random() * 0.9
        turn["ts"] = []
        for p in turn["p"]:
            turn["ts"].append(round(t, 3))
            txt = plain(p)
            cjk = len(re.findall(r"[\u3000-\u9fff\uff00-\uffef]", txt))
            if zh:
                dur = len(txt) / 4.3
            else:
                dur = len(re.sub(r"[\u3000-\u9fff\uff00-\uffef]", "", txt).split()) / wps + cjk / 4.3
            t += dur + gap + rnd.random() * 0.8
    return t


def gold(turns, zh=False, key=E):
    out = []
    for turn in turns:
        if turn["s"] != key:
            continue
        check_first_unit(turn["p"], zh)
        t = None if (turn.get("nt") or "ts" not in turn) else int(turn["ts"][0])
        out.append([t, first_words(turn["p"], zh)])
    return out


# ---- time formats -------------------------------------------------------
def mmss(t):  # minutes may exceed 59, zero padded: 04:12, 72:15
    t = int(t)
    return f"{t // 60:02d}:{t % 60:02d}"


def m_ss(t):  # 4:12, 72:15
    t = int(t)
    return f"{t // 60}:{t % 60:02d}"


def hhmmss(t):
    t = int(t)
    return f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"


def auto(t, pad=True):
    """mm:ss under an hour, h:mm:ss from an hour on (mixed on one page)."""
    t = int(t)
    if t >= 3600:
        return f"{t // 3600}:{t % 3600 // 60:02d}:{t % 60:02d}"
    return mmss(t) if pad else m_ss(t)


def iso(t):
    t = int(t)
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m or h else "") + f"{s}S"


def hms_letters(t):  # 20m34s / 1h02m05s
    t = int(t)
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    return (f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s")


def esc(s):
    return _html.escape(s, quote=True)


def write(name, html_text, expected):
    assert set(expected) == {"speaker", "format", "show", "turns", "others"}
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html_text)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


def expected(fmt, show, turns, others):
    return {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": turns, "others": others}
