"""Quantities a claim turns on, read in English and Chinese: multipliers, shares, years, amounts.

"three times", "3x", "triple", 三倍 and 3倍 are all the multiplier 3; "80%", 百分之八十
and 八成 the share 0.8; "half" and 一半 the share 0.5; "most" and 大部分 a share above
one half; "by 2050" the year 2050; "$6 million" and 600万美元 the amount 6,000,000; "two
years", 两年 and "24 months" the duration of 24 months, "a few months" and 几个月 about
three (durations are often said roughly, so they agree within a factor of two); "every
week", "per week" and 每周 the rate unit of 7 days, 每个月 of 30. Two
texts that name a quantity of the same kind disagree when none of their values are
close: "two times" against "three times" is another claim, not a paraphrase.

Chinese numerals are read only before a word that makes them a quantity (倍, 成, 分之,
万, 亿, 年 after four digits): alone they double as ordinary words (一些, 三思).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.match.numbers import _NUMBER, _canonical

_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
    "several": 4, "a few": 3,
}
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "几": 4}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_NUM = "[零〇一二两三四五六七八九十百千几]+"
_EN_NUM = "|".join(sorted((re.escape(w) for w in _EN_WORDS), key=len, reverse=True))
_FRACTION_WORDS = {
    "half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "two-thirds": 2 / 3, "a quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2,
    "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1, "一半": 0.5, "半数": 0.5,
    "过半": 0.7, "大部分": 0.7, "大多数": 0.7, "绝大多数": 0.9, "绝大部分": 0.9,
    "most": 0.7, "majority": 0.7, "the bulk": 0.7, "more than half": 0.7, "over half": 0.7,
    "超过一半": 0.7, "一半以上": 0.7, "nearly all": 0.97,
    "almost all": 0.97, "virtually all": 0.97, "essentially all": 0.97, "basically all": 0.97,
    "all the world": 0.97, "几乎全部": 0.97, "几乎所有": 0.97, "基本上都": 0.97,
    "百分之百": 1.0, "全部": 0.97, "少数": 0.2, "a small share": 0.1, "a fraction": 0.1,
}
_MULTIPLIER_WORDS = {"twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3,
                     "quadruple": 4, "翻番": 2, "翻一番": 2, "翻两番": 4, "翻倍": 2}

_MULT_EN = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|{_EN_NUM})(?:\s*-\s*|\s+)?(?:times|x|fold)\b"
    r"|\b(?P<w>twice|doubled?|tripled?|quadruple)\b",
    re.IGNORECASE,
)
_MULT_ZH = re.compile(rf"(?P<n>\d+(?:\.\d+)?|{_ZH_NUM})\s*倍|(?P<w>翻[一两]?番|翻倍)")
_PERCENT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|％|percent\b|per cent\b)|百分之(?P<z>[\d.]+|"
                      + _ZH_NUM + ")", re.IGNORECASE)
_TENTHS = re.compile(r"(?P<z>[一二两三四五六七八九])成")
_ZH_FRACTION = re.compile(rf"(?P<d>\d+|{_ZH_NUM})分之(?P<n>\d+|{_ZH_NUM})")
_FRACTION = re.compile(
    "|".join(sorted((re.escape(w) if not w.isascii() else rf"\b{re.escape(w)}\b"
                     for w in _FRACTION_WORDS), key=len, reverse=True)),
    re.IGNORECASE,
)
_CENTURY_END = re.compile(r"\bend of (?:the|this) century\b|本世纪末|世纪末")
_YEAR = re.compile(r"(?<![\d.,$])(?P<y>(?:19|20)\d\d)(?![\d,%]|\.\d)(?:\s*年)?(?!\s*(?:万|亿))")
_ZH_AMOUNT = re.compile(rf"(?P<n>{_ZH_NUM})(?P<s>万亿|万|亿)")
_EN_AMOUNT = re.compile(rf"\b(?P<n>{_EN_NUM}|a)\s+(?P<s>thousand|million|billion|trillion)\b")
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


# Lengths of time, in months: "two years", "a few months", "a decade", 两年, 几个月, 半年.
_MONTHS = {"week": 12 / 52, "month": 1.0, "year": 12.0, "decade": 120.0,
           "周": 12 / 52, "星期": 12 / 52, "个月": 1.0, "个多月": 1.0, "年": 12.0, "年多": 12.0}
_EN_DURATION = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|{_EN_NUM}|a couple of|a|an|half an?|several|few|many)"
    r"(?:\s+|-)(?:more\s+|short\s+|full\s+)?(?P<u>week|month|year|decade)s?\b",
    re.IGNORECASE)
_ZH_DURATION = re.compile(rf"(?P<n>\d+(?:\.\d+)?|{_ZH_NUM}|数|好几|半)\s*(?P<u>个多月|个月|年多|年|周|星期)"
                          r"(?![级代底初末份度轻薪])")
# The unit of a rate: "every week", "a month", "per year", "annually", 每周, 每个月, 每年.
_PER_DAYS = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0, "quarter": 91.0,
             "天": 1.0, "日": 1.0, "周": 7.0, "星期": 7.0, "个月": 30.0, "月": 30.0, "年": 365.0,
             "季度": 91.0, "daily": 1.0, "weekly": 7.0, "monthly": 30.0, "annually": 365.0,
             "yearly": 365.0, "quarterly": 91.0}
# ("a week" alone is left out: "a year ago" is a duration, not a rate)
_EN_PER = re.compile(r"\b(?:(?:per|every|each)\s+(?P<u>day|week|month|year|quarter)\b"
                     r"|(?P<w>daily|weekly|monthly|annually|yearly|quarterly)\b)")
_ZH_PER = re.compile(r"每(?:一)?(?P<u>个月|季度|星期|天|日|周|月|年)")
_APPROX = {"a couple of": 2.0, "a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5,
           "several": 4.0, "few": 3.0, "many": 6.0, "数": 4.0, "好几": 4.0, "半": 0.5}


class Quantity(NamedTuple):
    """One quantity: its kind ("times", "share", "year", "amount", "duration", "per": a
    rate's unit in days) and value."""

    kind: str
    value: float


def zh_numeral(text: str) -> float | None:
    """The value of a Chinese numeral (三 -> 3, 二十五 -> 25, 一百 -> 100); None if unreadable."""
    if all(c in "0123456789." for c in text):
        try:
            return float(text)
        except ValueError:
            return None
    total, digit = 0, None
    for char in text:
        if char in _ZH_DIGITS:
            digit = _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[char]
            digit = None
        else:
            return None
    return float(total + (digit or 0))


def _number(token: str) -> float | None:
    token = token.lower().strip()
    if token in _EN_WORDS:
        return float(_EN_WORDS[token])
    return zh_numeral(token)


def _multipliers(text: str) -> list[Quantity]:
    out = []
    for pattern in (_MULT_EN, _MULT_ZH):
        for m in pattern.finditer(text):
            value = (float(_MULTIPLIER_WORDS[m["w"].lower()]) if m["w"]
                     else _number(m["n"]))
            if value is not None and value > 0:
                out.append(Quantity("times", value))
    return out


def _shares(text: str) -> list[Quantity]:
    out = []
    for m in _PERCENT.finditer(text):
        value = _number(m["n"] or m["z"])
        if value is not None:
            out.append(Quantity("share", value / 100))
    for m in _TENTHS.finditer(text):
        value = zh_numeral(m["z"])
        if value is not None:
            out.append(Quantity("share", value / 10))
    for m in _ZH_FRACTION.finditer(text):
        d, n = zh_numeral(m["d"]), zh_numeral(m["n"])
        if d and n is not None:
            out.append(Quantity("share", n / d))
    out.extend(Quantity("share", _FRACTION_WORDS[m.group().lower()])
               for m in _FRACTION.finditer(text))
    return out


def _durations(text: str) -> tuple[list[Quantity], set[int]]:
    """Lengths of time, in months, and where their numbers start (no amounts)."""
    out, starts = [], set()
    for pattern in (_EN_DURATION, _ZH_DURATION):
        for m in pattern.finditer(text):
            token = m["n"].lower()
            if token.isdigit() and len(token) == 4:
                continue  # "2030年" is a year
            value = _APPROX.get(token)
            if value is None:
                value = _number(token)
            if value is None or value <= 0:
                continue
            out.append(Quantity("duration", value * _MONTHS[m["u"].lower()]))
            starts.add(m.start())
    return out, starts


def _amounts(text: str, taken: set[float], years: set[str],
             durations: frozenset[int] = frozenset()) -> list[Quantity]:
    out = []
    for m in _NUMBER.finditer(text):
        value = float(_canonical(m))
        after = text[m.end(): m.end() + 2].lstrip()[:1]
        before = text[m.start() - 1: m.start()] if m.start() else ""
        # A model name (H100, A800) is no amount; multipliers, shares and years are read
        # elsewhere; a bare small count ("3 cars", "one of 2") says little.
        if ((before.isalpha() and before.isascii()) or value in taken or m.group() in years
                or m.start() in durations):
            continue
        if after not in ("%", "倍", "成") and value >= 10:
            out.append(Quantity("amount", value))
    for m in _EN_AMOUNT.finditer(text):
        en = 1.0 if m["n"] == "a" else _number(m["n"])
        if en is not None:
            out.append(Quantity("amount", en * _EN_SCALES[m["s"]]))
    for m in _ZH_AMOUNT.finditer(text):
        zh = zh_numeral(m["n"])
        if zh is not None:
            out.append(Quantity("amount", zh * {"万": 1e4, "亿": 1e8, "万亿": 1e12}[m["s"]]))
    return out


def _rates(text: str) -> list[Quantity]:
    """The units of the rates a text names, in days ("two a week" against "two a month")."""
    out = [Quantity("per", _PER_DAYS[(m["u"] or m["w"]).lower()]) for m in _EN_PER.finditer(text)]
    out += [Quantity("per", _PER_DAYS[m["u"]]) for m in _ZH_PER.finditer(text)]
    return out


def quantities(text: str) -> frozenset[Quantity]:
    """The multipliers, shares, years and amounts written in a (lowercased, simplified) text."""
    text = text.lower()
    found = _multipliers(text) + _shares(text)
    years = {m["y"] for m in _YEAR.finditer(text)}
    found += [Quantity("year", float(y)) for y in years]
    if _CENTURY_END.search(text):
        found.append(Quantity("year", 2100.0))
    durations, starts = _durations(text)
    found += _amounts(text, {q.value for q in found}, years, frozenset(starts))
    return frozenset(found + durations + _rates(text))


def close(a: float, b: float, tolerance: float = 0.12, kind: str = "") -> bool:
    """Two values within ``tolerance`` of each other, relatively (shares: within 0.05).

    Shares are compared absolutely: 90% is not "nearly all" (97%), 80% is not 100%;
    durations within a factor of two ("a few months" is six months as well as three).
    """
    if kind == "share":
        return abs(a - b) <= 0.05
    if kind == "year":
        return abs(a - b) <= 1
    if kind == "per":  # "a week" is not "a month"
        return a == b
    if kind == "duration":  # "a few months" is said roughly: within a factor of two
        return max(a, b) <= 2.0 * min(a, b)
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def compare(statement: frozenset[Quantity], claim: frozenset[Quantity]) -> tuple[int, int, int]:
    """Per kind of quantity both name: (kinds that agree, kinds that conflict, claim-only kinds).

    A kind agrees when some value in the statement is close to some value in the claim.
    """
    agree = conflict = 0
    s_kinds = {q.kind for q in statement}
    c_kinds = {q.kind for q in claim}
    for kind in s_kinds & c_kinds:
        s_vals = [q.value for q in statement if q.kind == kind]
        c_vals = [q.value for q in claim if q.kind == kind]
        if any(close(a, b, kind=kind) for a in s_vals for b in c_vals):
            agree += 1
        else:
            conflict += 1
    return agree, conflict, len(c_kinds - s_kinds)
