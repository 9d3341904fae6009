"""The pure posting policy and the retry schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.posting.policy import decide
from tracker.runtime.delivery import backoff_seconds
from tracker.storage.statements_repo import PendingStatement

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
DAY = timedelta(hours=24)


def _st(decision: str | None, *, eligible: bool = True, age_hours: float = 1) -> PendingStatement:
    return PendingStatement(id=1, watch="w", decision=decision, feed_id=1,
                            published_at=NOW - timedelta(hours=age_hours), post_eligible=eligible)


@pytest.mark.parametrize(("decision", "on_unmatched", "outcome"), [
    ("match", "skip", "post"), ("suggest", "post", "review"), ("none", "review", "review"),
    ("none", "post", "post_plain"), ("none", "skip", "skip"), (None, "review", "review"),
])
def test_policy_by_decision(decision: str | None, on_unmatched: str, outcome: str) -> None:
    assert decide(_st(decision), on_unmatched, now=NOW, max_age=DAY) == outcome


def test_first_contact_and_old_statements_are_held_unless_backfilled() -> None:
    assert decide(_st("match", eligible=False), "post", now=NOW, max_age=DAY) == "held"
    assert decide(_st("match", age_hours=25), "post", now=NOW, max_age=DAY) == "held"
    assert decide(_st("match", age_hours=23), "post", now=NOW, max_age=DAY) == "post"
    assert decide(_st("match", eligible=False), "post", now=NOW, max_age=DAY, fresh=True) == "post"


def test_backoff_doubles_and_is_capped_at_ten_minutes() -> None:
    assert [backoff_seconds(n) for n in (1, 2, 3)] == [2, 4, 8]
    assert backoff_seconds(20) == 600


@pytest.mark.parametrize(("decision", "on_unmatched", "confidence", "outcome"), [
    ("match", "skip", 0.5, "review"), ("none", "post", 0.5, "review"),
    ("none", "skip", 0.5, "skip"), ("match", "skip", 0.6, "post"), ("match", "skip", 0.95, "post"),
])
def test_unsure_attribution_is_reviewed_never_posted(decision: str, on_unmatched: str,
                                                      confidence: float, outcome: str) -> None:
    st = PendingStatement(id=1, watch="w", decision=decision, feed_id=1, published_at=NOW,
                          post_eligible=True, confidence=confidence)
    assert decide(st, on_unmatched, now=NOW, max_age=DAY) == outcome
    assert decide(st, on_unmatched, now=NOW, max_age=DAY, fresh=True) == outcome
