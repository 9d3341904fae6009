"""Polling state: claiming due feeds, and storing what a poll found (items, transcripts,
the feed's new state and its fetch log) in one transaction per batch of feeds.

ORM rows never leave this module: callers get model dataclasses or plain values.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import String, Table, bindparam, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Feed
from tracker.storage import claims
from tracker.storage.base import dialect_insert
from tracker.storage.db import Database
from tracker.storage.feeds_repo import to_feed
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow, TranscriptRow

logger = logging.getLogger(__name__)

_FEEDS = cast(Table, FeedRow.__table__)
_T = _FEEDS.c


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of one feed changes in the feed's state (written with its fetch log)."""

    feed_id: int
    started_at: datetime
    status: str
    duration_ms: int
    nbytes: int
    items_new: int
    next_poll_at: datetime
    ok: bool
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None  # of a body parsed and stored; None keeps the stored one


async def claim_due(db: Database, now: datetime, *, force: bool, owner: str,
                    lease_seconds: float, limit: int, exclude: Collection[int] = ()) -> list[Feed]:
    """Lease up to ``limit`` active feeds that are due (all active ones with force) to this
    poller, leaving out ``exclude`` (the feeds it polled already in this cycle); the
    claim is :func:`claims.claim`'s, so several processes never poll one feed at once and
    a lease outlives a crash only until ``lease_until``.
    """
    cond: list[Any] = [FeedRow.active.is_(True)]
    if not force:
        cond.append(or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now))
    if exclude:
        cond.append(FeedRow.id.not_in(list(exclude)))
    async with db.transaction() as session:
        ids = await claims.claim(session, claims.FEEDS, *cond, owner=owner, now=now,
                                 seconds=lease_seconds,
                                 order_by=(FeedRow.next_poll_at, FeedRow.id), limit=limit)
        rows = {r.id: r for r in (await session.execute(
            select(FeedRow).where(FeedRow.id.in_(ids)))).scalars()}
        return [to_feed(rows[i]) for i in ids]


async def known_guids(db: Database, feed_id: int, guids: Sequence[str]) -> set[str]:
    """The subset of guids already stored for a feed."""
    found: set[str] = set()
    async with db.session() as session:
        for start in range(0, len(guids), 500):
            chunk = list(guids[start:start + 500])
            q = select(ItemRow.guid).where(ItemRow.feed_id == feed_id, ItemRow.guid.in_(chunk))
            found.update((await session.execute(q)).scalars().all())
    return found


@dataclass(frozen=True)
class PollWrite:
    """Everything one feed's poll writes: its outcome, new item rows and their transcripts."""

    outcome: PollOutcome
    items: Sequence[dict[str, Any]] = ()
    transcripts: dict[str, dict[str, Any]] | None = None  # by guid


async def store_polls(db: Database, writes: Sequence[PollWrite]) -> list[int]:
    """Store several feeds' polls in one transaction: items (deduplicated on feed+guid, many
    rows a statement), transcripts, each feed's state and its fetch log.

    Returns the number of items actually inserted for each write, in order.
    """
    new = dict.fromkeys((w.outcome.feed_id for w in writes), 0)
    transcripts = {(w.outcome.feed_id, guid): t for w in writes
                   for guid, t in (w.transcripts or {}).items()}
    rows = [row for w in writes for row in w.items]
    async with db.session() as session, session.begin():
        if rows:
            # Core executemany: compiled once and sent as multi-row INSERTs by SQLAlchemy's
            # insertmanyvalues (a .values(list) statement recompiles per call: ~10x slower).
            conn = await session.connection()
            stmt = dialect_insert(session, ItemRow.__table__).on_conflict_do_nothing(
                index_elements=["feed_id", "guid"]
            ).returning(ItemRow.__table__.c.id, ItemRow.__table__.c.feed_id,
                        ItemRow.__table__.c.guid)
            inserted = (await conn.execute(stmt, list(rows))).all()
            for _id, feed_id, _guid in inserted:
                new[feed_id] += 1
            await _store_transcripts(session, inserted, transcripts)
        await _update_feeds(session, [w.outcome for w in writes])
        logs = [{"feed_id": w.outcome.feed_id, "started_at": w.outcome.started_at,
                 "status": w.outcome.status, "duration_ms": w.outcome.duration_ms,
                 "bytes": w.outcome.nbytes, "items_new": new[w.outcome.feed_id],
                 "error": w.outcome.error} for w in writes]
        await (await session.connection()).execute(insert(cast(Table, FetchLogRow.__table__)), logs)
    return [new[w.outcome.feed_id] for w in writes]


async def _store_transcripts(session: AsyncSession, inserted: Sequence[Any],
                             transcripts: dict[tuple[int, str], dict[str, Any]]) -> None:
    rows = [{**transcripts[(feed_id, guid)], "item_id": item_id}
            for item_id, feed_id, guid in inserted if (feed_id, guid) in transcripts]
    if rows:
        await session.execute(dialect_insert(session, TranscriptRow).values(rows)
                              .on_conflict_do_nothing(index_elements=["item_id"]))


# Two statement shapes, each run once as executemany for a whole batch of feeds.
_OK = update(_FEEDS).where(_T.id == bindparam("b_id")).values(
    next_poll_at=bindparam("b_next"), last_polled_at=bindparam("b_polled"),
    last_success_at=bindparam("b_polled"), lease_until=None, lease_owner=None,
    error_count=0, last_error=None, baselined=True,
    # A 304 (or a server that stops sending validators) keeps the stored ones.
    etag=func.coalesce(bindparam("b_etag", type_=String), _T.etag),
    last_modified=func.coalesce(bindparam("b_lm", type_=String), _T.last_modified),
    body_hash=func.coalesce(bindparam("b_hash", type_=String), _T.body_hash),
)
_FAILED = update(_FEEDS).where(_T.id == bindparam("b_id")).values(
    next_poll_at=bindparam("b_next"), last_polled_at=bindparam("b_polled"),
    lease_until=None, lease_owner=None, error_count=_T.error_count + 1,
    last_error=bindparam("b_error"),
)


async def _update_feeds(session: AsyncSession, outcomes: Sequence[PollOutcome]) -> None:
    conn = await session.connection()
    ok = [{"b_id": o.feed_id, "b_next": o.next_poll_at, "b_polled": o.started_at,
           "b_etag": o.etag, "b_lm": o.last_modified, "b_hash": o.body_hash}
          for o in outcomes if o.ok]
    failed = [{"b_id": o.feed_id, "b_next": o.next_poll_at, "b_polled": o.started_at,
               "b_error": o.error} for o in outcomes if not o.ok]
    if ok:
        await conn.execute(_OK, ok)
    if failed:
        await conn.execute(_FAILED, failed)


async def release(db: Database, feed_ids: Sequence[int]) -> None:
    """Drop this poller's leases (after a cancelled cycle)."""
    if feed_ids:
        async with db.session() as session, session.begin():
            await session.execute(update(FeedRow).where(FeedRow.id.in_(list(feed_ids)))
                                  .values(lease_until=None, lease_owner=None))


async def leases(db: Database, now: datetime) -> dict[int, tuple[str, datetime]]:
    """The live poll leases: feed id -> (the process holding it, when its lease ends)."""
    async with db.session() as session:
        rows = await session.execute(select(FeedRow.id, FeedRow.lease_owner, FeedRow.lease_until)
                                     .where(FeedRow.lease_until >= now))
        return {int(i): (str(owner or "?"), until) for i, owner, until in rows
                if until is not None}


async def backing_off(db: Database, now: datetime) -> tuple[int, datetime | None]:
    """How many active feeds wait out an error backoff, and when the first is due again."""
    async with db.session() as session:
        count, first = (await session.execute(
            select(func.count(), func.min(FeedRow.next_poll_at)).where(
                FeedRow.active.is_(True), FeedRow.error_count > 0, FeedRow.next_poll_at > now,
                or_(FeedRow.lease_until.is_(None), FeedRow.lease_until < now)))).one()
        return int(count), first


async def work_waiting(db: Database, now: datetime) -> bool:
    """Whether a free feed is due to be polled, or a free item waits to be extracted: the
    work a cycle started now would find (another worker's feeds that fell due, items a
    dead worker left)."""
    due = (select(FeedRow.id).where(
        FeedRow.active.is_(True), or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now),
        claims.free(claims.FEEDS, now)).limit(1))
    waiting = (select(ItemRow.id).where(ItemRow.processed_at.is_(None),
                                        claims.free(claims.ITEMS, now)).limit(1))
    async with db.session() as session:
        return (await session.scalar(due) is not None
                or await session.scalar(waiting) is not None)
