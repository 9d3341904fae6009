"""Repository of the delivery area: destinations, the outbox, reviews, votes, alerts.

Functions take an open AsyncSession (the caller owns the transaction) and return
``tracker.model`` dataclasses or plain tuples; ORM rows never leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from tracker.model import (
    Decision,
    Destination,
    Rebuttal,
    RebuttalStatus,
    ScoredRebuttal,
    Statement,
    StatementSource,
    StatementStatus,
)
from tracker.storage import rebuttals_repo
from tracker.storage.schema_delivery import (
    AlertRow,
    DeliveryRow,
    DestinationRow,
    ReviewDecisionRow,
    VoteRow,
)
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow


@dataclass(frozen=True, slots=True)
class Delivery:
    """One outbox row as the worker and the CLI see it."""

    id: int
    statement_id: int
    destination: Destination
    kind: str
    status: str
    attempts: int
    next_attempt_at: datetime
    message_id: str | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class PendingStatement:
    """A matched statement with what the posting policy needs to decide."""

    id: int
    watch: str
    decision: str | None
    published_at: datetime | None
    post_eligible: bool
    feed_id: int


def _insert(session: AsyncSession, table: Any) -> Any:
    """A dialect-specific INSERT, so on_conflict_do_nothing works on both backends."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def to_destination(row: DestinationRow) -> Destination:
    """Convert a destination row to the model dataclass."""
    return Destination(id=row.id, platform=row.platform, chat_id=row.chat_id, title=row.title,
                       role=row.role, language=row.language, active=row.active)


# ---- destinations -------------------------------------------------------------------------


async def get_destination_row(
    session: AsyncSession, platform: str, chat_id: str
) -> DestinationRow | None:
    """The destination row for a chat (for the destinations use cases only)."""
    return (await session.execute(select(DestinationRow).where(
        DestinationRow.platform == platform, DestinationRow.chat_id == chat_id))).scalar_one_or_none()


async def upsert_destination(session: AsyncSession, platform: str, chat_id: str, *, title: str,
                             language: str, role: str, added_by: str,
                             now: datetime) -> tuple[Destination, bool]:
    """Create or (re)activate a destination; True when it newly receives posts in this role."""
    row = await get_destination_row(session, platform, chat_id)
    created = row is None or not row.active or row.role != role
    if row is None:
        row = DestinationRow(platform=platform, chat_id=chat_id, added_at=now, added_by=added_by)
        session.add(row)
    row.title = title or row.title or ""
    row.language = language if language in ("en", "zh") else "en"
    row.role, row.active, row.deactivated_reason = role, True, None
    await session.flush()
    return to_destination(row), created


async def deactivate_destination(session: AsyncSession, platform: str, chat_id: str,
                                 reason: str) -> Destination | None:
    """Deactivate an active destination and cancel its unsent rows; None if not active."""
    row = await get_destination_row(session, platform, chat_id)
    if row is None or not row.active:
        return None
    row.active, row.deactivated_reason = False, reason[:500]
    await cancel_pending(session, row.id, f"destination deactivated: {reason}")
    return to_destination(row)


async def config_destinations(session: AsyncSession) -> list[Destination]:
    """Active destinations that came from the settings (added_by "config")."""
    rows = (await session.execute(select(DestinationRow).where(
        DestinationRow.active.is_(True), DestinationRow.added_by == "config"))).scalars()
    return [to_destination(r) for r in rows]


async def list_destinations(session: AsyncSession, platform: str | None = None,
                            role: str | None = None, active_only: bool = True) -> list[Destination]:
    """Destinations filtered by platform, role and activity, in id order."""
    q = select(DestinationRow).order_by(DestinationRow.id)
    if platform is not None:
        q = q.where(DestinationRow.platform == platform)
    if role is not None:
        q = q.where(DestinationRow.role == role)
    if active_only:
        q = q.where(DestinationRow.active.is_(True))
    return [to_destination(r) for r in (await session.execute(q)).scalars()]


async def deactivated_destinations(session: AsyncSession) -> list[tuple[Destination, str]]:
    """Inactive destinations with their deactivation reason."""
    rows = (await session.execute(select(DestinationRow).where(
        DestinationRow.active.is_(False)))).scalars()
    return [(to_destination(r), r.deactivated_reason or "") for r in rows]


# ---- statements and matches ---------------------------------------------------------------


async def matched_statements(session: AsyncSession, *, status: str = StatementStatus.MATCHED,
                             since: datetime | None = None,
                             feed_url: str | None = None) -> list[PendingStatement]:
    """Statements in ``status`` with their item's eligibility, oldest first."""
    q = (select(StatementRow.id, StatementRow.watch, StatementRow.decision,
                StatementRow.published_at, ItemRow.post_eligible, ItemRow.feed_id)
         .join(ItemRow, ItemRow.id == StatementRow.item_id)
         .where(StatementRow.status == status).order_by(StatementRow.id))
    if since is not None:
        q = q.where(func.coalesce(StatementRow.published_at, ItemRow.published_at) >= since)
    if feed_url is not None:
        q = q.join(FeedRow, FeedRow.id == ItemRow.feed_id).where(FeedRow.url == feed_url)
    rows = (await session.execute(q)).all()
    return [PendingStatement(*r) for r in rows]


async def statement_status(session: AsyncSession, statement_id: int) -> str | None:
    """A statement's status, row locked on PostgreSQL for a decision in this transaction."""
    q = select(StatementRow.status).where(StatementRow.id == statement_id)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    return (await session.execute(q)).scalar_one_or_none()


async def set_statement_status(session: AsyncSession, statement_id: int, status: str, *,
                               decision: str | None = None, posted_at: datetime | None = None
                               ) -> None:
    """Set a statement's status (and its decision or posted time when given)."""
    values: dict[str, Any] = {"status": status}
    if decision is not None:
        values["decision"] = decision
    if posted_at is not None:
        values["posted_at"] = posted_at
    await session.execute(update(StatementRow).where(StatementRow.id == statement_id)
                          .values(**values))


async def load_statement(session: AsyncSession, statement_id: int) -> Statement | None:
    """A statement with all its reports (sources), or None."""
    row = await session.get(StatementRow, statement_id)
    if row is None:
        return None
    srcs = (await session.execute(select(StatementSourceRow).where(
        StatementSourceRow.statement_id == statement_id).order_by(StatementSourceRow.id))).scalars()
    sources = tuple(StatementSource(item_id=s.item_id, url=s.url, title=s.title, outlet=s.outlet,
                                    published_at=s.published_at) for s in srcs)
    return Statement(
        id=row.id, text=row.text, speaker=row.speaker, watch=row.watch, language=row.language,
        confidence=row.confidence, item_id=row.item_id, start=row.span_start, end=row.span_end,
        context=row.context, published_at=row.published_at, source_url=row.source_url,
        seconds=row.seconds, status=StatementStatus(row.status),
        decision=Decision(row.decision) if row.decision else None, sources=sources)


async def candidates(session: AsyncSession, statement_id: int,
                     decision: str | None = None) -> list[ScoredRebuttal]:
    """The stored match candidates of a statement by rank (optionally one decision only)."""
    q = (select(StatementMatchRow.rebuttal_id, StatementMatchRow.score)
         .where(StatementMatchRow.statement_id == statement_id)
         .order_by(StatementMatchRow.rank, StatementMatchRow.id))
    if decision is not None:
        q = q.where(StatementMatchRow.decision == decision)
    return [ScoredRebuttal(r, s) for r, s in (await session.execute(q)).all()]


async def matched_rebuttals(session: AsyncSession, statement_id: int) -> list[Rebuttal]:
    """Non-retired rebuttals with decision "match" for a statement, best first."""
    q = (select(RebuttalRow).join(StatementMatchRow, StatementMatchRow.rebuttal_id == RebuttalRow.id)
         .where(StatementMatchRow.statement_id == statement_id,
                StatementMatchRow.decision == Decision.MATCH,
                RebuttalRow.status != RebuttalStatus.RETIRED)
         .order_by(StatementMatchRow.rank, StatementMatchRow.id))
    return [rebuttals_repo.to_model(r) for r in (await session.execute(q)).scalars()]


async def rebuttal_exists(session: AsyncSession, rebuttal_id: str) -> bool:
    """True when a rebuttal with this id is stored."""
    return (await session.get(RebuttalRow, rebuttal_id)) is not None


async def attach_match(session: AsyncSession, statement_id: int, rebuttal_id: str) -> None:
    """Store (or promote) a statement_matches row with decision "match" at rank 0."""
    stmt = _insert(session, StatementMatchRow).values(
        statement_id=statement_id, rebuttal_id=rebuttal_id, rank=0, score=1.0,
        decision=Decision.MATCH)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["statement_id", "rebuttal_id"],
        set_={"decision": Decision.MATCH, "rank": 0}))


# ---- outbox -------------------------------------------------------------------------------


async def status_counts(session: AsyncSession) -> dict[str, int]:
    """How many deliveries are in each status."""
    rows = await session.execute(
        select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status))
    return {str(k): int(v) for k, v in rows.all()}


async def add_deliveries(session: AsyncSession, statement_id: int,
                         destinations: Sequence[Destination], kind: str, now: datetime) -> int:
    """Create outbox rows; an existing (statement, destination) row is left alone."""
    created = 0
    for d in destinations:
        stmt = _insert(session, DeliveryRow).values(
            statement_id=statement_id, destination_id=d.id, kind=kind, status="pending",
            attempts=0, next_attempt_at=now, created_at=now)
        result = await session.execute(stmt.on_conflict_do_nothing(
            index_elements=["statement_id", "destination_id"]))
        created += max(getattr(result, "rowcount", 0) or 0, 0)
    return created


def _due(now: datetime, platforms: Sequence[str]) -> Any:
    """Rows due: pending and due, or "sending" with an expired lease (a crashed worker).

    A row waits while an earlier row of the same chat is backing off, so one chat's
    posts keep their order.
    """
    earlier = aliased(DeliveryRow)
    blocked = exists().where(earlier.destination_id == DeliveryRow.destination_id,
                             earlier.id < DeliveryRow.id, earlier.status == "pending",
                             earlier.next_attempt_at > now)
    return and_(
        DestinationRow.platform.in_(list(platforms)), DestinationRow.active.is_(True),
        or_(and_(DeliveryRow.status == "pending", DeliveryRow.next_attempt_at <= now),
            and_(DeliveryRow.status == "sending", DeliveryRow.claimed_until < now)),
        ~blocked)


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
    # The WHERE repeats the due test so a row claimed meanwhile (SQLite) is not taken twice.
    await session.execute(
        update(DeliveryRow).where(DeliveryRow.id.in_(ids), or_(
            DeliveryRow.status == "pending",
            and_(DeliveryRow.status == "sending", DeliveryRow.claimed_until < now)))
        .values(status="sending", claimed_by=owner, claimed_until=lease_until)
        .execution_options(synchronize_session=False))
    return await list_deliveries(session, ids=ids, claimed_by=owner, status="sending")


async def list_deliveries(session: AsyncSession, *, ids: Sequence[int] | None = None,
                          claimed_by: str | None = None, status: str | None = None,
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
        q = q.where(DeliveryRow.status == status)
    return [Delivery(id=d.id, statement_id=d.statement_id, destination=to_destination(dst),
                     kind=d.kind, status=d.status, attempts=d.attempts,
                     next_attempt_at=d.next_attempt_at, message_id=d.message_id,
                     last_error=d.last_error)
            for d, dst in (await session.execute(q)).all()]


async def update_delivery(session: AsyncSession, delivery_id: int, *, owner: str | None = None,
                          **values: Any) -> bool:
    """Update one row (only while ``owner`` still holds it, when given); True if updated."""
    q = update(DeliveryRow).where(DeliveryRow.id == delivery_id)
    if owner is not None:
        q = q.where(DeliveryRow.claimed_by == owner, DeliveryRow.status == "sending")
    result = await session.execute(q.values(**values).execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 0))


async def retry_delivery(session: AsyncSession, delivery_id: int, now: datetime) -> str:
    """Make a failed or cancelled row due again (attempts reset); returns its status before."""
    row = await session.get(DeliveryRow, delivery_id)
    if row is None:
        return "missing"
    before = row.status
    if before in ("failed", "cancelled"):
        row.status, row.attempts, row.next_attempt_at = "pending", 0, now
        row.claimed_by = row.claimed_until = None
    return before


async def cancel_pending(session: AsyncSession, destination_id: int, reason: str) -> int:
    """Cancel a destination's unsent rows; returns how many."""
    result = await session.execute(
        update(DeliveryRow).where(DeliveryRow.destination_id == destination_id,
                                  DeliveryRow.status.in_(["pending", "sending"]))
        .values(status="cancelled", last_error=reason, claimed_by=None, claimed_until=None)
        .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


async def all_posts_sent(session: AsyncSession, statement_id: int) -> bool:
    """True when the statement has post rows and none is still unsent (pending/sending)."""
    counts: dict[str, int] = dict((await session.execute(
        select(DeliveryRow.status, func.count()).where(
            DeliveryRow.statement_id == statement_id, DeliveryRow.kind == "post")
        .group_by(DeliveryRow.status))).all())
    return counts.get("sent", 0) > 0 and not counts.get("pending") and not counts.get("sending")


async def failed_since(session: AsyncSession, since: datetime) -> int:
    """How many rows failed since ``since`` (a failed row's next_attempt_at is its failure time)."""
    return int((await session.execute(select(func.count()).select_from(DeliveryRow).where(
        DeliveryRow.status == "failed", DeliveryRow.next_attempt_at >= since))).scalar_one())


async def add_baselined_feeds(session: AsyncSession, feeds: Sequence[tuple[str, str, str, str]],
                              now: datetime) -> None:
    """Store feeds (url, kind, name, language) as already baselined: their items count as new.

    Only the offline demo uses this, so its sample items are posted on the first poll.
    """
    for url, kind, name, language in feeds:
        stmt = _insert(session, FeedRow).values(url=url, kind=kind, name=name, language=language,
                                                added_at=now, baselined=True)
        await session.execute(stmt.on_conflict_do_nothing(index_elements=["url"]))


# ---- reviews, votes, alerts ---------------------------------------------------------------


async def final_decision(session: AsyncSession, statement_id: int) -> tuple[str, str] | None:
    """(action, decided_by) of the statement's final review decision, if any."""
    row = (await session.execute(select(ReviewDecisionRow.action, ReviewDecisionRow.decided_by)
                                 .where(ReviewDecisionRow.statement_id == statement_id,
                                        ReviewDecisionRow.action != "new_rebuttal")
                                 .order_by(ReviewDecisionRow.id).limit(1))).first()
    return (row[0], row[1]) if row else None


async def add_review_decision(session: AsyncSession, statement_id: int, action: str,
                              rebuttal_id: str | None, actor: str, now: datetime) -> None:
    """Record an admin's review decision."""
    session.add(ReviewDecisionRow(statement_id=statement_id, action=action,
                                  rebuttal_id=rebuttal_id, decided_by=actor, decided_at=now))


async def upsert_vote(session: AsyncSession, statement_id: int, rebuttal_id: str, platform: str,
                      user_id: str, value: int, now: datetime) -> tuple[int, int]:
    """Store one vote per user (a new vote replaces the old); return (up, down)."""
    stmt = _insert(session, VoteRow).values(statement_id=statement_id, rebuttal_id=rebuttal_id,
                                            platform=platform, user_id=user_id, value=value,
                                            voted_at=now)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["statement_id", "rebuttal_id", "platform", "user_id"],
        set_={"value": value, "voted_at": now}))
    rows = (await session.execute(select(VoteRow.value, func.count()).where(
        VoteRow.statement_id == statement_id, VoteRow.rebuttal_id == rebuttal_id)
        .group_by(VoteRow.value))).all()
    totals: dict[int, int] = {int(v): int(n) for v, n in rows}
    return totals.get(1, 0), totals.get(-1, 0)


async def vote_stats(session: AsyncSession) -> list[tuple[int, str, int, int]]:
    """(statement_id, rebuttal_id, up, down) for every voted pair, most downvoted first."""
    up = func.sum(func.cast(VoteRow.value > 0, type_=VoteRow.value.type))
    down = func.sum(func.cast(VoteRow.value < 0, type_=VoteRow.value.type))
    q = (select(VoteRow.statement_id, VoteRow.rebuttal_id, up, down)
         .group_by(VoteRow.statement_id, VoteRow.rebuttal_id)
         .order_by(down.desc(), VoteRow.statement_id, VoteRow.rebuttal_id))
    return [(s, r, int(u or 0), int(d or 0)) for s, r, u, d in (await session.execute(q)).all()]


async def failing_feeds(session: AsyncSession) -> list[tuple[int, str, str]]:
    """(id, name or url, last error) of active feeds failing 5+ times in a row."""
    rows = (await session.execute(select(FeedRow.id, FeedRow.name, FeedRow.url, FeedRow.last_error)
                                  .where(FeedRow.active.is_(True), FeedRow.error_count >= 5))).all()
    return [(i, n or u, e or "") for i, n, u, e in rows]


async def alert_rows(session: AsyncSession) -> dict[str, tuple[str, str | None]]:
    """Every alert key with (state, notified_state)."""
    rows = (await session.execute(select(AlertRow.key, AlertRow.state, AlertRow.notified_state)))
    return {k: (s, n) for k, s, n in rows.all()}


async def failing_alerts(session: AsyncSession, prefix: str) -> dict[str, str]:
    """Alert keys starting with ``prefix`` whose recorded state is failing, with details."""
    rows = await session.execute(select(AlertRow.key, AlertRow.detail).where(
        AlertRow.key.startswith(prefix), AlertRow.state == "failing"))
    return {k: d or "" for k, d in rows.all()}


async def set_alert(session: AsyncSession, key: str, state: str, detail: str, now: datetime,
                    notified_state: str | None) -> None:
    """Insert or update an alert's state."""
    stmt = _insert(session, AlertRow).values(key=key, state=state, detail=detail, changed_at=now,
                                             notified_state=notified_state)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={"state": state, "detail": detail, "changed_at": now,
              "notified_state": notified_state}))
