"""Shared helpers for authoring batch af (stdlib only)."""
import html, json, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EM = 'EM'
REGISTRY = []  # (name, summary) for the report

_TAG = re.compile(r'<[^>]+>')


def plain(s):
    s = _TAG.sub('', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()


def snip(s, zh=False):
    t = plain(s)
    if zh:
        return t[:8]
    return ' '.join(t.split(' ')[:5])


def check_first_para(paras, zh=False):
    """A multi-paragraph turn must have a first paragraph long enough that the
    snippet never spans two elements."""
    if len(paras) > 1:
        t = plain(paras[0])
        if zh:
            assert len(t) >= 8, t
        else:
            assert len(t.split(' ')) >= 5, t


def gold_from(turns, zh=False, text_index=None):
    """turns: list of (speaker, time_or_None, [paragraph html, ...])."""
    out = []
    for spk, t, paras in turns:
        if spk != EM:
            continue
        check_first_para(paras, zh)
        out.append([None if t is None else int(t), snip(paras[0], zh)])
    return out


def hms(s):
    s = int(s)
    return '%02d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60)


def mss(s):
    s = int(s)
    return '%02d:%02d' % (s // 60, s % 60)


def h_or_m(s, pad_m=True):
    """h:mm:ss over an hour, mm:ss (or m:ss) under."""
    s = int(s)
    if s >= 3600:
        return '%d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60)
    return ('%02d:%02d' if pad_m else '%d:%02d') % (s // 60, s % 60)


def write(name, page, fmt, show, turns, others, summary):
    assert page.lstrip().lower().startswith('<!doctype html'), name
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    gold = {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": turns, "others": others}
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        d = lambda x: json.dumps(x, ensure_ascii=False)
        lines = ['{', '  "speaker": %s,' % d(gold['speaker']), '  "format": %s,' % d(fmt),
                 '  "show": %s,' % d(show)]
        if turns:
            lines.append('  "turns": [')
            lines.append(',\n'.join('    ' + d(t) for t in turns))
            lines.append('  ],')
        else:
            lines.append('  "turns": [],')
        lines.append('  "others": %s' % d(others))
        lines.append('}')
        f.write('\n'.join(lines) + '\n')
        assert json.loads('\n'.join(lines)) == gold
    REGISTRY.append((name, summary, len(turns)))
