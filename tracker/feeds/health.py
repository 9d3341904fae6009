"""A feed's health in one word and one line: what `tracker feeds list`, /feeds and /stats show.

One function decides it, so the CLI and every chat bot say the same about a feed.
Not polled: ``paused``, ``removed``, ``inactive (not in the config)`` (a configured
feed no longer listed) or ``inactive`` (no reason recorded). Polled: ``FAILING``
(``model.FAILING_AFTER`` errors in a row: the admins were alerted), ``error`` (recent
errors, not yet failing), ``ok`` (its last poll succeeded) or ``new`` (never polled).
Pure: no I/O.
"""

from __future__ import annotations

from tracker.model import Feed, FeedOff

INACTIVE, FAILING, ERROR, OK, NEW = "inactive", "FAILING", "error", "ok", "new"
UNLISTED = "inactive (not in the config)"


def feed_health(feed: Feed) -> str:
    """The feed's state, as `tracker feeds list` shows it (see the module docstring)."""
    if not feed.active:
        if feed.inactive_reason == FeedOff.UNLISTED:
            return UNLISTED
        return feed.inactive_reason or INACTIVE
    if feed.failing:
        return FAILING
    if feed.error_count:
        return ERROR
    return OK if feed.last_polled_at else NEW


def describe_health(feed: Feed, error_chars: int | None = None) -> str:
    """The state with the error count and last error when it has errors: "FAILING (5x: ...)".

    ``error_chars`` cuts the last error (a chat message has less room than a terminal).
    """
    state = feed_health(feed)
    if state not in (FAILING, ERROR):
        return state
    error = " ".join((feed.last_error or "").split())
    if error_chars is not None and len(error) > error_chars:
        error = error[: max(error_chars - 1, 0)] + "…"
    return f"{state} ({feed.error_count}x: {error})"
