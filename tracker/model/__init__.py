"""Frozen dataclasses for what flows through the tracker.

These are the only types that cross the boundaries between the pure core,
storage and the chat adapters: ORM rows and feedparser dicts never leave their
modules. Every datetime is timezone-aware UTC.

This package is the public surface: import from ``tracker.model``. The types live
in one module per stage of the path of a feed item (``feed``, ``statement``,
``rebuttal``, ``delivery``) so that each stays short; every name is re-exported here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.model.delivery import DeliveryStatus, Destination, Post
from tracker.model.feed import (
    FAILING_AFTER,
    AudioStream,
    Feed,
    FeedKind,
    FeedOff,
    FullText,
    Item,
    Transcript,
    TranscriptSegment,
)
from tracker.model.rebuttal import (
    Counterpoint,
    Phrasing,
    Rebuttal,
    RebuttalStatus,
    Revision,
    Source,
)
from tracker.model.statement import (
    Decision,
    ExtractedStatement,
    MatchResult,
    ScoredRebuttal,
    Statement,
    StatementSource,
    StatementStatus,
    Watch,
)

__all__ = [
    "FAILING_AFTER", "AudioStream", "Counterpoint", "Decision", "DeliveryStatus", "Destination",
    "ExtractedStatement", "Feed", "FeedKind", "FeedOff", "FullText", "Item", "MatchResult",
    "Phrasing", "Post", "Rebuttal", "RebuttalStatus", "Revision", "ScoredRebuttal", "Source",
    "Statement", "StatementSource", "StatementStatus", "Transcript", "TranscriptSegment",
    "Watch", "utcnow",
]


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)
