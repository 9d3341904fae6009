"""Helpers for authoring the English blind extraction batch (stdlib only)."""

DOCS = []


def art(n, genre, title, text, gold, hard_case):
    DOCS.append(dict(id="q-en-%03d" % n, lang="en", genre=genre, kind="article",
                     title=title, text=text.strip("\n"), guests=[], gold=gold,
                     hard_case=hard_case))


def label(n, genre, title, lines, gold, hard_case):
    """lines: list of (name, text)."""
    text = "\n".join("%s: %s" % (a, b) for a, b in lines)
    DOCS.append(dict(id="q-en-%03d" % n, lang="en", genre=genre, kind="label",
                     title=title, text=text, guests=[], gold=gold, hard_case=hard_case))


def unlab(n, genre, title, text, guests, gold, hard_case):
    DOCS.append(dict(id="q-en-%03d" % n, lang="en", genre=genre, kind="unlabeled",
                     title=title, text=text.strip("\n"), guests=guests, gold=gold,
                     hard_case=hard_case))


def _ts(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "%02d:%02d:%02d.000" % (h, m, s)


def vtt(n, genre, title, cues, gold, hard_case, start=1):
    """cues: list of (speaker, text, seconds)."""
    out, t = ["WEBVTT", ""], start
    for spk, txt, dur in cues:
        out.append("%s --> %s" % (_ts(t), _ts(t + dur)))
        out.append("<v %s>%s" % (spk, txt))
        out.append("")
        t += dur
    DOCS.append(dict(id="q-en-%03d" % n, lang="en", genre=genre, kind="vtt",
                     title=title, text="", vtt="\n".join(out) + "\n", guests=[],
                     gold=gold, hard_case=hard_case, _cues=[c[1] for c in cues]))
