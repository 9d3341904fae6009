"""Near-duplicate grouping: one statement however many outlets report it.

The group key is a hash of the statement text with case, punctuation, spacing
and traditional/simplified differences removed, so exact re-reports group
through an index lookup; near-duplicates (a word changed, a clause cut) group
through character-shingle Jaccard similarity against recent statements.
"""

from __future__ import annotations

import hashlib

from tracker.extract.normalise import normalise

SIMILAR = 0.6


def canonical(text: str) -> str:
    """Letters and digits only, lower-case, simplified Chinese."""
    return "".join(c for c in normalise(text) if c.isalnum())


def group_key(text: str) -> str:
    """A 32-hex-digit key equal for texts that differ only in form."""
    return hashlib.sha256(canonical(text).encode()).hexdigest()[:32]


def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Character n-grams of the canonical text (works for both languages)."""
    flat = canonical(text)
    if len(flat) <= size:
        return frozenset({flat}) if flat else frozenset()
    return frozenset(flat[i:i + size] for i in range(len(flat) - size + 1))


def similar(a: str, b: str, threshold: float = SIMILAR) -> bool:
    """True when two statement texts are near-duplicates (shingle Jaccard)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return False
    return len(sa & sb) / len(sa | sb) >= threshold
