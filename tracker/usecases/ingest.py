"""Ingestion use cases: poll the due feeds, add/list feeds, OPML import and export.

Telegram ``/addfeed`` and ``/feeds``, the ``tracker feeds`` commands and the
scheduler's poll cycle all come through here.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime

from tracker.config import Settings
from tracker.errors import InputError
from tracker.feeds import guard, opml
from tracker.feeds.fetch import make_session
from tracker.model import Feed, FeedKind, utcnow
from tracker.storage import feeds_repo
from tracker.storage.db import Database
from tracker.usecases.feed_writer import BatchWriter
from tracker.usecases.poller import Poller, get_pool, shutdown_pool

logger = logging.getLogger(__name__)

__all__ = ["FeedError", "PollStats", "add_feed", "export_opml", "import_opml", "list_feeds",
           "poll_due_feeds", "shutdown_pool", "sync_feeds"]


class FeedError(InputError):
    """A feed that cannot be added; the message is one line for the user."""


@dataclass(frozen=True)
class PollStats:
    """What one poll of the due feeds did."""

    feeds_polled: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    items_new: int = 0
    duration_s: float = 0.0

    def summary(self) -> str:
        """One line: 'polled 14 feeds (1 failed, 9 not modified), 37 new items'."""
        return (f"polled {self.feeds_polled} feeds ({self.feeds_failed} failed, "
                f"{self.feeds_not_modified} not modified), {self.items_new} new items")

    def as_dict(self) -> dict[str, int]:
        """The integer counters, as a pipeline stage's stats."""
        return {"feeds_polled": self.feeds_polled, "feeds_failed": self.feeds_failed,
                "feeds_not_modified": self.feeds_not_modified, "items_new": self.items_new}


def _owner() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


async def sync_feeds(db: Database, settings: Settings, now: datetime | None = None) -> int:
    """Insert the configured feeds that are not in the feeds table yet; returns how many."""
    rows = [{"url": f.url.strip(), "kind": f.kind.value, "name": f.name, "language": f.language,
             "full_text": f.full_text} for f in settings.feed_list()]
    return await feeds_repo.insert_feeds(db, rows, now or utcnow())


async def poll_due_feeds(db: Database, settings: Settings, *, now: datetime | None = None,
                         force: bool = False) -> PollStats:
    """Sync configured feeds, claim the due ones (all active with force) and poll them.

    Each feed's items, state and fetch log are written in one transaction as soon
    as that feed is done; a failing feed is recorded and never stops the others.
    """
    now = now or utcnow()
    t0 = time.monotonic()
    await sync_feeds(db, settings, now)
    polling = settings.polling
    lease = max(120.0, polling.timeout_seconds * 6)
    feeds = await feeds_repo.claim_due(db, now, force=force, owner=_owner(), lease_seconds=lease)
    if not feeds:
        return PollStats(duration_s=time.monotonic() - t0)
    pool = get_pool(polling.parse_workers)
    limit = asyncio.Semaphore(polling.concurrency)
    async with (make_session(polling.concurrency, polling.user_agent,
                             allow_private=polling.allow_private_hosts) as session,
                BatchWriter(db) as writer):
        poller = Poller(db, settings, session, pool, now, writer, limit)
        try:
            results = await asyncio.gather(*(poller.poll(f) for f in feeds))
        except asyncio.CancelledError:
            await asyncio.shield(feeds_repo.release(db, [f.id for f in feeds]))
            raise
    stats = PollStats(
        feeds_polled=len(results), feeds_failed=sum(not r.ok for r in results),
        feeds_not_modified=sum(r.status == "304" for r in results),
        items_new=sum(r.items_new for r in results), duration_s=time.monotonic() - t0)
    logger.info("%s in %.2f s", stats.summary(), stats.duration_s)
    return stats


async def add_feed(db: Database, settings: Settings, url: str, kind: FeedKind = FeedKind.NEWS,
                   name: str = "") -> Feed:
    """Add a feed after checking its URL; raises FeedError (one line) when it cannot be added."""
    url = url.strip()
    try:
        await guard.check_url(url, allow_private=settings.polling.allow_private_hosts)
    except guard.UnsafeURL as exc:
        raise FeedError(str(exc)) from None
    if len(url) > 2048:
        raise FeedError("invalid URL: longer than 2048 characters")
    try:
        return await feeds_repo.add_feed(db, url, FeedKind(kind), name[:512], utcnow())
    except feeds_repo.DuplicateFeed as exc:
        raise FeedError(str(exc)) from None


async def list_feeds(db: Database) -> list[Feed]:
    """Every feed with its polling state (``Feed.failing`` after 5 errors in a row)."""
    return await feeds_repo.list_feeds(db)


async def import_opml(db: Database, settings: Settings, data: bytes) -> tuple[int, list[str]]:
    """Add every feed of an OPML document; returns (added, one-line problems)."""
    try:
        entries = opml.parse_opml(data)
    except opml.OPMLError as exc:
        raise FeedError(str(exc)) from None
    added, problems = 0, []
    for entry in entries:
        try:
            await add_feed(db, settings, entry.url, entry.kind, entry.name)
            added += 1
        except FeedError as exc:
            problems.append(str(exc))
    return added, problems


async def export_opml(db: Database) -> str:
    """Every feed as an OPML 2.0 document."""
    return opml.export_opml(await feeds_repo.list_feeds(db))
