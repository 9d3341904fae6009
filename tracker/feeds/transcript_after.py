"""Times a page prints after a turn's words, where that is the page's convention.

Pure. Some pages put an answer's video time at its end, as a link: "… 〔影片 01:48〕",
"… [Video 4:05]", "… ▶ Watch at 01:12". Such a time is the turn's start only when the page
does it throughout: the same shape (its brackets and words) at the end of several turns,
never before words or inside them. A time printed at the end of one turn elsewhere ("we
met at [12:30]") moves no start.

* ``worded_times``: a bracketed time with words in the brackets ("〔影片 01:48〕"), the
  shape ending MIN_AFTER lines or more and never standing elsewhere on the page, reads as
  the bracketed time alone ("〔01:48〕"), which the line formats take as the time of the
  turn it ends (``transcript_lines``).
* ``answer_times``: an interview whose answers are plain paragraphs (``transcript_qa``):
  each answer's time when the page prints it after the answer's last words.

Each is linear in the page's size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tracker.feeds.transcript_dom import Line
from tracker.feeds.transcript_lines import CLOSE, OPEN, TS, Record

__all__ = ["MIN_AFTER", "answer_times", "worded_times"]

MIN_AFTER = 3  # lines a worded time must end for the page to print times so
# A bracketed time with a few words before it inside the brackets: "〔影片 01:48〕",
# "[Video: 4:05]", "(watch at 12:30)". Words of letters only, a word starting where one does.
_WORDED = re.compile(rf"(?P<open>{OPEN})\s*(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})"
                     rf"\s*[:：]?\s*(?P<ts>{TS})\s*(?P<close>{CLOSE})")
# A time that ends a line, with what frames it: "▶ Watch at 01:12", "(14:05)", "〔影片 01:48〕".
_AFTER = re.compile(rf"(?P<frame>{OPEN}?\s*(?:[▶►▷⏵]\s*)?(?:[^\W\d_]+\s+){{0,3}}?)"
                    rf"(?P<ts>{TS})\s*(?P<close>{CLOSE}?)\s*$")


def worded_times(lines: Sequence[Line]) -> list[Line]:
    """The lines, a worded time at their end written as the bracketed time alone when
    the page prints its times so (see the module's note); else the lines as they are."""
    ends: Counter[tuple[str, str, str]] = Counter()
    elsewhere: set[tuple[str, str, str]] = set()
    found: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate(lines):
        if ":" not in line.text:  # most lines hold no time at all
            continue
        for m in _WORDED.finditer(line.text):
            shape = _shape(m)
            if m.end() == len(line.text.rstrip()) and line.text[:m.start()].strip():
                ends[shape] += 1
                found.append((i, m))
            else:
                elsewhere.add(shape)
    kept = {shape for shape, n in ends.items() if n >= MIN_AFTER and shape not in elsewhere}
    if not kept:
        return list(lines)
    out = list(lines)
    for i, m in found:
        if _shape(m) in kept:
            text = out[i].text
            out[i] = replace(out[i], text=f"{text[:m.start()].rstrip()} "
                                          f"{m.group('open')}{m.group('ts')}{m.group('close')}")
    return out


def _shape(m: re.Match[str]) -> tuple[str, str, str]:
    return m.group("open"), " ".join(m.group("words").casefold().split()), m.group("close")


def after_shape(text: str) -> tuple[str, str] | None:
    """The frame of the time that ends a line with words before it ("▶ watch at", ")"),
    or None when the line does not end with a time after words."""
    cut = max(0, len(text) - 80)  # the frame and the time are short: the line's tail
    m = _AFTER.search(text, cut)
    if m is None or not text[:m.start()].strip():
        return None
    return " ".join(m.group("frame").casefold().split()), m.group("close")


def answer_times(answers: Sequence[Sequence[int]], questions: Sequence[int],
                 records: Sequence[Record], lines: Sequence[Line]) -> list[float | None] | None:
    """Each answer's start (None for one without a time) when the page prints an answer's
    time after its last words: at least two answers and half of them so, each at the end
    of the answer's last line, in one shape; no time anywhere else in an answer or on a
    question (then the page's times stand before the words, or are something else).
    ``answers``: each answer's record indices, in order. None when that is not the page's
    convention."""
    if any(records[i].seconds is not None for i in questions):
        return None
    shapes: set[tuple[str, str]] = set()
    times: list[float | None] = []
    for idx in answers:
        start = None
        for pos, k in enumerate(idx):
            if records[k].seconds is None:
                continue
            shape = after_shape(lines[k].text)
            if pos != len(idx) - 1 or shape is None:
                return None
            shapes.add(shape)
            start = records[k].seconds
        times.append(start)
    timed = sum(t is not None for t in times)
    if timed < 2 or timed * 2 < len(answers) or len(shapes) != 1:
        return None
    return times
