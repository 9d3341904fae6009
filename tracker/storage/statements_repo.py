"""Repository of statements: the reports that carry them and where each stands.

Functions take an open AsyncSession (the caller owns the transaction: they
flush, never commit) and return ``tracker.model`` dataclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import (
    Decision,
    DeliveryStatus,
    ExtractedStatement,
    Item,
    Statement,
    StatementSource,
    StatementStatus,
)
from tracker.storage.deliveries_repo import UNSENT
from tracker.storage.schema_delivery import DeliveryRow
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow

# Queries for other statements of a watch or speaker look at this many, newest first.
RECENT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class PendingStatement:
    """A matched statement with what the posting policy needs to decide."""

    id: int
    watch: str
    decision: str | None
    published_at: datetime | None
    post_eligible: bool
    feed_id: int
    confidence: float = 1.0  # the extraction's confidence in the attribution


def _source(row: StatementSourceRow) -> StatementSource:
    return StatementSource(item_id=row.item_id, url=row.url, title=row.title, outlet=row.outlet,
                           published_at=row.published_at)


def to_statement(row: StatementRow, sources: Sequence[StatementSourceRow]) -> Statement:
    return Statement(
        id=row.id, text=row.text, speaker=row.speaker, watch=row.watch, language=row.language,
        confidence=row.confidence, item_id=row.item_id, start=row.span_start, end=row.span_end,
        context=row.context, published_at=row.published_at, source_url=row.source_url,
        seconds=row.seconds, status=StatementStatus(row.status),
        decision=Decision(row.decision) if row.decision else None,
        sources=tuple(_source(s) for s in sources))


async def sources_of(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[StatementSourceRow]]:
    found: dict[int, list[StatementSourceRow]] = {i: [] for i in ids}
    if ids:
        rows = await session.scalars(select(StatementSourceRow).where(
            StatementSourceRow.statement_id.in_(ids)).order_by(StatementSourceRow.id))
        for row in rows:
            found[row.statement_id].append(row)
    return found


async def get_statement(session: AsyncSession, statement_id: int) -> Statement | None:
    """The statement with its sources, or None."""
    row = await session.get(StatementRow, statement_id)
    if row is None:
        return None
    return to_statement(row, (await sources_of(session, [row.id]))[row.id])


async def latest_posted(session: AsyncSession, n: int) -> list[Statement]:
    """The n statements posted most recently, newest first, with sources."""
    rows = list(await session.scalars(
        select(StatementRow).where(StatementRow.status == StatementStatus.POSTED.value)
        .order_by(StatementRow.posted_at.desc(), StatementRow.id.desc()).limit(max(0, n))))
    sources = await sources_of(session, [r.id for r in rows])
    return [to_statement(r, sources[r.id]) for r in rows]


async def with_status(session: AsyncSession, status: StatementStatus,
                      limit: int = 100) -> list[Statement]:
    """Statements in one status (the review queue, say), oldest first, with sources."""
    rows = list(await session.scalars(
        select(StatementRow).where(StatementRow.status == status.value)
        .order_by(StatementRow.created_at, StatementRow.id).limit(max(0, limit))))
    sources = await sources_of(session, [r.id for r in rows])
    return [to_statement(r, sources[r.id]) for r in rows]


async def set_status(session: AsyncSession, statement_id: int, status: StatementStatus | str,
                     *, decision: Decision | str | None = None,
                     now: datetime | None = None) -> None:
    """Move a statement on; stamps matched_at/posted_at when it gets there."""
    status = StatementStatus(status)
    values: dict[str, object] = {"status": status.value}
    if decision is not None:
        values["decision"] = Decision(decision).value
    if now is not None and status is StatementStatus.MATCHED:
        values["matched_at"] = now
    if now is not None and status is StatementStatus.POSTED:
        values["posted_at"] = now
    await session.execute(update(StatementRow).where(StatementRow.id == statement_id)
                          .values(**values))


async def find_by_key(session: AsyncSession, watch: str, key: str) -> int | None:
    """The statement of ``watch`` stored under a group key, if any."""
    found = await session.scalar(select(StatementRow.id).where(
        StatementRow.watch == watch, StatementRow.group_key == key).limit(1))
    return None if found is None else int(found)


async def recent_texts(session: AsyncSession, watch: str, since: datetime,
                       limit: int = RECENT_LIMIT) -> list[tuple[int, str]]:
    """(id, text) of the statements of ``watch`` created since ``since``, newest first."""
    rows = await session.execute(
        select(StatementRow.id, StatementRow.text).where(
            StatementRow.watch == watch, StatementRow.created_at >= since)
        .order_by(StatementRow.id.desc()).limit(limit))
    return [(int(i), str(t)) for i, t in rows]


async def insert(session: AsyncSession, item: Item, found: ExtractedStatement, key: str,
                 now: datetime) -> int:
    """Store a new statement found in ``item`` (status "new"); returns its id."""
    row = StatementRow(
        watch=found.watch, speaker=found.speaker, text=found.text, language=found.language,
        confidence=found.confidence, item_id=item.id, span_start=found.start,
        span_end=found.end, context=found.context, published_at=item.published_at,
        source_url=item.url, seconds=found.seconds, group_key=key, created_at=now,
        status=StatementStatus.NEW.value)
    session.add(row)
    await session.flush()
    return row.id


async def has_source(session: AsyncSession, statement_id: int, item_id: int) -> bool:
    """True when ``item_id`` already is one of the statement's reports."""
    return await session.scalar(select(StatementSourceRow.id).where(
        StatementSourceRow.statement_id == statement_id,
        StatementSourceRow.item_id == item_id)) is not None


async def add_source(session: AsyncSession, statement_id: int, item: Item,
                     found: ExtractedStatement, now: datetime, *, outlet: str = "") -> None:
    """Record ``item`` (where ``found`` was said) as a report of a statement."""
    session.add(StatementSourceRow(
        statement_id=statement_id, item_id=item.id, url=item.url, title=item.title,
        outlet=outlet, published_at=item.published_at, span_start=found.start,
        span_end=found.end, added_at=now))
    await session.flush()


async def matched_statements(session: AsyncSession, *, status: str = StatementStatus.MATCHED,
                             since: datetime | None = None,
                             feed_url: str | None = None) -> list[PendingStatement]:
    """Statements in ``status`` with their item's eligibility, oldest first."""
    q = (select(StatementRow.id, StatementRow.watch, StatementRow.decision,
                StatementRow.published_at, ItemRow.post_eligible, ItemRow.feed_id,
                StatementRow.confidence)
         .join(ItemRow, ItemRow.id == StatementRow.item_id)
         .where(StatementRow.status == status).order_by(StatementRow.id))
    if since is not None:
        q = q.where(func.coalesce(StatementRow.published_at, ItemRow.published_at) >= since)
    if feed_url is not None:
        q = q.join(FeedRow, FeedRow.id == ItemRow.feed_id).where(FeedRow.url == feed_url)
    rows = (await session.execute(q)).all()
    return [PendingStatement(*r) for r in rows]


async def locked_status(session: AsyncSession, statement_id: int) -> str | None:
    """A statement's status (None: no such statement), the row locked until commit.

    The lock is taken on PostgreSQL; SQLite serialises writers on its own.
    """
    q = select(StatementRow.status).where(StatementRow.id == statement_id)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    return (await session.execute(q)).scalar_one_or_none()


async def mark_posted(session: AsyncSession, statement_id: int, now: datetime) -> bool:
    """Mark a queued statement posted once every post row of it is sent; True if it was.

    One conditional UPDATE: it needs a sent post row and none still unsent.
    """
    post_rows = (DeliveryRow.statement_id == statement_id, DeliveryRow.kind == "post")
    unsent = [s.value for s in UNSENT]
    result = await session.execute(
        update(StatementRow).where(
            StatementRow.id == statement_id, StatementRow.status == StatementStatus.QUEUED.value,
            exists().where(*post_rows, DeliveryRow.status == DeliveryStatus.SENT.value),
            ~exists().where(*post_rows, DeliveryRow.status.in_(unsent)))
        .values(status=StatementStatus.POSTED.value, posted_at=now)
        .execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 0))


async def status_counts(session: AsyncSession) -> dict[str, int]:
    """How many statements are in each status."""
    rows = await session.execute(
        select(StatementRow.status, func.count()).group_by(StatementRow.status))
    return {str(k): int(v) for k, v in rows.all()}
