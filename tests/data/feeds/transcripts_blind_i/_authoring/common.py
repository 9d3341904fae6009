"""Shared helpers for the i-batch authoring scripts.

Every page script builds its conversation as data:
    T = [(speaker_key, start_seconds_or_None, [paragraph, ...]), ...]
where speaker_key 'EM' marks Elon Musk.  Gold turns are computed from the
same data that renders the page (first 5 words / first 8 chars of the first
paragraph of each EM turn).
"""
import html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CJK = re.compile(r'[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]')


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def collapse(s):
    return ' '.join(html.unescape(s).split())


def first_words(text):
    t = collapse(text)
    if CJK.search(t[:4]):
        return t[:8]
    return ' '.join(t.split(' ')[:5])


def hms(s):
    return '%02d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60)


def hms1(s):
    return '%d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60)


def mmss(s):
    return '%02d:%02d' % (s // 60, s % 60)


def mixed(s):
    """YouTube-like: m:ss below an hour, h:mm:ss above."""
    if s >= 3600:
        return hms1(s)
    return '%d:%02d' % (s // 60, s % 60)


def gold_turns(T, key='EM'):
    turns = []
    prev = None
    for spk, t, paras in T:
        if spk == key:
            assert prev != key, 'two consecutive EM turns in data: %r' % paras[0][:40]
            turns.append([None if t is None else int(t), first_words(paras[0])])
        prev = spk
    return turns


def emit(name, page, show, fmt, turns, others):
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(page)
    gold = {
        'speaker': 'Elon Musk',
        'format': fmt,
        'show': show,
        'turns': turns,
        'others': others,
    }
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('%-40s %6d bytes  %2d turns' % (name, len(page.encode('utf-8')), len(turns)))
