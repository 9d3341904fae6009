"""Statements and the matcher's verdicts: who is watched, what he said, what answers it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Decision(enum.StrEnum):
    """The matcher's verdict on a statement."""

    MATCH = "match"
    SUGGEST = "suggest"
    NONE = "none"


class StatementStatus(enum.StrEnum):
    """Where a statement stands on its way to the chats."""

    NEW = "new"  # stored, not yet matched
    MATCHED = "matched"  # matched, posting policy not yet applied
    QUEUED = "queued"  # outbox rows created
    REVIEW = "review"  # waiting for an admin in the review chat
    HELD = "held"  # not posted: first contact or too old (backfill can post it)
    SKIPPED = "skipped"  # not posted by policy or by an admin
    GROUPED = "grouped"  # a repeat of a claim just posted: its sources went to that post
    POSTED = "posted"  # every outbox row sent


@dataclass(frozen=True, slots=True)
class Watch:
    """Who and what to watch: a speaker (by aliases) on a topic (by terms)."""

    name: str
    speaker: str
    speaker_aliases: tuple[str, ...]
    topic_terms: tuple[str, ...]
    on_unmatched: str = "review"  # "review" | "post" | "skip"
    # Definite descriptions that, like "he", name him once he is the subject
    # ("the Tesla chief executive said", "这位亿万富翁表示").
    speaker_descriptors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtractedStatement:
    """What extraction finds in one text, before storage.

    start/end are character offsets into the text as given to the extractor;
    seconds is the transcript time the statement starts at, when known.
    """

    text: str
    speaker: str
    watch: str
    language: str
    confidence: float
    start: int
    end: int
    context: str = ""
    seconds: float | None = None


@dataclass(frozen=True, slots=True)
class StatementSource:
    """One report of a statement (the same quote may come from many outlets)."""

    item_id: int
    url: str
    title: str
    outlet: str = ""
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    id: int
    text: str
    speaker: str
    watch: str
    language: str
    confidence: float
    item_id: int
    start: int
    end: int
    context: str
    published_at: datetime | None
    source_url: str
    seconds: float | None = None
    status: StatementStatus = StatementStatus.NEW
    decision: Decision | None = None
    sources: tuple[StatementSource, ...] = ()


@dataclass(frozen=True, slots=True)
class ScoredRebuttal:
    """One ranked candidate. ``decision`` is this candidate's own: only
    candidates that pass the automatic threshold themselves (in a statement
    decided ``match``) are posted as its counterpoints."""

    rebuttal_id: str
    score: float
    decision: Decision = Decision.NONE
    # The pair judge's probability that the statement makes this rebuttal's claim (None:
    # not judged: no judge, or not among the top candidates that could be posted).
    judge: float | None = None


@dataclass(frozen=True, slots=True)
class MatchResult:
    decision: Decision
    matches: tuple[ScoredRebuttal, ...]
