"""Text normalisation for matching: traditional to simplified Chinese, offsets kept.

Every function here returns a string of exactly the same length as its input,
so an offset found in the normalised text is an offset into the original.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_CJK = re.compile(r"[\u3400-\u9fff]")


@functools.cache
def _converter() -> Any:
    # Lazy: loading the dictionaries costs ~50 ms and most texts are English.
    import opencc

    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    """Convert traditional Chinese to simplified, keeping the length (and offsets).

    opencc's t2s is char-for-char for nearly every character; where a phrase
    conversion changes the length the text is converted one char at a time.
    """
    if not _CJK.search(text):
        return text
    return "".join(_t2s_piece(piece) for piece in _pieces(text))


# opencc (pure Python) matches phrases over each run between its separators in time that
# grows with the square of the run: a hostile text with no separator (100 KB of CJK and
# symbols) took seconds. Runs are cut to this length, at a space or punctuation mark near
# the end when there is one, so a phrase is rarely split.
PIECE = 400
_BREAK = re.compile(r"[\s，。、；：！？,.;:!?）)」』”]")


def _pieces(text: str) -> list[str]:
    """``text`` in consecutive pieces of at most PIECE characters."""
    pieces, start = [], 0
    while len(text) - start > PIECE:
        end = start + PIECE
        cut = None
        for m in _BREAK.finditer(text, end - 64, end):
            cut = m.end()
        end = cut or end
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _t2s_piece(text: str) -> str:
    if not _CJK.search(text):
        return text
    conv = _converter()
    out: str = conv.convert(text)
    if len(out) == len(text):
        return out
    chars = []
    for ch in text:
        one: str = conv.convert(ch) if _CJK.match(ch) else ch
        chars.append(one if len(one) == 1 else ch)
    return "".join(chars)


@functools.cache
def _s2t_converter() -> Any:
    import opencc

    return opencc.OpenCC("s2t")  # built once: each build reads its dictionaries again


@functools.cache
def s2t(text: str) -> str:
    """Simplified to traditional (for building prefilter variants of aliases)."""
    if not _CJK.search(text):
        return text
    return str(_s2t_converter().convert(text))


def normalise(text: str) -> str:
    """Simplified, lower-cased text of the same length as the input."""
    folded = t2s(text).lower()
    # str.lower() is length-preserving except for a few letters (e.g. "İ").
    return folded if len(folded) == len(text) else "".join(
        c.lower() if len(c.lower()) == 1 else c for c in t2s(text))


def language_of(text: str) -> str:
    """"zh" when CJK characters make up a fair share of the letters, else "en"."""
    cjk = len(_CJK.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if cjk and cjk * 2 >= latin // 5 else "en"
