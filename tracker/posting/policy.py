"""The posting policy: where one matched statement goes (pure; the queue stage applies it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from tracker.model import Decision

REVIEW_ACTIONS = ("attach", "post_plain", "ignore", "new_rebuttal")


class PolicyInput(Protocol):
    """What the policy reads of a statement waiting to be queued."""

    @property
    def decision(self) -> str | None: ...

    @property
    def published_at(self) -> datetime | None: ...

    @property
    def post_eligible(self) -> bool: ...


def decide(stmt: PolicyInput, on_unmatched: str, *, now: datetime,
           max_age: timedelta, fresh: bool = False) -> str:
    """Pure policy: "post", "post_plain", "review", "skip" or "held" for one statement.

    ``fresh`` (backfill) ignores first-contact and age holds.
    """
    if not fresh:
        too_old = stmt.published_at is not None and stmt.published_at < now - max_age
        if not stmt.post_eligible or too_old:
            return "held"
    if stmt.decision == Decision.MATCH:
        return "post"
    if stmt.decision == Decision.SUGGEST:
        return "review"
    return {"post": "post_plain", "skip": "skip"}.get(on_unmatched, "review")
