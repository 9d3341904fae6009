"""Paragraph and sentence splitting for English and Chinese, as character spans.

A quotation is never split: a quote running over several sentences stays in
one unit with the words that attribute it, so attribution sees both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_OPEN = {"“": "”", "「": "」", "『": "』"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_TERMINAL = set(".!?。！？")
_CJK_TERMINAL = set("。！？")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Inc|Co|Corp|Ltd|No)|\b[A-Z](?:\.[A-Z])*)$")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines of text (each line is a paragraph)."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            yield pos, end
        pos = end + 1


def _ends_sentence(text: str, i: int, end: int) -> bool:
    ch = text[i]
    if ch in _CJK_TERMINAL:
        return True
    j = i + 1
    while j < end and text[j] in "\"'”’)":
        j += 1
    if j >= end:
        return True
    if not text[j].isspace():
        return False
    while j < end and text[j].isspace():
        j += 1
    nxt = text[j] if j < end else ""
    if ch == "." and _ABBREV.search(text[max(0, i - 6):i]):
        return False
    return not nxt or nxt.isupper() or nxt in "\"“「『" or not nxt.isascii()


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], quotes kept whole, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    depth = 0
    straight = False
    begin = start
    for i in range(start, end):
        ch = text[i]
        closing = ch in _CLOSE or (ch == '"' and straight)
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        if closing and depth == 0 and not straight and _quote_ends_sentence(text, i, end):
            spans.append((begin, i + 1))
            begin = i + 1
        elif ch in _TERMINAL and depth == 0 and not straight and _ends_sentence(text, i, end):
            stop = i + 1
            while stop < end and text[stop] in "\"'”’」』)":
                stop += 1
            spans.append((begin, stop))
            begin = stop
    spans.append((begin, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[1] > s[0]]


def _quote_ends_sentence(text: str, i: int, end: int) -> bool:
    """'... fast." Musk also said': a quote ending a sentence, a new one following."""
    if i > 0 and text[i - 1] in "。！？" and i + 1 < end:
        return True  # "……。”他还说，……": Chinese puts no space between sentences
    if i == 0 or text[i - 1] not in ".!?" or i + 2 >= end or not text[i + 1].isspace():
        return False
    return text[i + 2].isupper()


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"'}
_QUOTE_OPEN = re.compile('[“「『"]')


def quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the contents of the top-level quotations in text[start:end].

    Each opener's quotation runs to the first closer after it. A closer found missing
    is not looked for again: a regex scanning to the end from every unclosed opener
    made a text of many (hostile: "马斯克说，中国“" repeated) quadratic.
    """
    found = []
    missing: set[str] = set()
    pos = start
    while (m := _QUOTE_OPEN.search(text, pos, end)) is not None:
        closer = _QUOTE_PAIRS[m.group()]
        close = -1 if closer in missing else text.find(closer, m.end(), end)
        if close < 0:
            missing.add(closer)
            pos = m.end()
            continue
        found.append((m.end(), close))
        pos = close + 1
    return found


REACH = 600  # characters a single-quoted quotation may run before its closing mark
# Single quotation marks, British style: an opening mark not inside a word, its closing
# mark not followed by a letter ("it’s" and "Musk's" are no quotations).
_SINGLE_OPEN = re.compile(r"(?<![\w’'])[‘'](?=[^\W\d_])")
_SINGLE_CLOSE = {"‘": re.compile(r"(?<=\S)’(?![^\W\d_])"), "'": re.compile(r"(?<=\S)'(?![^\W\d_])")}
# Every mark a quotation may open with, double or single (stripped before a quotation's words).
OPENING_MARKS = "\"“「『'‘"


def opens_single_quote(text: str) -> bool:
    """text starts with a single mark that opens a quotation (not an apostrophe: "'90s")."""
    return _SINGLE_OPEN.match(text) is not None


def single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Contents of the quotations in single marks in text[start:end]."""
    found = []
    pos = start
    while (m := _SINGLE_OPEN.search(text, pos, end)) is not None:
        close = _SINGLE_CLOSE[m.group()].search(text, m.end(), min(end, m.end() + REACH))
        if close is None:
            pos = m.end()
            continue
        found.append((m.end(), close.start()))
        pos = close.end()
    return found
