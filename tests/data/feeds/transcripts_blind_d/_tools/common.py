"""Shared helpers for the blind transcript batch D (authored content only)."""
import html
import json
import os
import re
import textwrap

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def E(s):
    return html.escape(s, quote=False)


def A(s):
    return html.escape(s, quote=True)


class T:
    """One turn: speaker label as printed, start seconds (or None), paragraphs."""

    def __init__(self, spk, t, *paras, musk=False, **extra):
        self.spk = spk
        self.t = t
        self.paras = list(paras)
        self.musk = musk
        self.extra = extra


def M(spk, t, *paras, **extra):
    return T(spk, t, *paras, musk=True, **extra)


CJK = re.compile(r'[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]')


def snippet(text, n=5):
    text = ' '.join(text.split())
    if CJK.match(text):
        return text[:10]
    return ' '.join(text.split(' ')[:n])


def hms(t):
    t = int(t)
    return f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"


def hms_ms(t):
    whole = int(t)
    msec = int(round((t - whole) * 1000))
    return f"{hms(whole)}.{msec:03d}"


def hms_srt(t):
    whole = int(t)
    msec = int(round((t - whole) * 1000))
    return f"{hms(whole)},{msec:03d}"


def short(t):
    """1:02:03 or 4:05"""
    t = int(t)
    h = t // 3600
    if h:
        return f"{h}:{t % 3600 // 60:02d}:{t % 60:02d}"
    return f"{t // 60}:{t % 60:02d}"


def mmss(t):
    t = int(t)
    return f"{t // 60:02d}:{t % 60:02d}"


def wrap(text, width=70, indent='', first=''):
    return textwrap.fill(' '.join(text.split()), width=width,
                         initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def save(name, page_html, fmt, show, turns, others):
    gold = []
    for tr in turns:
        if not tr.musk:
            continue
        snip = tr.extra.get('snip') or snippet(tr.paras[0])
        assert snip and snip[0] not in '"“‘\'([【（「<', (name, snip)
        gold.append([None if tr.t is None else int(tr.t), snip])
    data = {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": gold, "others": others}
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page_html)
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        d = lambda v: json.dumps(v, ensure_ascii=False)
        f.write('{"speaker": "Elon Musk",\n "format": ' + d(fmt) + ',\n "show": ' + d(show) + ',\n "turns": [')
        f.write(','.join('\n  ' + d(t) for t in gold))
        f.write('\n ],\n "others": ' + d(others) + '}\n' if gold else '],\n "others": ' + d(others) + '}\n')
    total = len(turns)
    print(f"{name:28s} musk_turns={len(gold):2d} total_turns={total:2d} bytes={len(page_html.encode('utf-8'))}")
    return data
