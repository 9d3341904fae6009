"""Shared helpers: gold is collected while the page is rendered from the same data."""
import html, json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def first_words(text, zh=False):
    t = " ".join(html.unescape(text).split())
    if zh:
        return t[:8]
    return " ".join(t.split(" ")[:5])


def hms(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


def hms_short(s):
    s = int(s)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%02d:%02d" % (s // 60, s % 60)


def mmss(s):
    s = int(s)
    return "%02d:%02d" % (s // 60, s % 60)


class Gold:
    def __init__(self, show, fmt):
        self.show = show
        self.fmt = fmt
        self.turns = []
        self.others = []

    def elon(self, t, text, zh=False):
        self.turns.append([None if t is None else int(t), first_words(text, zh)])

    def other(self, label):
        if label not in self.others:
            self.others.append(label)

    def dump(self):
        return {"speaker": SPEAKER, "format": self.fmt, "show": self.show,
                "turns": self.turns, "others": self.others}


def write(name, page, gold):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold.dump(), f, ensure_ascii=False, indent=2)
        f.write("\n")
