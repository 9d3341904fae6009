"""Read models of the operations server: the counts behind ``/metrics``.

Every figure here is read from the database at scrape time, so each process of a
deployment (workers, the bots process) reports the same deployment-wide numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import DeliveryStatus
from tracker.storage.schema_delivery import DeliveryRow, DestinationRow
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow
from tracker.storage.schema_statements import StatementRow


@dataclass(frozen=True, slots=True)
class Counts:
    """Deployment-wide counts, each a list of (labels, value).

    Attributes:
        fetches: (status of the fetch: "200", "304", "same", "error", "429", ...) -> fetches logged.
        feeds: (state: "active", "paused", "failing", ...) -> feeds.
        items: Items stored.
        statements: (status, matcher decision or "") -> statements.
        deliveries: (status, platform, kind) -> outbox rows.
        queue_depth: Outbox rows waiting to be sent (pending or sending).
    """

    fetches: Sequence[tuple[str, int]]
    feeds: Sequence[tuple[str, int]]
    items: int
    statements: Sequence[tuple[tuple[str, str], int]]
    deliveries: Sequence[tuple[tuple[str, str, str], int]]
    queue_depth: int


async def ping(session: AsyncSession) -> None:
    """One round trip to the database (raises when it is unreachable)."""
    await session.execute(text("SELECT 1"))


async def counts(session: AsyncSession) -> Counts:
    """The deployment-wide counts behind the metrics."""
    fetches = await session.execute(
        select(FetchLogRow.status, func.count()).group_by(FetchLogRow.status))
    feeds = await session.execute(
        select(FeedRow.active, FeedRow.inactive_reason, func.count())
        .group_by(FeedRow.active, FeedRow.inactive_reason))
    items = await session.scalar(select(func.count()).select_from(ItemRow))
    statements = await session.execute(
        select(StatementRow.status, StatementRow.decision, func.count())
        .group_by(StatementRow.status, StatementRow.decision))
    deliveries = await session.execute(
        select(DeliveryRow.status, DestinationRow.platform, DeliveryRow.kind, func.count())
        .join(DestinationRow, DestinationRow.id == DeliveryRow.destination_id)
        .group_by(DeliveryRow.status, DestinationRow.platform, DeliveryRow.kind))
    rows = [((s, p, k), n) for s, p, k, n in deliveries]
    waiting = (DeliveryStatus.PENDING.value, DeliveryStatus.SENDING.value)
    return Counts(
        fetches=[(str(s), n) for s, n in fetches],
        feeds=[("active" if active else (reason or "inactive"), n) for active, reason, n in feeds],
        items=int(items or 0),
        statements=[((s, d or ""), n) for s, d, n in statements],
        deliveries=rows,
        queue_depth=sum(n for (s, _, _), n in rows if s in waiting),
    )


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


async def post_latencies(session: AsyncSession, since: datetime | None,
                         limit: int = 50_000) -> list[tuple[int, datetime, float]]:
    """Sent posts recorded at or after ``since`` (all with None), oldest first: (delivery id,
    when it was recorded sent, seconds from its statement's item being fetched to the post)."""
    query = (select(DeliveryRow.id, DeliveryRow.sent_at, ItemRow.fetched_at)
             .join(StatementRow, StatementRow.id == DeliveryRow.statement_id)
             .join(ItemRow, ItemRow.id == StatementRow.item_id)
             .where(DeliveryRow.kind == "post", DeliveryRow.status == DeliveryStatus.SENT.value,
                    DeliveryRow.sent_at.is_not(None))
             .order_by(DeliveryRow.sent_at, DeliveryRow.id).limit(limit))
    if since is not None:
        query = query.where(DeliveryRow.sent_at >= since)
    rows = await session.execute(query)
    return [(i, _utc(sent), max(0.0, (_utc(sent) - _utc(seen)).total_seconds()))
            for i, sent, seen in rows if sent is not None]
