import html, json, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EM = "EM"


def collapse(s):
    return " ".join(s.split())


def first_words(text, zh=False):
    t = collapse(text)
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


def esc(s, ents=False):
    """HTML-escape text; with ents=True also write typographic chars as named entities."""
    s = html.escape(s, quote=False)
    if ents:
        s = (s.replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;")
              .replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
              .replace("\u2014", "&mdash;").replace("\u2013", "&ndash;")
              .replace("\u2026", "&hellip;").replace("\u00a0", "&nbsp;"))
    return s


def hms(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def hms_short(s):
    """h:mm:ss above an hour, mm:ss below."""
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%02d:%02d" % (s // 60, s % 60)


def mmss_long(s):
    """minutes may exceed 59: 75:10"""
    s = int(s)
    return "%d:%02d" % (s // 60, s % 60)


class T:
    """One turn: speaker key, start seconds (float/int or None), list of paragraphs.
    ptimes: optional per-paragraph times (first one == start)."""
    def __init__(self, spk, t, *paras, ptimes=None, **kw):
        self.spk = spk
        self.t = t
        self.paras = list(paras)
        self.ptimes = ptimes
        self.kw = kw

    @property
    def text(self):
        return " ".join(self.paras)


def gold_turns(turns, zh=False, speaker=EM, time_shown=True):
    out = []
    for t in turns:
        if t.spk != speaker:
            continue
        if len(t.paras) > 1:
            first = collapse(t.paras[0])
            if zh:
                assert len(first) >= 8, first
            else:
                assert len(first.split()) >= 5, first
        tm = None
        if time_shown and t.t is not None:
            tm = int(t.t)
        out.append([tm, first_words(t.text, zh)])
    return out


def write(name, page, fmt, show, turns, others):
    assert page.lstrip().lower().startswith("<!doctype html"), name
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    exp = {"speaker": "Elon Musk", "format": fmt, "show": show,
           "turns": turns, "others": others}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        d = lambda v: json.dumps(v, ensure_ascii=False)
        lines = ["{",
                 '  "speaker": %s,' % d(exp["speaker"]),
                 '  "format": %s,' % d(exp["format"]),
                 '  "show": %s,' % d(exp["show"]),
                 '  "turns": [' + ("" if not turns else "\n" + ",\n".join("    " + d(t) for t in turns) + "\n  ") + "],",
                 '  "others": %s' % d(exp["others"]),
                 "}"]
        f.write("\n".join(lines) + "\n")
    return exp
