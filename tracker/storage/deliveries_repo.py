"""Repository of the outbox: one delivery row per (statement, destination), and its edits.

A post (or review) row has revision 0. When a sent post must change (its statement
gained sources, a rebuttal it carries was edited or retired), an "edit" row of the
same pair is added with the next revision; the worker sends it like any row and
edits the message the post row recorded.

Functions take an open AsyncSession (the caller owns the transaction) and return
``Delivery`` dataclasses or plain values; ORM rows never leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from tracker.model import DeliveryStatus, Destination
from tracker.storage import claims
from tracker.storage.base import dialect_insert
from tracker.storage.destinations_repo import to_destination
from tracker.storage.schema_delivery import DeliveryRow, DestinationRow

# A statement is posted once none of its post rows is still in these states.
UNSENT = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)
# `tracker deliveries retry` sends only rows that ended in these states again.
RETRYABLE = (DeliveryStatus.FAILED, DeliveryStatus.CANCELLED)
# A post row in these states has (or is about to have) a message that an edit can change.
EDITABLE = (DeliveryStatus.SENT, DeliveryStatus.SENDING)
MAX_REASON = 500


@dataclass(frozen=True, slots=True)
class Delivery:
    """One outbox row as the worker and the CLI see it."""

    id: int
    statement_id: int
    destination: Destination
    kind: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    message_id: str | None
    last_error: str | None
    revision: int = 0  # 0: the post or review itself; 1, 2, ...: its edits
    reason: str | None = None  # why an edit was queued
    sent_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EditTarget:
    """What an edit row needs to know about the post it changes.

    Attributes:
        message_id: The sent post's platform message id; None while it is not sent.
        gone: The post will never be sent (failed, cancelled or missing): drop the edit.
        earlier_in_flight: An earlier edit of the same message is being sent: wait, so
            an older rendering never lands after a newer one.
    """

    message_id: str | None
    gone: bool
    earlier_in_flight: bool


async def status_counts(session: AsyncSession) -> dict[str, int]:
    """How many deliveries are in each status."""
    rows = await session.execute(
        select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status))
    return {str(k): int(v) for k, v in rows.all()}


async def add(session: AsyncSession, statement_id: int, destinations: Sequence[Destination],
              kind: str, now: datetime) -> int:
    """Create outbox rows; an existing (statement, destination) row is left alone."""
    created = 0
    for d in destinations:
        stmt = dialect_insert(session, DeliveryRow).values(
            statement_id=statement_id, destination_id=d.id, kind=kind,
            status=DeliveryStatus.PENDING.value, attempts=0, next_attempt_at=now, created_at=now,
            revision=0)
        result = await session.execute(stmt.on_conflict_do_nothing(
            index_elements=["statement_id", "destination_id", "revision"]))
        created += max(getattr(result, "rowcount", 0) or 0, 0)
    return created


def _due(now: datetime, platforms: Sequence[str]) -> Any:
    """Rows due: pending and due, or "sending" with an expired lease (a crashed worker).

    A row waits while an earlier row of the same chat is backing off, so one chat's
    posts keep their order.
    """
    earlier = aliased(DeliveryRow)
    blocked = exists().where(earlier.destination_id == DeliveryRow.destination_id,
                             earlier.id < DeliveryRow.id,
                             earlier.status == DeliveryStatus.PENDING.value,
                             earlier.next_attempt_at > now)
    return and_(
        DestinationRow.platform.in_(list(platforms)), DestinationRow.active.is_(True),
        or_(and_(DeliveryRow.status == DeliveryStatus.PENDING.value,
                 DeliveryRow.next_attempt_at <= now),
            _lease_expired(now)),
        ~blocked)


def _lease_expired(now: datetime) -> Any:
    return and_(DeliveryRow.status == DeliveryStatus.SENDING.value, DeliveryRow.claimed_until < now)


async def claim(session: AsyncSession, *, owner: str, now: datetime, lease_until: datetime,
                platforms: Sequence[str], limit: int) -> list[Delivery]:
    """Claim due rows for ``owner`` (mark "sending" with a lease); caller commits."""
    ids_q = (select(DeliveryRow.id).join(DestinationRow,
                                         DestinationRow.id == DeliveryRow.destination_id)
             .where(_due(now, platforms)).order_by(DeliveryRow.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        ids_q = ids_q.with_for_update(of=DeliveryRow, skip_locked=True)
    ids = list((await session.execute(ids_q)).scalars())
    if not ids:
        return []
    expired = await session.scalar(select(func.count()).where(
        DeliveryRow.id.in_(ids), DeliveryRow.status == DeliveryStatus.SENDING.value))
    claims.count_takeovers("deliveries", int(expired or 0))
    # The WHERE repeats the due test so a row claimed meanwhile (SQLite) is not taken twice.
    await session.execute(
        sql_update(DeliveryRow).where(DeliveryRow.id.in_(ids), or_(
            DeliveryRow.status == DeliveryStatus.PENDING.value, _lease_expired(now)))
        .values(status=DeliveryStatus.SENDING.value, claimed_by=owner, claimed_until=lease_until)
        .execution_options(synchronize_session=False))
    return await list_all(session, ids=ids, claimed_by=owner, status=DeliveryStatus.SENDING)


async def list_all(session: AsyncSession, *, ids: Sequence[int] | None = None,
                   claimed_by: str | None = None, status: DeliveryStatus | str | None = None,
                   limit: int = 1000) -> list[Delivery]:
    """Outbox rows with their destinations, in id order."""
    q = (select(DeliveryRow, DestinationRow)
         .join(DestinationRow, DestinationRow.id == DeliveryRow.destination_id)
         .order_by(DeliveryRow.id).limit(limit))
    if ids is not None:
        q = q.where(DeliveryRow.id.in_(list(ids)))
    if claimed_by is not None:
        q = q.where(DeliveryRow.claimed_by == claimed_by)
    if status is not None:
        q = q.where(DeliveryRow.status == DeliveryStatus(status).value)
    return [Delivery(id=d.id, statement_id=d.statement_id, destination=to_destination(dst),
                     kind=d.kind, status=DeliveryStatus(d.status), attempts=d.attempts,
                     next_attempt_at=d.next_attempt_at, message_id=d.message_id,
                     last_error=d.last_error, revision=d.revision, reason=d.reason,
                     sent_at=d.sent_at)
            for d, dst in (await session.execute(q)).all()]


async def add_edits(session: AsyncSession, statement_ids: Sequence[int], reason: str,
                    now: datetime) -> int:
    """Queue an edit of every message already sent (or being sent) for these statements.

    One edit waits per message at most: when one is still pending, it renders the
    post as it is when sent, so only its reason grows. Returns the rows created.
    """
    if not statement_ids:
        return 0
    posts = await session.execute(
        select(DeliveryRow.statement_id, DeliveryRow.destination_id)
        .join(DestinationRow, DestinationRow.id == DeliveryRow.destination_id)
        .where(DeliveryRow.statement_id.in_(list(statement_ids)), DeliveryRow.kind == "post",
               DeliveryRow.status.in_([s.value for s in EDITABLE]),
               DestinationRow.active.is_(True))
        .order_by(DeliveryRow.id))
    created = 0
    for statement_id, destination_id in posts.all():
        created += await _add_edit(session, statement_id, destination_id, reason, now)
    return created


async def _add_edit(session: AsyncSession, statement_id: int, destination_id: int, reason: str,
                    now: datetime) -> int:
    pair = (DeliveryRow.statement_id == statement_id,
            DeliveryRow.destination_id == destination_id)
    for _ in range(3):  # a concurrent writer may take the next revision first
        waiting = (await session.execute(
            select(DeliveryRow.id, DeliveryRow.reason).where(
                *pair, DeliveryRow.kind == "edit",
                DeliveryRow.status == DeliveryStatus.PENDING.value))).first()
        if waiting is not None:
            merged = "; ".join(dict.fromkeys(filter(None, ((waiting[1] or ""), reason))))
            await session.execute(sql_update(DeliveryRow).where(DeliveryRow.id == waiting[0])
                                  .values(reason=merged[:MAX_REASON])
                                  .execution_options(synchronize_session=False))
            return 0
        top = await session.scalar(select(func.max(DeliveryRow.revision)).where(*pair))
        result = await session.execute(
            dialect_insert(session, DeliveryRow).values(
                statement_id=statement_id, destination_id=destination_id, kind="edit",
                revision=int(top or 0) + 1, reason=reason[:MAX_REASON],
                status=DeliveryStatus.PENDING.value, attempts=0, next_attempt_at=now,
                created_at=now)
            .on_conflict_do_nothing(index_elements=["statement_id", "destination_id",
                                                    "revision"]))
        if getattr(result, "rowcount", 0):
            return 1
    return 0


async def edit_target(session: AsyncSession, edit: Delivery, now: datetime) -> EditTarget:
    """The post an edit row changes: its message id, or why the edit must wait or go.

    An earlier edit whose lease expired is not in flight: its worker died, and when it
    is sent again it renders the post as it is then, never an older state.
    """
    pair = (DeliveryRow.statement_id == edit.statement_id,
            DeliveryRow.destination_id == edit.destination.id)
    post = (await session.execute(select(DeliveryRow.status, DeliveryRow.message_id).where(
        *pair, DeliveryRow.revision == 0))).first()
    in_flight = await session.scalar(select(func.count()).select_from(DeliveryRow).where(
        *pair, DeliveryRow.kind == "edit", DeliveryRow.revision < edit.revision,
        DeliveryRow.status == DeliveryStatus.SENDING.value, DeliveryRow.claimed_until >= now))
    if post is None or post[0] in (DeliveryStatus.FAILED.value, DeliveryStatus.CANCELLED.value):
        return EditTarget(None, gone=True, earlier_in_flight=False)
    sent = post[0] == DeliveryStatus.SENT.value and post[1] is not None
    return EditTarget(post[1] if sent else None, gone=False,
                      earlier_in_flight=bool(in_flight))


async def update(session: AsyncSession, delivery_id: int, *, owner: str | None = None,
                     **values: Any) -> bool:
    """Update one row (only while ``owner`` still holds it, when given); True if updated."""
    q = sql_update(DeliveryRow).where(DeliveryRow.id == delivery_id)
    if owner is not None:
        q = q.where(DeliveryRow.claimed_by == owner,
                    DeliveryRow.status == DeliveryStatus.SENDING.value)
    result = await session.execute(q.values(**values).execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 0))


async def retry(session: AsyncSession, delivery_id: int, now: datetime) -> DeliveryStatus | None:
    """Make a failed or cancelled row due again (attempts reset); returns its status before.

    None when there is no such row.
    """
    row = await session.get(DeliveryRow, delivery_id)
    if row is None:
        return None
    before = DeliveryStatus(row.status)
    if before in RETRYABLE:
        row.status, row.attempts, row.next_attempt_at = DeliveryStatus.PENDING.value, 0, now
        row.claimed_by = row.claimed_until = None
    return before


async def cancel_pending(session: AsyncSession, destination_id: int, reason: str) -> int:
    """Cancel a destination's unsent rows; returns how many."""
    result = await session.execute(
        sql_update(DeliveryRow).where(DeliveryRow.destination_id == destination_id,
                                  DeliveryRow.status.in_([s.value for s in UNSENT]))
        .values(status=DeliveryStatus.CANCELLED.value, last_error=reason, claimed_by=None,
                claimed_until=None)
        .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


async def failed_since(session: AsyncSession, since: datetime) -> int:
    """How many rows failed since ``since`` (a failed row's next_attempt_at is its failure time)."""
    return int((await session.execute(select(func.count()).select_from(DeliveryRow).where(
        DeliveryRow.status == DeliveryStatus.FAILED.value,
        DeliveryRow.next_attempt_at >= since))).scalar_one())
