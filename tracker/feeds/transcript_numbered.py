"""Court transcripts with numbered lines: the numbers and page headers taken off.

Pure. A deposition or a hearing filed with a court prints each page's lines numbered
(``12    Q.   Did you ...``), or each line with its page and line (``41:12 Q. ...``),
and a header per page (``Page 41``); read as they are, no line starts with its label.
Numbers are taken off where they run on (one more each line, or 1 again on a new page)
for a stretch of lines, so a list that happens to start with numbers stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tracker.feeds.transcript_dom import Line

__all__ = ["unnumbered"]

# "12 Q. Did you", "12" alone (a blank numbered line), "41:12 Q. Did you".
_NUMBERED = re.compile(r"^(?:(?P<page>\d{1,4}):)?(?P<line>\d{1,2})(?:\s+(?P<text>\S.*))?$")
_PAGE_HEADER = re.compile(r"^(?:Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-)$", re.I)
MIN_RUN = 8  # numbered lines in a row that make a court transcript's numbering


def unnumbered(lines: Sequence[Line]) -> list[Line]:
    """The lines with court line numbers and page headers taken off."""
    out: list[Line] = []
    run: list[tuple[Line, str]] = []  # the current run: each line and its text unnumbered
    last: tuple[int, int] | None = None
    gap = -1  # where the lines after a court page start in ``out`` (-1: after none)
    for line in lines:
        # A table may give the number a cell of its own: "| 12 | Q. Did you |".
        numbered = not line.cells or (len(line.cells) == 2 and line.cells[0].isdigit())
        m = _NUMBERED.match(line.text) if numbered else None
        where = _where(m, last) if m else None
        if where is None and run and _PAGE_HEADER.match(line.text):
            run.append((line, ""))  # between two pages of a run: not words
            continue
        if where is None or (run and where == (0, 0)):
            gap = _flush(out, run, gap)
            run, last = [], None
            where = _where(m, None) if m else None
        if where is None:
            out.append(line)
            continue
        run.append((line, (m.group("text") or "") if m else ""))
        last = where
    _flush(out, run, gap)
    return out


MAX_FURNITURE = 3  # lines between two court pages that are their footer and header


def _flush(out: list[Line], run: list[tuple[Line, str]], gap: int) -> int:
    """Add a run's lines to ``out``; where the lines after it start when it is a court's
    numbering (else -1; ``gap`` as it was for no run). Between two numbered pages, a few
    short lines, no heading, are the first page's footer and the next one's header
    ("Ridgeline Court Reporting", "Page 41  ELON MUSK — 9/9/2025"): no one's words, they go."""
    if not run:
        return gap
    if len(run) < MIN_RUN or not _court_pages(run):
        out.extend(line for line, _ in run)
        return -1
    first = _NUMBERED.match(run[0][0].text)
    if (gap >= 0 and first is not None and first.group("line") == "1"
            and len(out) - gap <= MAX_FURNITURE
            and all(len(line.text) <= 80 and not line.heading for line in out[gap:])):
        del out[gap:]
    out.extend(_close(run))
    return len(out)


def _where(m: re.Match[str], last: tuple[int, int] | None) -> tuple[int, int] | None:
    """(page, line) of a numbered line; (0, 0) when it does not follow ``last``."""
    page, number = int(m.group("page") or 0), int(m.group("line"))
    if last is None:
        return page, number
    if (page in (last[0], 0) and number == last[1] + 1) or (number == 1 and last[1] >= 5):
        return (page or last[0]), number
    return 0, 0


def _close(run: list[tuple[Line, str]]) -> list[Line]:
    """A run's lines: unnumbered when it is long enough to be a court's numbering."""
    if len(run) < MIN_RUN or not _court_pages(run):
        return [line for line, _ in run]
    return [replace(line, text=text, cells=()) for line, text in run if text]


def _court_pages(run: list[tuple[Line, str]]) -> bool:
    """Lines numbered "page:line" are a court's when a line's number has one digit: a
    clock's or a recording's minutes always have two ("12:05 Host: ...")."""
    pages = [_NUMBERED.match(line.text) for line, _ in run]
    if not any(m and m.group("page") for m in pages):
        return True
    return any(m and len(m.group("line")) == 1 for m in pages)
