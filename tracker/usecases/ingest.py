"""Ingestion use cases: poll the due feeds, add/list feeds, OPML import and export.

Telegram ``/addfeed`` and ``/feeds``, the ``tracker feeds`` commands and the
scheduler's poll cycle all come through here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tracker.config import Settings, default_feeds, watched_speaker
from tracker.errors import InputError, NotFound
from tracker.feeds import guard, opml
from tracker.feeds.fetch import make_session
from tracker.model import Feed, FeedKind, FeedOff, utcnow
from tracker.storage import claims, feeds_repo, items_repo, polls_repo
from tracker.storage.db import Database
from tracker.usecases import poller
from tracker.usecases.feed_writer import BatchWriter
from tracker.usecases.poller import Poller, get_pool, shutdown_pool

logger = logging.getLogger(__name__)

__all__ = ["FeedError", "FeedNotFound", "PollStats", "add_feed", "export_opml", "import_opml",
           "list_feeds", "pause_feed", "poll_due_feeds", "remove_feed", "resume_feed",
           "shutdown_pool", "sync_feeds"]


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
    feeds_held: int = 0  # skipped: another process holds their lease
    held_until: datetime | None = None  # when the last of those leases ends
    feeds_backing_off: int = 0  # skipped: waiting out an error backoff
    backoff_until: datetime | None = None  # when the first of those is due again

    def summary(self) -> str:
        """One line: 'polled 14 feeds (1 failed, 9 not modified), 37 new items', then the
        feeds skipped, if any, and why."""
        line = (f"polled {self.feeds_polled} feeds ({self.feeds_failed} failed, "
                f"{self.feeds_not_modified} not modified), {self.items_new} new items")
        if self.feeds_held and self.held_until:
            line += (f"; skipped {self.feeds_held} held by another process (lease until "
                     f"{self.held_until:%H:%M:%S} UTC)")
        if self.feeds_backing_off and self.backoff_until:
            line += (f"; skipped {self.feeds_backing_off} backing off after errors (first "
                     f"due {self.backoff_until:%H:%M:%S} UTC)")
        return line

    def as_dict(self) -> dict[str, int]:
        """The integer counters, as a pipeline stage's stats."""
        return {"feeds_polled": self.feeds_polled, "feeds_failed": self.feeds_failed,
                "feeds_not_modified": self.feeds_not_modified, "items_new": self.items_new}


async def sync_feeds(db: Database, settings: Settings, now: datetime | None = None) -> int:
    """Insert the configured feeds that are not in the feeds table yet and apply the
    configuration to the stored ones (kind, name, language, full_text, speaker);
    returns how many were new."""
    rows: list[dict[str, Any]] = [
        {"url": f.url.strip(), "kind": f.kind.value, "name": f.name, "language": f.language,
         "full_text": f.full_text.value, "speaker": f.speaker.strip(), "added_by": "config"}
        for f in settings.feed_list()]
    added = await feeds_repo.sync_configured(db, rows, now or utcnow())
    # The configuration is the list: a config feed no longer in it stops being polled.
    changed = await feeds_repo.apply_config_list(
        db, (r["url"] for r in rows), adopt=(f.url.strip() for f in default_feeds()))
    for url in changed.unlisted:
        logger.info("feed %s is no longer in the configuration (%s): not polled any more",
                    url, settings.source)
    for url in changed.relisted:
        logger.info("feed %s is in the configuration again: polled", url)
    return added


async def poll_due_feeds(db: Database, settings: Settings, *, now: datetime | None = None,
                         force: bool = False) -> PollStats:
    """Sync configured feeds, claim the due ones (all active with force) and poll them.

    Each feed's items, state and fetch log are written in one transaction as soon
    as that feed is done; a failing feed is recorded and never stops the others.
    """
    now = now or utcnow()
    t0 = time.monotonic()
    await sync_feeds(db, settings, now)
    # Read before polling: afterwards the feeds that just failed would count as backing off.
    skipped = await _skipped(db, now, force)
    owner, lease = claims.process_owner(), settings.leases.feeds_seconds
    async with claims.Heartbeat(db, owner, [(claims.FEEDS, lease)]).running():
        results, over_cap = await _poll(db, settings, now, force)
    if not results:
        return PollStats(duration_s=time.monotonic() - t0, **skipped)
    if over_cap:
        logger.info("%d linked articles not fetched this cycle (polling.follow_ups_per_cycle "
                    "= %d): those items keep their summary", over_cap,
                    settings.polling.follow_ups_per_cycle)
    stats = PollStats(
        feeds_polled=len(results), feeds_failed=sum(not r.ok for r in results),
        feeds_not_modified=sum(r.status in ("304", poller.SAME) for r in results),
        items_new=sum(r.items_new for r in results), duration_s=time.monotonic() - t0, **skipped)
    logger.info("%s in %.2f s", stats.summary(), stats.duration_s)
    return stats


async def _poll(db: Database, settings: Settings, now: datetime,
                force: bool) -> tuple[list[Any], int]:
    """Poll the due feeds; returns their results and the linked articles over the cap."""
    polling = settings.polling
    pool = get_pool(polling.parse_workers)
    limit = asyncio.Semaphore(polling.concurrency)
    async with (make_session(polling.concurrency, polling.user_agent,
                             allow_private=polling.allow_private_hosts,
                             allowed_hosts=polling.allowed_private_hosts) as session,
                BatchWriter(db) as writer):
        poller = Poller(db, settings, session, pool, now, writer, limit)
        results = await _claim_and_poll(db, settings, poller, now, force)
    return results, poller.follow_ups.over_cap


async def _claim_and_poll(db: Database, settings: Settings, poller: Poller, now: datetime,
                          force: bool) -> list[Any]:
    """Claim due feeds a few at a time, topping up as polls finish, until none is left:
    several workers then share one cycle's feeds instead of the first claiming them all."""
    chunk = max(2 * settings.polling.concurrency, 20)
    owner, lease = claims.process_owner(), settings.leases.feeds_seconds
    seen: set[int] = set()
    running: set[asyncio.Task[Any]] = set()
    results: list[Any] = []
    more = True
    try:
        while more or running:
            if more and len(running) <= chunk // 2:
                feeds = await polls_repo.claim_due(db, now, force=force, owner=owner,
                                                   lease_seconds=lease,
                                                   limit=chunk - len(running), exclude=seen)
                more = len(feeds) == chunk - len(running)
                seen.update(f.id for f in feeds)
                running |= {asyncio.create_task(poller.poll(f)) for f in feeds}
            if running:
                done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                results += [task.result() for task in done]
    except asyncio.CancelledError:
        for task in running:
            task.cancel()
        await asyncio.shield(polls_repo.release(db, list(seen)))
        raise
    return results


async def _skipped(db: Database, now: datetime, force: bool) -> dict[str, Any]:
    """The feeds this poll leaves out and why: held by another process, or backing off
    (only without force: a forced poll takes those too)."""
    mine = claims.process_owner()
    held = [until for owner, until in (await polls_repo.leases(db, now)).values()
            if owner != mine]
    found: dict[str, Any] = {"feeds_held": len(held), "held_until": max(held, default=None)}
    if not force:
        count, first = await polls_repo.backing_off(db, now)
        found |= {"feeds_backing_off": count, "backoff_until": first}
    return found


async def feed_leases(db: Database) -> dict[int, tuple[str, datetime]]:
    """Which feeds a process is polling right now: id -> (process, lease end)."""
    return await polls_repo.leases(db, utcnow())


async def add_feed(db: Database, settings: Settings, url: str, kind: FeedKind = FeedKind.NEWS,
                   name: str = "", *, speaker: str = "", added_by: str = "admin") -> Feed:
    """Add a feed after checking its URL; raises FeedError (one line) when it cannot be added.

    A feed of kind posts carries one watched speaker's own words and must name him.
    """
    url = url.strip()
    speaker = " ".join(speaker.split())
    if FeedKind(kind) == FeedKind.POSTS:
        if not speaker:
            raise FeedError("a feed of kind posts needs the speaker whose own words it carries")
        if watched_speaker(settings.watch_list(), speaker) is None:
            raise FeedError(f"speaker {speaker!r} is no watched speaker "
                            "(a [[watches]] speaker or one of its aliases)")
    try:
        await guard.check_url(url, allow_private=settings.polling.allow_private_hosts,
                              allowed_hosts=settings.polling.allowed_private_hosts)
    except guard.UnsafeURL as exc:
        raise FeedError(str(exc)) from None
    if len(url) > 2048:
        raise FeedError("invalid URL: longer than 2048 characters")
    try:
        return await feeds_repo.add_feed(db, url, FeedKind(kind), name[:512], utcnow(),
                                         speaker=speaker[:200], added_by=added_by[:64])
    except feeds_repo.DuplicateFeed as exc:
        raise FeedError(str(exc)) from None


async def list_feeds(db: Database, *, include_removed: bool = False) -> list[Feed]:
    """Every feed with its polling state (``Feed.failing`` after 5 errors in a row).

    Removed feeds are left out unless asked for; paused and unlisted ones are listed.
    """
    return await feeds_repo.list_feeds(db, include_removed=include_removed)


async def failed_extractions(db: Database) -> dict[int, tuple[int, int, str]]:
    """Per feed id, its items whose extraction failed for good: (how many, the latest
    one's id, its error: a bug's message, or over the per-item time budget)."""
    async with db.session() as session:
        return await items_repo.failed_extractions(session)


class FeedNotFound(NotFound):
    """No feed has the id or URL a user gave."""


async def _find(db: Database, ref: str) -> Feed:
    feed = await feeds_repo.find_feed(db, ref)
    if feed is None or feed.inactive_reason == FeedOff.REMOVED:
        raise FeedNotFound(f"no feed {ref.strip()!r} (give its id or URL; see the feed list)")
    return feed


async def pause_feed(db: Database, ref: str) -> Feed:
    """Stop polling a feed (by id or URL) until it is resumed; its items stay."""
    feed = await _find(db, ref)
    if feed.inactive_reason == FeedOff.PAUSED:
        return feed
    paused = await feeds_repo.set_inactive(db, feed.id, FeedOff.PAUSED)
    logger.info("feed %s paused", feed.url)
    return paused


async def resume_feed(db: Database, ref: str) -> Feed:
    """Poll a paused feed again, at once.

    Raises:
        FeedError: the feed came from the configuration and is no longer in it.
    """
    feed = await _find(db, ref)
    if feed.inactive_reason == FeedOff.UNLISTED:
        raise FeedError(f"feed {feed.id} is no longer in the configuration: add it to "
                        "[[feeds]] there to poll it again")
    if feed.active:
        return feed
    logger.info("feed %s resumed", feed.url)
    return await feeds_repo.set_inactive(db, feed.id, None)


async def remove_feed(db: Database, ref: str) -> Feed:
    """Remove a feed (by id or URL): never polled or listed again, its items and
    statements kept; adding its URL again brings it back."""
    feed = await _find(db, ref)
    removed = await feeds_repo.set_inactive(db, feed.id, FeedOff.REMOVED)
    logger.info("feed %s removed", feed.url)
    return removed


async def import_opml(db: Database, settings: Settings, data: bytes) -> tuple[int, list[str]]:
    """Add every feed of an OPML document; returns (added, one-line problems)."""
    try:
        entries = opml.parse_opml(data)
    except opml.OPMLError as exc:
        raise FeedError(str(exc)) from None
    added, problems = 0, []
    for entry in entries:
        try:
            await add_feed(db, settings, entry.url, entry.kind, entry.name, speaker=entry.speaker,
                           added_by="opml")
            added += 1
        except FeedError as exc:
            problems.append(str(exc))
    return added, problems


async def export_opml(db: Database) -> str:
    """Every feed as an OPML 2.0 document."""
    return opml.export_opml(await feeds_repo.list_feeds(db))
