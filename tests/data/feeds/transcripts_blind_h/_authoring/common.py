"""Shared helpers for authoring the h-batch transcript pages.

Each page module builds a list of turns  (speaker_key, start_seconds_or_None, [paragraphs])
and renders it; the gold is derived from that same list, so page and gold cannot drift.
"""
import html
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ELON = "EM"


def E(s):
    return html.escape(s, quote=True)


def first_words(text, zh=False):
    t = " ".join(text.split())
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


def hms(s):
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def hms_short(s):
    s = int(s)
    h, m, x = s // 3600, s % 3600 // 60, s % 60
    return f"{h}:{m:02d}:{x:02d}" if h else f"{m}:{x:02d}"


def mmss(s):
    """minutes may run past 59"""
    s = int(s)
    return f"{s // 60:02d}:{s % 60:02d}"


def hms_ms(s):
    whole = int(s)
    ms = int(round((s - whole) * 1000))
    return f"{hms(whole)}.{ms:03d}"


def gold_turns(turns, zh=False):
    out = []
    for spk, t, paras in turns:
        if spk == ELON:
            out.append([None if t is None else int(t), first_words(" ".join(paras), zh)])
    return out


def write(name, page, fmt, show, turns, others, zh=False, gold=None):
    path = os.path.join(OUT, name)
    with open(path + ".html", "w", encoding="utf-8") as f:
        f.write(page)
    exp = {
        "speaker": "Elon Musk",
        "format": fmt,
        "show": show,
        "turns": gold if gold is not None else gold_turns(turns, zh),
        "others": others,
    }
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return exp


LOREM_SCRIPT = """<script>
window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-%s',{anonymize_ip:true});
</script>"""
