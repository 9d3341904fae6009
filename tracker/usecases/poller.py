"""Poll one feed: fetch, parse in the process pool, enrich new entries, store in one go."""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiohttp

from tracker.config import Settings
from tracker.feeds import decide
from tracker.feeds.entries import PREFERENCE, ParsedEntry
from tracker.feeds.errors import ParseError, TranscriptError
from tracker.feeds.fetch import FetchError, FetchResult, fetch
from tracker.feeds.work import extract_article, parse_feed, parse_transcript
from tracker.model import Feed, FeedKind
from tracker.storage import feeds_repo
from tracker.storage.db import Database
from tracker.usecases.feed_writer import BatchWriter

logger = logging.getLogger(__name__)

_pool: ProcessPoolExecutor | None = None
_pool_workers = 0


def get_pool(workers: int) -> Executor:
    """The shared parse pool (0 workers: one per core); created once per process."""
    global _pool, _pool_workers
    wanted = workers or os.cpu_count() or 1
    if _pool is None or _pool_workers != wanted:
        shutdown_pool()
        # spawn: never fork a process that runs event-loop and database threads, and a
        # fresh worker holds only the parser's imports (a forkserver would add a process).
        ctx = multiprocessing.get_context("spawn")
        _pool, _pool_workers = ProcessPoolExecutor(max_workers=wanted, mp_context=ctx), wanted
    return _pool


def shutdown_pool() -> None:
    """Stop the parse pool's worker processes."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


atexit.register(shutdown_pool)


@dataclass(frozen=True)
class FeedResult:
    """How one feed's poll ended, for the cycle's statistics."""

    status: str  # "200", "304" or the failure status
    ok: bool
    items_new: int = 0


class Poller:
    """Polls claimed feeds for one cycle, sharing the HTTP session and parse pool."""

    def __init__(self, db: Database, settings: Settings, session: aiohttp.ClientSession,
                 pool: Executor, now: datetime, writer: BatchWriter,
                 limit: asyncio.Semaphore) -> None:
        self.db, self.settings, self.session, self.pool, self.now = db, settings, session, pool, now
        self.polling = settings.polling
        self.writer, self.limit = writer, limit

    async def _fetch(self, url: str, feed: Feed | None = None) -> FetchResult:
        return await fetch(
            self.session, url, etag=feed.etag if feed else None,
            last_modified=feed.last_modified if feed else None,
            timeout=self.polling.timeout_seconds, max_bytes=self.polling.max_bytes,
            allow_private=self.polling.allow_private_hosts)

    async def _in_pool(self, fn: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)

    async def poll(self, feed: Feed) -> FeedResult:
        """Poll one feed; every failure is recorded on the feed, never raised."""
        t0 = time.monotonic()
        async with self.limit:  # bounds connections and bodies in memory, not the writes
            write = await self._attempt(feed, t0)
        try:
            new = await self.writer.submit(write)
        except Exception:  # the writer logged it; the other feeds' writes went through
            return FeedResult("error", False)
        return FeedResult(write.outcome.status, write.outcome.ok, new)

    async def _attempt(self, feed: Feed, t0: float) -> feeds_repo.PollWrite:
        nbytes = 0
        try:
            res = await self._fetch(feed.url, feed)
            nbytes = len(res.body)
            if res.not_modified:
                return self._success(feed, "304", t0, nbytes, [], {}, res)
            parsed = await self._in_pool(parse_feed, res.body, res.headers, feed.kind.value)
            rows, transcripts = await self._rows(feed, parsed.entries)
            return self._success(feed, "200", t0, nbytes, rows, transcripts, res)
        except (FetchError, ParseError) as exc:
            status = exc.status if isinstance(exc, FetchError) else "parse"
            retry = exc.retry_after if isinstance(exc, FetchError) else None
            error = str(exc)
        except Exception as exc:  # one broken feed never kills the cycle
            logger.exception("unexpected error polling %s", feed.url)
            status, retry, error = "error", None, f"{type(exc).__name__}: {exc}".splitlines()[0]
        logger.warning("feed %s failed: %s", feed.url, error)
        return self._failure(feed, status, t0, nbytes, error, retry)

    async def _rows(self, feed: Feed, entries: tuple[ParsedEntry, ...]
                    ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        unique = list({e.guid: e for e in entries}.values())
        transcripts: dict[str, dict[str, Any]] = {}
        texts: dict[str, str] = {}
        if feed.kind == FeedKind.PODCAST or feed.full_text:
            known = await feeds_repo.known_guids(self.db, feed.id, [e.guid for e in unique])
            for entry in (e for e in unique if e.guid not in known):
                if entry.transcripts:
                    found = await self._transcript(entry)
                    if found:
                        transcripts[entry.guid] = found
                if feed.full_text and entry.url:
                    texts[entry.guid] = await self._article(entry)
        return [self._row(feed, e, texts.get(e.guid)) for e in unique], transcripts

    def _row(self, feed: Feed, e: ParsedEntry, article: str | None) -> dict[str, Any]:
        published = decide.effective_published(e.published_at, self.now)
        text = f"{e.title}\n\n{article}" if article else e.text
        return {
            "feed_id": feed.id, "guid": e.guid, "url": e.url, "title": e.title, "text": text,
            "published_at": published, "fetched_at": self.now,
            "content_hash": decide.content_hash(e.title, text) if article else e.content_hash,
            "language": feed.language,
            "kind": feed.kind.value, "guests": list(e.guests), "processed_at": None,
            "post_eligible": decide.post_eligible(
                published, self.now, baselined=feed.baselined,
                max_age_hours=self.settings.posting.max_age_hours),
        }

    async def _transcript(self, entry: ParsedEntry) -> dict[str, Any] | None:
        """The best transcript that fetches and parses, trying formats best first."""
        for link in sorted(entry.transcripts, key=lambda t: PREFERENCE.index(t.format)):
            try:
                res = await self._fetch(link.url)
                parsed = await self._in_pool(parse_transcript, link.url, link.format, res.body)
            except (FetchError, TranscriptError) as exc:
                logger.info("transcript %s skipped: %s", link.url, exc)
                continue
            return {**parsed, "url": link.url, "fetched_at": self.now}
        return None

    async def _article(self, entry: ParsedEntry) -> str:
        try:
            res = await self._fetch(entry.url)
            return str(await self._in_pool(extract_article, res.body))
        except FetchError as exc:
            logger.info("article %s not fetched: %s", entry.url, exc)
            return ""

    def _success(self, feed: Feed, status: str, t0: float, nbytes: int,
                 rows: list[dict[str, Any]], transcripts: dict[str, dict[str, Any]],
                 res: FetchResult) -> feeds_repo.PollWrite:
        outcome = feeds_repo.PollOutcome(
            feed_id=feed.id, started_at=self.now, status=status,
            duration_ms=int((time.monotonic() - t0) * 1000), nbytes=nbytes, items_new=0,
            next_poll_at=decide.next_after_success(self.now, self.polling.interval_seconds),
            ok=True, etag=res.etag, last_modified=res.last_modified)
        return feeds_repo.PollWrite(outcome, rows, transcripts)

    def _failure(self, feed: Feed, status: str, t0: float, nbytes: int, error: str,
                 retry_after: str | None) -> feeds_repo.PollWrite:
        count = feed.error_count + 1
        next_at = decide.next_after_error(
            self.now, count, self.polling.interval_seconds, self.polling.max_backoff_seconds,
            decide.parse_retry_after(retry_after, self.now))
        outcome = feeds_repo.PollOutcome(
            feed_id=feed.id, started_at=self.now, status=status,
            duration_ms=int((time.monotonic() - t0) * 1000), nbytes=nbytes, items_new=0,
            next_poll_at=next_at, ok=False, error=error[:2000])
        return feeds_repo.PollWrite(outcome)
