"""Topic and alias matching on normalised text (case-folded, simplified)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extract.normalise import normalise


def term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """One regex for a set of terms: word boundaries for Latin terms, none for CJK.

    Terms are normalised like the text, so simplified terms match traditional text.
    """
    parts = []
    for term in sorted({normalise(t.strip()) for t in terms if t.strip()}, key=len, reverse=True):
        escaped = re.escape(term)
        if term[0].isascii() and term[0].isalnum():
            escaped = r"(?<![a-z0-9_])" + escaped
        if term[-1].isascii() and term[-1].isalnum():
            escaped += r"(?![a-z0-9_])"
        parts.append(escaped)
    return re.compile("|".join(parts) if parts else r"(?!x)x")


class TopicMatcher:
    """Whether a stretch of normalised text mentions a watched topic."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._pattern = term_pattern(terms)

    def mentions(self, norm: str, start: int = 0, end: int | None = None) -> bool:
        """True when norm[start:end] contains a topic term."""
        return self._pattern.search(norm, start, len(norm) if end is None else end) is not None

    def last(self, norm: str, start: int, end: int) -> int:
        """Where the last topic term in norm[start:end] starts, or -1."""
        found = -1
        for m in self._pattern.finditer(norm, start, end):
            found = m.start()
        return found

    def count(self, norm: str, start: int, end: int) -> int:
        """How many topic terms occur in norm[start:end]."""
        return sum(1 for _ in self._pattern.finditer(norm, start, end))

    def first(self, norm: str, start: int, end: int) -> int:
        """Where the first topic term in norm[start:end] starts, or -1."""
        m = self._pattern.search(norm, start, end)
        return m.start() if m else -1
