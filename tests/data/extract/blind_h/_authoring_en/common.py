"""Helpers: gold spans are marked inline with ⟦ ⟧ and stripped when the JSONL is built."""
import re

OPEN, CLOSE = "\u27e6", "\u27e7"
MARK = re.compile(OPEN + "(.*?)" + CLOSE, re.S)


def P(*paras):
    return "\n\n".join(paras)


def L(*lines):
    return "\n".join(lines)


def strip(s):
    return s.replace(OPEN, "").replace(CLOSE, "")


def marks(s):
    return [m.group(1) for m in MARK.finditer(s)]


def doc(genre, kind, title, text, hard_case, guests=None, cues=None):
    return dict(genre=genre, kind=kind, title=title, text=text, hard_case=hard_case,
                guests=guests or [], cues=cues)
