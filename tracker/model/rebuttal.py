"""Rebuttals: a claim, its sourced counterpoints in both languages, its phrasings and history."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class RebuttalStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str
    date: str = ""  # ISO date (YYYY-MM-DD) or "" when unknown


@dataclass(frozen=True, slots=True)
class Counterpoint:
    text_en: str
    text_zh: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Phrasing:
    text: str
    language: str
    origin: str = "seed"  # "seed" | "admin" | "statement"
    statement_id: int | None = None


@dataclass(frozen=True, slots=True)
class Rebuttal:
    id: str
    claim_en: str
    claim_zh: str
    counterpoints: tuple[Counterpoint, ...]
    phrasings: tuple[Phrasing, ...] = ()
    tags: tuple[str, ...] = ()
    status: RebuttalStatus = RebuttalStatus.DRAFT
    notes: str = ""
    created_by: str = "seed"
    version: int = 1
    rating: str = "Missing context"  # ClaimReview alternateName
    speaker: str = "Elon Musk"  # who makes the claim (ClaimReview itemReviewed author)


@dataclass(frozen=True, slots=True)
class Revision:
    """One entry of a rebuttal's history: the full state after a change."""

    version: int
    action: str  # create | edit | retire | import | phrasing
    changed_by: str
    changed_at: datetime
    snapshot: dict[str, object]
