"""Shared helpers for the y-batch generator.

Each page module builds its HTML from a list of segments and records the gold
turns for Elon Musk from the very same data (see Gold.add)."""
import html
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def esc(s, ents=False):
    """HTML-escape text; with ents=True also turn typographic characters into
    named entities, as many CMSes do."""
    s = html.escape(s, quote=False)
    if ents:
        for a, b in (("\u2019", "&rsquo;"), ("\u2018", "&lsquo;"), ("\u201c", "&ldquo;"),
                     ("\u201d", "&rdquo;"), ("\u2014", "&mdash;"), ("\u2013", "&ndash;"),
                     ("\u2026", "&hellip;"), ("\u00e9", "&eacute;"), ("\u00fc", "&uuml;")):
            s = s.replace(a, b)
    return s


def first_words(text):
    t = " ".join(text.split())
    if CJK.match(t[0]):
        return t[:8]
    return " ".join(t.split(" ")[:5])


def hms(s):
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def h_mss(s):
    """h:mm:ss past the hour, m:ss / mm:ss before it."""
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def mm_ss(s):
    """mm:ss with minutes allowed past 59."""
    return "%02d:%02d" % (s // 60, s % 60)


def ts(x):
    """Parse 'h:mm:ss', 'mm:ss', 'hh:mm:ss.mmm' into float seconds."""
    parts = x.split(":")
    v = 0.0
    for p in parts:
        v = v * 60 + float(p)
    return v


class Gold:
    def __init__(self, show, fmt):
        self.show = show
        self.fmt = fmt
        self.turns = []
        self.others = []

    def add(self, t, text, cont=False):
        """cont: more text of the same turn follows in another element; then the
        first element alone must already hold the whole snippet."""
        fw = first_words(text)
        if cont:
            t0 = " ".join(text.split())
            assert (len(fw) == 8 if CJK.match(t0[0]) else len(fw.split(" ")) == 5), (text, fw)
        self.turns.append([None if t is None else int(t), fw])

    def other(self, label):
        if label not in self.others:
            self.others.append(label)

    def write(self, name, page):
        with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        d = {"speaker": SPEAKER, "format": self.fmt, "show": self.show,
             "turns": self.turns, "others": self.others}
        j = lambda x: json.dumps(x, ensure_ascii=False)
        text = "{\n" + ",\n".join(
            [' "%s": %s' % (k, j(d[k])) for k in ("speaker", "format", "show")]
            + [' "turns": [' + ",".join("\n  " + j(t) for t in self.turns) + ("\n ]" if self.turns else "]")]
            + [' "others": %s' % j(self.others)]) + "\n}\n"
        assert json.loads(text) == d
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(text)
        return d


ANALYTICS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '%s', { anonymize_ip: true });
</script>"""


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"
