"""Numbers written in a text, each as one canonical token.

"10,000", "10000", "1万" and "10 thousand" are one number, "10000"; "2.3" stays
one decimal and "1.5亿" is "150000000". Without this a thousands separator
splits a number in two, and every such number would share the token "000".
Only Arabic digits are read: Chinese numerals (三, 一些) double as ordinary
words, so reading them would invent numbers. 千 is left out too: "3千瓦" is
three kilowatts, not 3,000 watts.
"""

from __future__ import annotations

import re
from decimal import Decimal

_SCALES = {
    "万亿": 10**12,
    "万": 10**4,
    "亿": 10**8,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
# Thousands groups only when every group has exactly three digits ("1,2" is two numbers);
# a Chinese scale follows the digits directly, an English one after a space.
_NUMBER = re.compile(
    r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<frac>\.\d+)?"
    r"(?:(?P<zh>万亿|万|亿)|\s+(?P<en>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)


def _canonical(match: re.Match[str]) -> str:
    value = Decimal(match["int"].replace(",", "") + (match["frac"] or ""))
    scale = match["zh"] or match["en"]
    if scale:
        value *= _SCALES[scale.lower()]
    # normalize() drops trailing zeros ("2.30" is "2.3"); "f" never writes an exponent.
    return format(value.normalize(), "f")


def numbers(text: str) -> frozenset[str]:
    """The canonical numbers written in a text ("the 4680 cell, 10,000 TWh" -> 4680, 10000)."""
    return frozenset(_canonical(m) for m in _NUMBER.finditer(text))


def canonical_numbers(text: str) -> str:
    """The text with every number written in its canonical form, for tokenising."""
    return _NUMBER.sub(_canonical, text)
