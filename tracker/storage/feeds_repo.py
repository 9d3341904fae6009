"""Feed repository: feeds, their polling state, items, transcripts and the fetch log.

ORM rows never leave this module: callers get model dataclasses or plain values.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, or_, select, update

from tracker.errors import InputError
from tracker.model import Feed, FeedKind, FeedOff, FullText
from tracker.storage.base import dialect_insert
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow

logger = logging.getLogger(__name__)

_BATCH = 200  # rows per INSERT statement: well under SQLite's parameter limit


class DuplicateFeed(InputError):
    """A feed with this URL is already stored."""


def to_feed(row: FeedRow) -> Feed:
    """The model dataclass of a feed row."""
    return Feed(
        id=row.id, url=row.url, kind=FeedKind(row.kind), name=row.name, language=row.language,
        full_text=FullText(row.full_text), speaker=row.speaker, etag=row.etag,
        last_modified=row.last_modified, body_hash=row.body_hash,
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


_FEEDS = cast(Table, FeedRow.__table__)
_T = _FEEDS.c
