"""Shared helpers for the z-batch. Pages are rendered from data; gold is recorded
at the moment each Musk turn is rendered (Gold.m), so gold order == page order."""
import html
import re

SPEAKER = "Elon Musk"


def visible(text_html):
    t = re.sub(r"<[^>]+>", " ", text_html)
    t = html.unescape(t)
    return " ".join(t.split())


def first_words(text_html, n=5):
    return " ".join(visible(text_html).split(" ")[:n])


def first_chars(text_html, n=8):
    return visible(text_html)[:n]


class Gold:
    def __init__(self, show, fmt, zh=False):
        self.show = show
        self.fmt = fmt
        self.zh = zh
        self.turns = []
        self.others = []

    def m(self, sec, text):
        """Record one Musk turn (sec may be None or float) and return text unchanged."""
        snip = first_chars(text) if self.zh else first_words(text)
        self.turns.append([None if sec is None else int(sec), snip])
        return text

    def other(self, *labels):
        for lab in labels:
            if lab not in self.others:
                self.others.append(lab)

    def as_json(self):
        return {
            "speaker": SPEAKER,
            "format": self.fmt,
            "show": self.show,
            "turns": self.turns,
            "others": self.others,
        }


# ---- time formatting -------------------------------------------------------
def hms(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def hms_short(s):
    """YouTube style: m:ss below an hour, h:mm:ss above."""
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def mmss(s):
    """mm:ss with minutes allowed above 59."""
    s = int(s)
    return "%02d:%02d" % (s // 60, s % 60)


def iso_dur(s):
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    out = "PT"
    if h:
        out += "%dH" % h
    if m:
        out += "%dM" % m
    out += "%dS" % sec
    return out


def t_frag(s):
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return ("%dh%02dm%02ds" % (h, m, sec)) if h else ("%dm%02ds" % (m, sec))


def hms_ms(s):
    ms = int(round((s - int(s)) * 1000))
    return "%s.%03d" % (hms(s), ms)


def t(h=0, m=0, s=0):
    return h * 3600 + m * 60 + s


LOREM_FOOT = """
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-%s');
</script>
"""
