"""Pure polling decisions: when to poll next, backoff, Retry-After, hashes, eligibility.

Nothing here does I/O; every function takes ``now`` when it needs the time. Which
feeds are due is decided where they are claimed, in one locking query
(storage.polls_repo.claim_due); when a feed counts as failing is ``model.Feed.failing``.
"""

from __future__ import annotations

import hashlib
import string
import unicodedata
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

_ASCII_PUNCT = string.punctuation.encode()
# Common CJK and typographic punctuation that NFKC leaves alone.
_WIDE_PUNCT = "。、「」『』“”‘’《》〈〉【】〔〕…—–·～・"


def next_after_success(now: datetime, interval_seconds: float) -> datetime:
    """The next poll time after a successful (or 304) poll."""
    return now + timedelta(seconds=interval_seconds)


def backoff_seconds(error_count: int, interval_seconds: float, cap_seconds: float) -> float:
    """Exponential backoff after ``error_count`` consecutive errors (1 = first), capped."""
    exponent = min(max(error_count - 1, 0), 30)  # bounded so the float never overflows
    return float(min(interval_seconds * (2**exponent), cap_seconds))


def next_after_error(
    now: datetime,
    error_count: int,
    interval_seconds: float,
    cap_seconds: float,
    retry_after: float | None = None,
) -> datetime:
    """The next poll time after an error; a server's Retry-After wins when later."""
    delay = backoff_seconds(error_count, interval_seconds, cap_seconds)
    if retry_after is not None:
        # Honour the server, but never beyond the cap (a hostile header could say years).
        delay = min(max(delay, retry_after), cap_seconds)
    return now + timedelta(seconds=delay)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max((when - now).total_seconds(), 0.0)


def normalise_text(text: str) -> str:
    """Lowercase, strip punctuation and collapse whitespace (for content hashes)."""
    # bytes.translate and str.replace run in C: several times faster than a Unicode
    # regex, which matters at 25,000 items a cold poll.
    folded = unicodedata.normalize("NFKC", text).lower()
    kept = folded.encode("utf-8", "surrogatepass").translate(None, _ASCII_PUNCT)
    out = kept.decode("utf-8", "replace")
    for mark in _WIDE_PUNCT:
        if mark in out:
            out = out.replace(mark, "")
    return " ".join(out.split())


def content_hash(title: str, text: str) -> str:
    """sha256 of the normalised title and text: one story carried by several feeds."""
    return hashlib.sha256(normalise_text(f"{title}\n{text}").encode("utf-8")).hexdigest()


def effective_published(published: datetime | None, fetched: datetime) -> datetime | None:
    """A published time more than a day in the future is treated as the fetch time."""
    if published is not None and published > fetched + timedelta(days=1):
        return fetched
    return published


def post_eligible(
    published: datetime | None, fetched: datetime, *, baselined: bool, max_age_hours: float
) -> bool:
    """Whether a new item may be posted: not on first contact, not older than max_age_hours."""
    if not baselined:
        return False
    return published is None or published >= fetched - timedelta(hours=max_age_hours)
