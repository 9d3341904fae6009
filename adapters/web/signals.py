"""Why a candidate was offered, in words an editor can check: the terms a statement
shares with the rebuttal's claim and phrasings (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.model import Rebuttal

_WORD = re.compile(r"[a-z0-9][a-z0-9'-]{2,}|[\u3400-\u9fff]+")
_STOP = frozenset(["the", "and", "that", "this", "with", "for", "was", "are", "has", "have", "his", "her", "its", "not", "but", "from", "they", "what", "will", "would", "about", "said", "says", "been", "were", "their", "there", "which", "into", "than"])


def _terms(text: str) -> set[str]:
    terms: set[str] = set()
    for token in _WORD.findall(text.lower()):
        if token[0] >= "\u3400":  # Chinese: character pairs stand in for words
            terms.update(token[i:i + 2] for i in range(len(token) - 1))
        elif token not in _STOP:
            terms.add(token)
    return terms


class Signals:
    """Shared terms between statements and candidate rebuttals, each text split once.

    ``ignore``: words every statement of the watch shares (the speaker, the topic),
    which say nothing about a candidate.
    """

    def __init__(self, ignore: Iterable[str] = ()) -> None:
        self._common = _terms(" ".join(ignore))
        self._seen: dict[str, set[str]] = {}

    def _of(self, key: str, text: str) -> set[str]:
        if key not in self._seen:
            self._seen[key] = _terms(text) - self._common
        return self._seen[key]

    def shared(self, statement: str, rebuttal: Rebuttal, limit: int = 8) -> list[str]:
        """Terms of the statement also in the rebuttal's claims or phrasings, longest first."""
        mine = self._of("s:" + statement, statement)
        theirs = self._of("r:" + rebuttal.id, " ".join(
            [rebuttal.claim_en, rebuttal.claim_zh, *(p.text for p in rebuttal.phrasings)]))
        return sorted(mine & theirs, key=lambda t: (-len(t), t))[:limit]


def shared_terms(statement: str, rebuttal: Rebuttal, limit: int = 8,
                 ignore: Iterable[str] = ()) -> list[str]:
    """Terms of the statement also in the rebuttal's claims or phrasings, longest first."""
    return Signals(ignore).shared(statement, rebuttal, limit)
