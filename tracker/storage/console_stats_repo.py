"""Read models of the web console: rebuttals with their use and votes, feed health, and
the numbers behind the charts.

Functions take an open AsyncSession and return dataclasses or plain tuples; ORM rows
never leave this module.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Text, case, cast, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Decision, Feed, Rebuttal, StatementStatus
from tracker.storage import rebuttals_repo
from tracker.storage.console_repo import escape_like
from tracker.storage.feeds_repo import to_feed
from tracker.storage.schema_delivery import ReviewDecisionRow, VoteRow
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow

REBUTTAL_SORTS = ("id", "updated", "used", "doubted")


@dataclass(frozen=True, slots=True)
class RebuttalFilter:
    """What the rebuttal list shows; empty fields do not filter.

    Attributes:
        q: Words in the id, or in the claim (in ``language`` when given, else either).
        min_used: Only rebuttals posted with at least this many statements.
        sort: "id", "updated" (newest edit first), "used" (most used first) or
            "doubted" (most readers' 👎 first).
    """

    q: str = ""
    status: str = ""
    tag: str = ""
    language: str = ""
    min_used: int = 0
    sort: str = "id"


@dataclass(frozen=True, slots=True)
class RebuttalLine:
    """One rebuttal of the list, with how often it was used and what readers thought."""

    rebuttal: Rebuttal
    used: int
    up: int
    down: int


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """A feed with what its health page shows beyond its polling state."""

    feed: Feed
    last_new_item_at: datetime | None
    items_per_day: float  # over the last 7 days


def _used_counts() -> Any:
    """rebuttal_id, used: how many statements each rebuttal was matched to (an aggregate)."""
    return (select(StatementMatchRow.rebuttal_id, func.count().label("used"))
            .where(StatementMatchRow.decision == Decision.MATCH.value)
            .group_by(StatementMatchRow.rebuttal_id).subquery())


def _vote_counts() -> Any:
    """rebuttal_id, up, down: readers' votes per rebuttal (an aggregate)."""
    return (select(VoteRow.rebuttal_id,
                   func.sum(case((VoteRow.value > 0, 1), else_=0)).label("up"),
                   func.sum(case((VoteRow.value < 0, 1), else_=0)).label("down"))
            .group_by(VoteRow.rebuttal_id).subquery())


def _where(q: Any, f: RebuttalFilter) -> Any:
    if f.status:
        q = q.where(RebuttalRow.status == f.status)
    if f.tag.strip():
        # Tags are a JSON list stored as json.dumps writes it on both backends.
        q = q.where(cast(RebuttalRow.tags, Text).like(
            f"%{escape_like(json.dumps(f.tag.strip()))}%", escape="\\"))
    if f.q.strip():
        pattern = f"%{escape_like(f.q.strip().lower())}%"
        claims = {"en": [RebuttalRow.claim_en], "zh": [RebuttalRow.claim_zh]}.get(
            f.language, [RebuttalRow.claim_en, RebuttalRow.claim_zh])
        q = q.where(or_(RebuttalRow.id.like(pattern, escape="\\"),
                        *(func.lower(c).like(pattern, escape="\\") for c in claims)))
    return q


async def _page_ids(session: AsyncSession, f: RebuttalFilter, offset: int,
                    limit: int) -> list[str]:
    """The ids of one page, in the filter's order. Ordering by use or votes, or filtering
    by use, needs the aggregates; ordering by id or last edit does not."""
    q = _where(select(RebuttalRow.id), f)
    order: list[Any] = []
    if f.sort == "used" or f.min_used > 0:
        used = _used_counts()
        q = q.outerjoin(used, used.c.rebuttal_id == RebuttalRow.id)
        if f.min_used > 0:
            q = q.where(func.coalesce(used.c.used, 0) >= f.min_used)
        if f.sort == "used":
            order = [func.coalesce(used.c.used, 0).desc()]
    if f.sort == "doubted":
        votes = _vote_counts()
        q = q.outerjoin(votes, votes.c.rebuttal_id == RebuttalRow.id)
        order = [func.coalesce(votes.c.down, 0).desc()]
    elif f.sort == "updated":
        order = [RebuttalRow.updated_at.desc()]
    q = q.order_by(*order, RebuttalRow.id).offset(max(0, offset)).limit(limit)
    return [str(i) for i in await session.scalars(q)]


async def rebuttal_page(session: AsyncSession, f: RebuttalFilter, *, offset: int = 0,
                        limit: int = 50) -> list[RebuttalLine]:
    """Rebuttals matching ``f`` in its order, ``limit`` from ``offset``."""
    ids = await _page_ids(session, f, offset, limit)
    if not ids:
        return []
    rows = {r.id: r for r in await session.scalars(
        select(RebuttalRow).where(RebuttalRow.id.in_(ids)))}
    used = dict((await session.execute(
        select(StatementMatchRow.rebuttal_id, func.count())
        .where(StatementMatchRow.rebuttal_id.in_(ids),
               StatementMatchRow.decision == Decision.MATCH.value)
        .group_by(StatementMatchRow.rebuttal_id))).all())
    votes = {str(r): (int(u or 0), int(d or 0)) for r, u, d in await session.execute(
        select(VoteRow.rebuttal_id, func.sum(case((VoteRow.value > 0, 1), else_=0)),
               func.sum(case((VoteRow.value < 0, 1), else_=0)))
        .where(VoteRow.rebuttal_id.in_(ids)).group_by(VoteRow.rebuttal_id))}
    return [RebuttalLine(rebuttals_repo.to_model(rows[i]), int(used.get(i, 0)),
                         *votes.get(i, (0, 0))) for i in ids if i in rows]


async def all_tags(session: AsyncSession, limit: int = 2000) -> list[str]:
    """The tags in use (from the most recently edited rebuttals), for the filter menu."""
    rows = await session.scalars(select(RebuttalRow.tags).order_by(
        RebuttalRow.updated_at.desc()).limit(limit))
    return sorted({str(t) for tags in rows for t in (tags or [])})


async def feed_health(session: AsyncSession, now: datetime) -> list[FeedHealth]:
    """Every feed with its last new item and items per day over the last week.

    Per feed, both come from the (feed_id, fetched_at) index: no scan of all items.
    """
    week = now - timedelta(days=7)
    last = (select(func.max(ItemRow.fetched_at)).where(ItemRow.feed_id == FeedRow.id)
            .correlate(FeedRow).scalar_subquery())
    recent = (select(func.count()).where(ItemRow.feed_id == FeedRow.id,
                                         ItemRow.fetched_at >= week)
              .correlate(FeedRow).scalar_subquery())
    rows = await session.execute(select(FeedRow, last, recent).order_by(FeedRow.id))
    return [FeedHealth(to_feed(r), at, round(int(n or 0) / 7, 1)) for r, at, n in rows]


def _bucket(session: AsyncSession, column: Any, unit: str) -> Any:
    """The start of the week or day of a timestamp, as text 'YYYY-MM-DD' on both backends."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.date_trunc(unit, column), "YYYY-MM-DD")
    if unit == "week":  # SQLite: back to Monday
        return func.date(column, "weekday 0", "-6 days")
    return func.date(column)


async def statements_per_week(session: AsyncSession, since: datetime
                              ) -> list[tuple[str, str, int]]:
    """(week starting, decision or "unmatched", count) of statements created since ``since``."""
    week = _bucket(session, StatementRow.created_at, "week")
    rows = await session.execute(
        select(week, func.coalesce(StatementRow.decision, "unmatched"), func.count())
        .where(StatementRow.created_at >= since).group_by(week, StatementRow.decision))
    return [(str(w), str(d), int(n)) for w, d, n in rows]


async def answer_kinds(session: AsyncSession, since: datetime) -> dict[str, int]:
    """Statements since ``since`` by how they were answered (one pass over them).

    "automatic": posted or queued with a counterpoint and no admin's decision;
    "reviewed": an admin decided; "unanswered": no counterpoint (waiting for review,
    skipped, or posted without one); "held": not posted by policy.
    """
    reviewed = exists().where(ReviewDecisionRow.statement_id == StatementRow.id)
    posted = StatementRow.status.in_((StatementStatus.POSTED.value, StatementStatus.QUEUED.value))
    matched = StatementRow.decision == Decision.MATCH.value
    kinds = {
        "reviewed": reviewed,
        "automatic": ~reviewed & posted & matched,
        "unanswered": ~reviewed & (StatementRow.status.in_(
            (StatementStatus.REVIEW.value, StatementStatus.SKIPPED.value)) | (posted & ~matched)),
        "held": ~reviewed & (StatementRow.status == StatementStatus.HELD.value),
    }
    row = (await session.execute(
        select(*(func.sum(case((cond, 1), else_=0)) for cond in kinds.values()))
        .where(StatementRow.created_at >= since))).one()
    return {k: int(v or 0) for k, v in zip(kinds, row, strict=True)}


async def votes_per_rebuttal(session: AsyncSession, limit: int = 12
                             ) -> list[tuple[str, int, int]]:
    """(rebuttal id, up, down) of the most voted rebuttals."""
    up = func.sum(func.cast(VoteRow.value > 0, type_=VoteRow.value.type))
    down = func.sum(func.cast(VoteRow.value < 0, type_=VoteRow.value.type))
    rows = await session.execute(select(VoteRow.rebuttal_id, up, down)
                                 .group_by(VoteRow.rebuttal_id)
                                 .order_by(func.count().desc(), VoteRow.rebuttal_id).limit(limit))
    return [(str(r), int(u or 0), int(d or 0)) for r, u, d in rows]


async def feed_errors_per_day(session: AsyncSession, since: datetime
                              ) -> list[tuple[str, int, int]]:
    """(day, failed polls, polls) since ``since``, from the fetch log."""
    day = _bucket(session, FetchLogRow.started_at, "day")
    failed = func.sum(func.cast(FetchLogRow.error.is_not(None), type_=FetchLogRow.duration_ms.type))
    rows = await session.execute(select(day, failed, func.count())
                                 .where(FetchLogRow.started_at >= since).group_by(day))
    return sorted((str(d), int(f or 0), int(n)) for d, f, n in rows)


async def rebuttal_ids(session: AsyncSession, ids: Sequence[str]) -> set[str]:
    """The subset of ``ids`` that are stored rebuttals."""
    if not ids:
        return set()
    return set(await session.scalars(select(RebuttalRow.id).where(RebuttalRow.id.in_(list(ids)))))
