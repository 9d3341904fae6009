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
