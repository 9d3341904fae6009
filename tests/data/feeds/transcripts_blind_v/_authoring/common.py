"""Shared helpers for the v-batch authoring scripts.

Every page module builds its transcript from a list of Turn objects and renders
it; gold turns are derived from the very same list, so page and gold cannot drift.
"""
import html as _html
import re

E = "E"  # speaker key for Elon Musk in every page's data


class Turn:
    """One labelled stretch of speech.

    spk   : speaker key ("E" for Elon Musk, anything else for others)
    t     : start time in seconds (int/float) or None when the page shows none
    paras : list of HTML-fragment paragraphs (first one starts the turn)
    pt    : optional per-paragraph/cue times (for pages that print a time on
            every paragraph); pt[0] must equal t
    label : the label as printed on the page for this turn (None = unlabelled)
    kw    : free extras for the renderer
    """

    def __init__(self, spk, t, paras, label=None, pt=None, **kw):
        if isinstance(paras, str):
            paras = [paras]
        self.spk, self.t, self.paras, self.label, self.pt, self.kw = spk, t, paras, label, pt, kw
        if pt is not None:
            assert len(pt) == len(paras), (pt, paras)
            assert pt[0] == t

    def __repr__(self):
        return f"Turn({self.spk!r},{self.t!r},{self.paras[0][:30]!r})"


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def norm(s):
    return re.sub(r"\s+", " ", _html.unescape(strip_tags(s))).strip()


def is_cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s[:4])


def first_words(s):
    t = norm(s)
    if is_cjk(t):
        return t[:8]
    return " ".join(t.split(" ")[:5])


def gold(turns, key=E):
    """Gold list [[start_or_None, snippet], ...] for speaker `key`.

    Consecutive turns of the same speaker are forbidden in the data (each turn
    must be a distinct label stretch), which we assert here.
    """
    out = []
    prev = None
    for tr in turns:
        if tr.spk == prev and tr.kw.get("allow_same") is not True:
            raise AssertionError(f"two consecutive turns by {tr.spk}: {tr}")
        prev = tr.spk
        if tr.spk == key:
            p = tr.paras[0]
            if isinstance(p, tuple):  # bilingual pair: the first member is what comes first on the page
                p = p[0]
            out.append([None if tr.t is None else int(tr.t), first_words(p)])
    return out


# ---- time formatting -------------------------------------------------------

def hms(t):
    t = int(t)
    return f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"


def short(t):
    """m:ss below an hour, h:mm:ss above (video-player style)."""
    t = int(t)
    h = t // 3600
    if h:
        return f"{h}:{t % 3600 // 60:02d}:{t % 60:02d}"
    return f"{t // 60}:{t % 60:02d}"


def mmss(t, pad=True):
    """mm:ss with minutes allowed to exceed 59."""
    t = int(t)
    return f"{t // 60:02d}:{t % 60:02d}" if pad else f"{t // 60}:{t % 60:02d}"


def hms_ms(t, sep="."):
    ms = int(round((t - int(t)) * 1000))
    return hms(t) + f"{sep}{ms:03d}"


def iso_dur(t):
    t = int(t)
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    out = "PT"
    if h:
        out += f"{h}H"
    if m or h:
        out += f"{m}M"
    return out + f"{s}S"


def wptexturize(s):
    """Very small imitation of WordPress curly-quote entity output."""
    s = s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
    s = s.replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")
    s = s.replace("\u2014", "&#8212;").replace("\u2013", "&#8211;").replace("\u2026", "&#8230;")
    return s


def expected(fmt, show, turns, others, key=E):
    return {
        "speaker": "Elon Musk",
        "format": fmt,
        "show": show,
        "turns": gold(turns, key),
        "others": others,
    }
