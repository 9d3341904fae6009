"""Feed repository: feeds, their polling state, items, transcripts and the fetch log.

ORM rows never leave this module: callers get model dataclasses or plain values.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import String, Table, bindparam, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import InputError
from tracker.model import Feed, FeedKind, FeedOff, FullText
from tracker.storage.base import dialect_insert
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow, TranscriptRow

logger = logging.getLogger(__name__)

_BATCH = 200  # rows per INSERT statement: well under SQLite's parameter limit


class DuplicateFeed(InputError):
    """A feed with this URL is already stored."""


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


def to_feed(row: FeedRow) -> Feed:
    """The model dataclass of a feed row."""
    return Feed(
        id=row.id, url=row.url, kind=FeedKind(row.kind), name=row.name, language=row.language,
        full_text=FullText(row.full_text), speaker=row.speaker, etag=row.etag,
        last_modified=row.last_modified,
        next_poll_at=row.next_poll_at, error_count=row.error_count, last_error=row.last_error,
        last_polled_at=row.last_polled_at, baselined=row.baselined, active=row.active,
        inactive_reason=row.inactive_reason, added_by=row.added_by,
    )


async def insert_feeds(db: Database, feeds: Iterable[dict[str, Any]], now: datetime) -> int:
    """Insert feeds whose URL is not stored yet; returns how many were new."""
    rows = [{**f, "added_at": now} for f in feeds]
    if not rows:
        return 0
    added = 0
    async with db.session() as session, session.begin():
        for start in range(0, len(rows), _BATCH):
            stmt = dialect_insert(session, FeedRow).values(rows[start:start + _BATCH])
            stmt = stmt.on_conflict_do_nothing(index_elements=["url"]).returning(FeedRow.id)
            added += len((await session.execute(stmt)).all())
    return added


# The columns a configured feed's [[feeds]] table sets (sync_configured keeps them current).
CONFIGURED = ("kind", "name", "language", "full_text", "speaker")


async def sync_configured(db: Database, feeds: Sequence[dict[str, Any]], now: datetime) -> int:
    """Insert the configured feeds not stored yet and bring the stored ones' configured
    columns (CONFIGURED) up to date, so a changed ``full_text`` or ``speaker`` applies at
    the next poll; returns how many feeds were new."""
    added = await insert_feeds(db, feeds, now)
    wanted = {f["url"]: f for f in feeds}
    urls = list(wanted)
    cols = [getattr(FeedRow, c) for c in CONFIGURED]
    async with db.session() as session, session.begin():
        changed: list[dict[str, Any]] = []
        for start in range(0, len(urls), 500):
            query = select(FeedRow.id, FeedRow.url, *cols).where(
                FeedRow.url.in_(urls[start:start + 500]))
            for row in (await session.execute(query)).all():
                want = wanted[row.url]
                if any(c in want and getattr(row, c) != want[c] for c in CONFIGURED):
                    changed.append({"b_id": row.id, **{f"b_{c}": want.get(c, getattr(row, c))
                                                       for c in CONFIGURED}})
        if changed:
            stmt = update(_FEEDS).where(_T.id == bindparam("b_id")).values(
                {c: bindparam(f"b_{c}") for c in CONFIGURED})
            await (await session.connection()).execute(stmt, changed)
    return added


async def add_feed(db: Database, url: str, kind: FeedKind, name: str, now: datetime,
                   language: str | None = None, *, speaker: str = "",
                   full_text: FullText = FullText.AUTO, added_by: str | None = None) -> Feed:
    """Insert one feed (a removed one with this URL comes back, polled again).

    Raises DuplicateFeed when the URL is stored and not removed.
    """
    async with db.session() as session, session.begin():
        stmt = dialect_insert(session, FeedRow).values(
            url=url, kind=kind.value, name=name, language=language, added_at=now,
            speaker=speaker, full_text=full_text.value, added_by=added_by,
        ).on_conflict_do_nothing(index_elements=["url"]).returning(FeedRow.id)
        inserted = (await session.execute(stmt)).scalar() is not None
        row = (await session.execute(select(FeedRow).where(FeedRow.url == url))).scalar_one()
        if not inserted:
            if row.inactive_reason != FeedOff.REMOVED:
                raise DuplicateFeed(f"feed already added: {url}")
            # A removed feed added again comes back (its items were kept), polled at once.
            row.active, row.inactive_reason, row.next_poll_at = True, None, None
            row.kind, row.added_by = kind.value, added_by
        return to_feed(row)


async def list_feeds(db: Database, *, include_removed: bool = False) -> list[Feed]:
    """Every feed (removed ones only when asked), oldest first."""
    query = select(FeedRow).order_by(FeedRow.id)
    if not include_removed:
        query = query.where(or_(FeedRow.inactive_reason.is_(None),
                                FeedRow.inactive_reason != FeedOff.REMOVED.value))
    async with db.session() as session:
        return [to_feed(r) for r in (await session.execute(query)).scalars().all()]


async def find_feed(db: Database, ref: str) -> Feed | None:
    """The feed with this id (digits) or URL, removed ones included."""
    ref = ref.strip()
    cond = FeedRow.id == int(ref) if ref.isdigit() and len(ref) < 19 else FeedRow.url == ref
    async with db.session() as session:
        row = (await session.execute(select(FeedRow).where(cond))).scalar_one_or_none()
        return to_feed(row) if row is not None else None


async def set_inactive(db: Database, feed_id: int, reason: FeedOff | None) -> Feed:
    """Stop polling a feed for ``reason``, or (None) poll it again at once."""
    async with db.session() as session, session.begin():
        row = (await session.execute(select(FeedRow).where(FeedRow.id == feed_id))).scalar_one()
        row.active, row.inactive_reason = reason is None, reason.value if reason else None
        if reason is None:
            row.next_poll_at = None
        return to_feed(row)


@dataclass(frozen=True)
class ConfigList:
    """What making the configured feeds the list changed (URLs)."""

    unlisted: tuple[str, ...] = ()  # came from the config, no longer in it: deactivated
    relisted: tuple[str, ...] = ()  # deactivated that way before, listed again: polled


async def apply_config_list(db: Database, listed: Iterable[str],
                            adopt: Iterable[str] = ()) -> ConfigList:
    """Make the configured feeds the list (after their rows were inserted as "config").

    Config feeds no longer listed are deactivated as unlisted and come back when
    listed again. Feeds stored before ``added_by`` was kept (NULL) are adopted as
    config feeds when listed or in ``adopt`` (the bundled list). Paused and removed
    feeds are left as they are.
    """
    wanted = set(listed)
    adopt = set(adopt) | wanted
    async with db.session() as session, session.begin():
        known = (await session.execute(select(
            FeedRow.id, FeedRow.url, FeedRow.added_by, FeedRow.inactive_reason).where(
            or_(FeedRow.added_by.is_(None), FeedRow.added_by == "config")))).all()
        legacy = {i for i, url, by, _ in known if by is None and url in adopt}
        off = [(i, url) for i, url, by, why in known if url not in wanted and why is None
               and (by == "config" or i in legacy)]
        back = [(i, url) for i, url, _, why in known if url in wanted and why == FeedOff.UNLISTED]
        for ids, values in ((legacy, {"added_by": "config"}),
                            ({i for i, _ in off}, {"active": False,
                                                   "inactive_reason": FeedOff.UNLISTED.value}),
                            ({i for i, _ in back}, {"active": True, "inactive_reason": None,
                                                    "next_poll_at": None})):
            if ids:
                await session.execute(update(FeedRow).where(FeedRow.id.in_(sorted(ids)))
                                      .values(values))
    return ConfigList(tuple(u for _, u in off), tuple(u for _, u in back))


async def claim_due(db: Database, now: datetime, *, force: bool, owner: str,
                    lease_seconds: float) -> list[Feed]:
    """Lease the active feeds that are due (all active ones with force) to this poller.

    On PostgreSQL the rows are locked with SKIP LOCKED, so several processes
    sharing one database never claim the same feed; a lease outlives a crash
    only until ``lease_until``.
    """
    cond = [FeedRow.active.is_(True), or_(FeedRow.lease_until.is_(None), FeedRow.lease_until < now)]
    if not force:
        cond.append(or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now))
    async with db.session() as session, session.begin():
        query = select(FeedRow).where(*cond).order_by(FeedRow.next_poll_at, FeedRow.id)
        if db.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = (await session.execute(query)).scalars().all()
        if rows:
            await session.execute(
                update(FeedRow).where(FeedRow.id.in_([r.id for r in rows])).values(
                    lease_until=now + timedelta(seconds=lease_seconds), lease_owner=owner)
            )
        return [to_feed(r) for r in rows]


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


_FEEDS = cast(Table, FeedRow.__table__)
_T = _FEEDS.c
# Two statement shapes, each run once as executemany for a whole batch of feeds.
_OK = update(_FEEDS).where(_T.id == bindparam("b_id")).values(
    next_poll_at=bindparam("b_next"), last_polled_at=bindparam("b_polled"),
    last_success_at=bindparam("b_polled"), lease_until=None, lease_owner=None,
    error_count=0, last_error=None, baselined=True,
    # A 304 (or a server that stops sending validators) keeps the stored ones.
    etag=func.coalesce(bindparam("b_etag", type_=String), _T.etag),
    last_modified=func.coalesce(bindparam("b_lm", type_=String), _T.last_modified),
)
_FAILED = update(_FEEDS).where(_T.id == bindparam("b_id")).values(
    next_poll_at=bindparam("b_next"), last_polled_at=bindparam("b_polled"),
    lease_until=None, lease_owner=None, error_count=_T.error_count + 1,
    last_error=bindparam("b_error"),
)


async def _update_feeds(session: AsyncSession, outcomes: Sequence[PollOutcome]) -> None:
    conn = await session.connection()
    ok = [{"b_id": o.feed_id, "b_next": o.next_poll_at, "b_polled": o.started_at,
           "b_etag": o.etag, "b_lm": o.last_modified} for o in outcomes if o.ok]
    failed = [{"b_id": o.feed_id, "b_next": o.next_poll_at, "b_polled": o.started_at,
               "b_error": o.error} for o in outcomes if not o.ok]
    if ok:
        await conn.execute(_OK, ok)
    if failed:
        await conn.execute(_FAILED, failed)


async def mark_extracted(session: AsyncSession, item_ids: Sequence[int], now: datetime) -> None:
    """Mark items processed by extraction, clearing the error of one that failed before."""
    if item_ids:
        await session.execute(update(ItemRow).where(ItemRow.id.in_(list(item_ids)))
                              .values(processed_at=now, extract_error=None))


async def record_extract_error(session: AsyncSession, item_id: int, error: str, now: datetime,
                               *, give_up: bool) -> None:
    """Store an item's extraction error and count the attempt.

    With ``give_up`` the item is left failed (processed, with its error); otherwise
    the next extraction tries it again.
    """
    await session.execute(update(ItemRow).where(ItemRow.id == item_id).values(
        extract_error=error[:2000], extract_attempts=ItemRow.extract_attempts + 1,
        processed_at=now if give_up else None))


async def release(db: Database, feed_ids: Sequence[int]) -> None:
    """Drop this poller's leases (after a cancelled cycle)."""
    if feed_ids:
        async with db.session() as session, session.begin():
            await session.execute(update(FeedRow).where(FeedRow.id.in_(list(feed_ids)))
                                  .values(lease_until=None, lease_owner=None))


async def failed_extractions(session: AsyncSession) -> dict[int, tuple[int, int, str]]:
    """Per feed id: (items whose extraction failed for good, the latest one's id, its error)."""
    given_up = (ItemRow.extract_error.is_not(None), ItemRow.processed_at.is_not(None))
    per_feed = (await session.execute(
        select(ItemRow.feed_id, func.count(), func.max(ItemRow.id))
        .where(*given_up).group_by(ItemRow.feed_id))).all()
    latest = dict((await session.execute(
        select(ItemRow.id, ItemRow.extract_error)
        .where(ItemRow.id.in_([last for _, _, last in per_feed])))).tuples().all())
    return {feed: (n, last, latest.get(last) or "") for feed, n, last in per_feed}
