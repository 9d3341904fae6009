"""The posting policy: where one matched statement goes (pure; the queue stage applies it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from tracker.model import Decision

REVIEW_ACTIONS = ("attach", "post_plain", "ignore", "new_rebuttal")
# A statement extracted with less confidence than this is never posted automatically:
# it goes to review. Unlabelled transcripts (captions, speech recognition, a guest's
# untagged turns) give 0.5: whose words they are is a guess an admin confirms.
MIN_POST_CONFIDENCE = 0.6


class PolicyInput(Protocol):
    """What the policy reads of a statement waiting to be queued."""

    @property
    def decision(self) -> str | None: ...

    @property
    def published_at(self) -> datetime | None: ...

    @property
    def post_eligible(self) -> bool: ...

    @property
    def confidence(self) -> float: ...


def decide(stmt: PolicyInput, on_unmatched: str, *, now: datetime,
           max_age: timedelta, fresh: bool = False) -> str:
    """Pure policy: "post", "post_plain", "review", "skip" or "held" for one statement.

    ``fresh`` (backfill) ignores first-contact and age holds. A statement whose
    attribution is unsure (confidence below MIN_POST_CONFIDENCE) is reviewed, never
    posted automatically.
    """
    if not fresh:
        too_old = stmt.published_at is not None and stmt.published_at < now - max_age
        if not stmt.post_eligible or too_old:
            return "held"
    if stmt.decision == Decision.MATCH:
        outcome = "post"
    elif stmt.decision == Decision.SUGGEST:
        return "review"
    else:
        outcome = {"post": "post_plain", "skip": "skip"}.get(on_unmatched, "review")
    if outcome in ("post", "post_plain") and stmt.confidence < MIN_POST_CONFIDENCE:
        return "review"
    return outcome
