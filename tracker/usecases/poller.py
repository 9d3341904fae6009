"""Poll one feed: fetch, parse in the process pool, fetch new entries' follow-up documents
(linked articles, transcripts), store in one go."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiohttp

from tracker.config import Settings
from tracker.feeds import decide, episodes, followups
from tracker.feeds.entries import ParsedEntry
from tracker.feeds.errors import ParseError
from tracker.feeds.fetch import FetchError, FetchResult, HostSlots, fetch
from tracker.feeds.speakers import named_guests
from tracker.feeds.work import parse_feed
from tracker.model import Feed, FeedKind, FullText, Watch
from tracker.storage import polls_repo
from tracker.storage.db import Database
from tracker.usecases.episode_sources import EpisodeSources
from tracker.usecases.feed_writer import BatchWriter
from tracker.usecases.followups import FollowUpQueue
from tracker.usecases.pools import SpawnedPool

logger = logging.getLogger(__name__)

# The status of a poll answered with the body stored last time (counted as not modified).
SAME = "same"

_parse_pool = SpawnedPool()


def get_pool(workers: int) -> Executor:
    """The shared parse pool (0 workers: one per core); created once per process."""
    return _parse_pool.get(workers or os.cpu_count() or 1)


def shutdown_pool() -> None:
    """Stop the parse pool's worker processes."""
    _parse_pool.shutdown()


class SpeakerPrefilter:
    """The extractor's cheap test — could a text name a watched speaker? — built on first
    use (in a thread: the first build imports the extractor), so a cycle that fetches no
    article never builds it. Built once per process and watch list, not once a cycle; it
    also remembers, per feed, which episodes it has answered for (an episode feed lists
    the same 30 episodes cycle after cycle: each is tested once)."""

    def __init__(self, watches: Sequence[Watch]) -> None:
        self._watches = tuple(watches)
        self._key = repr(self._watches)
        self._test: Callable[..., bool] | None = _BUILT.get(self._key)
        self._building = asyncio.Lock()  # feeds ask at once: build it once, not once each

    async def ready(self) -> Callable[..., bool]:
        """The test, ``test(*texts) -> bool``."""
        async with self._building:
            if self._test is None:
                from tracker.extract.extractor import Extractor

                extractor = await asyncio.to_thread(Extractor, self._watches)
                self._test = extractor.mentions_speaker
                if len(_BUILT) >= _KEEP_BUILT:
                    _BUILT.clear()
                _BUILT[self._key] = self._test
        return self._test

    async def naming(self, feed_id: int, entries: Sequence[ParsedEntry],
                     listed: Sequence[str]) -> list[ParsedEntry]:
        """The entries that may name a watched speaker. ``listed``: every guid the feed
        lists now (what is remembered for the feed is cut down to those: bounded by the
        feed's size)."""
        seen = _ANSWERED.setdefault((self._key, feed_id), {})
        keys = [(e.guid, e.content_hash or f"{e.title}\0{e.text}", e.guests) for e in entries]
        if any(k not in seen for k in keys):
            test = await self.ready()
            for e, k in zip(entries, keys, strict=True):
                if k not in seen:
                    seen[k] = bool(test(e.title, e.text, " ".join(e.guests)))
        out = [e for e, k in zip(entries, keys, strict=True) if seen[k]]
        if len(seen) > len(listed):
            present = set(listed)
            for k in [k for k in seen if k[0] not in present]:
                del seen[k]
        return out


_KEEP_BUILT = 4
_BUILT: dict[str, Callable[..., bool]] = {}  # watch list -> its test, for the process's life
# (watch list, feed id) -> {(guid, content hash, guests): names a watched speaker}
_ANSWERED: dict[tuple[str, int], dict[tuple[str, str, tuple[str, ...]], bool]] = {}


@dataclass(frozen=True)
class FeedResult:
    """How one feed's poll ended, for the cycle's statistics."""

    status: str  # "200", "304", SAME or the failure status
    ok: bool
    items_new: int = 0


class Poller:
    """Polls claimed feeds for one cycle, sharing the HTTP session and parse pool."""

    def __init__(self, db: Database, settings: Settings, session: aiohttp.ClientSession,
                 pool: Executor, now: datetime, writer: BatchWriter,
                 limit: asyncio.Semaphore, prefilter: SpeakerPrefilter | None = None) -> None:
        self.db, self.settings, self.session, self.pool, self.now = db, settings, session, pool, now
        self.polling = settings.polling
        self.writer, self.limit = writer, limit
        self.prefilter = prefilter or SpeakerPrefilter(settings.watch_list())
        # One queue and one set of per-host slots for every feed of the cycle.
        self.hosts = HostSlots(self.polling.requests_per_host)
        self.follow_ups = FollowUpQueue(self._fetch_follow_up, pool,
                                        self.polling.follow_ups_per_cycle,
                                        EpisodeSources.from_settings(settings))
        conf = settings.transcripts  # transcript pages and captions: caps of their own
        self.episodes = episodes.Budget(conf.max_pages_per_cycle if conf.pages else 0,
                                        conf.max_captions_per_cycle if conf.captions else 0)

    async def _fetch(self, url: str, feed: Feed | None = None,
                     hosts: HostSlots | None = None) -> FetchResult:
        return await fetch(
            self.session, url, etag=feed.etag if feed else None,
            last_modified=feed.last_modified if feed else None,
            timeout=self.polling.timeout_seconds, max_bytes=self.polling.max_bytes,
            allow_private=self.polling.allow_private_hosts,
            allowed_hosts=self.polling.allowed_private_hosts, hosts=hosts)

    async def _fetch_follow_up(self, url: str) -> FetchResult:
        return await self._fetch(url, hosts=self.hosts)

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

    async def _attempt(self, feed: Feed, t0: float) -> polls_repo.PollWrite:
        nbytes = 0
        try:
            res = await self._fetch(feed.url, feed)
            nbytes = len(res.body)
            if res.not_modified:
                return self._success(feed, "304", t0, nbytes, [], {}, res)
            digest = hashlib.sha256(res.body).hexdigest()
            if feed.baselined and digest == feed.body_hash:
                # The body stored last time, again (no validators, or a server that
                # ignores them): nothing to parse, no rows to send.
                return self._success(feed, SAME, t0, nbytes, [], {}, res)
            parsed = await self._in_pool(parse_feed, res.body, res.headers, feed.kind.value)
            rows, transcripts = await self._rows(feed, parsed.entries)
            return self._success(feed, "200", t0, nbytes, rows, transcripts, res, digest)
        except (FetchError, ParseError) as exc:
            status = exc.status if isinstance(exc, FetchError) else "parse"
            retry = exc.retry_after if isinstance(exc, FetchError) else None
            error = str(exc)
        except Exception as exc:  # one broken feed never kills the cycle
            logger.exception("unexpected error polling %s", feed.url, extra={"feed_id": feed.id})
            status, retry, error = "error", None, f"{type(exc).__name__}: {exc}".splitlines()[0]
        logger.warning("feed %s failed: %s", feed.url, error, extra={"feed_id": feed.id})
        return self._failure(feed, status, t0, nbytes, error, retry)

    async def _rows(self, feed: Feed, entries: tuple[ParsedEntry, ...]
                    ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        unique = list({e.guid: e for e in entries}.values())
        eligible = {e.guid: decide.post_eligible(
            decide.effective_published(e.published_at, self.now), self.now,
            baselined=feed.baselined, max_age_hours=self.settings.posting.max_age_hours)
            for e in unique}
        planned = await self._plan(feed, unique, eligible)
        docs = await self.follow_ups.run(planned + await self._episodes(feed, unique, eligible))
        transcripts = {guid: {**doc, "fetched_at": self.now}
                       for (guid, kind), doc in docs.items() if kind in _TRANSCRIPTS}
        articles = {guid: doc for (guid, kind), doc in docs.items() if kind == followups.ARTICLE}
        if articles:
            test = await self.prefilter.ready() if feed.full_text == FullText.AUTO else _always
            articles = {guid: doc for guid, doc in articles.items()
                        if self._keeps(feed, guid, doc, test(doc["text"]))}
        rows = [self._row(feed, e, eligible[e.guid], articles.get(e.guid)) for e in unique]
        return self._name_guests(rows, docs), transcripts

    async def _plan(self, feed: Feed, entries: list[ParsedEntry],
                    eligible: dict[str, bool]) -> list[followups.FollowUp]:
        """The follow-ups of the entries not stored yet (the query runs only when some
        entry may need one: a first poll or a feed without full text costs nothing)."""
        articles = feed.full_text != FullText.NEVER
        maybe = [e for e in entries if e.transcripts or (articles and e.url and eligible[e.guid])]
        if not maybe:
            return []
        test: Callable[..., bool] = _never
        if feed.full_text == FullText.AUTO and feed.kind == FeedKind.NEWS:
            test = await self.prefilter.ready()
        planned = followups.plan(maybe, feed.kind, feed.full_text,
                                 eligible=lambda e: eligible[e.guid],
                                 mentions=lambda e: test(e.title, e.text))
        if not planned:
            return []
        known = await polls_repo.known_guids(self.db, feed.id, [f.guid for f in planned])
        return [f for f in planned if f.guid not in known]

    def _name_guests(self, rows: list[dict[str, Any]], docs: dict[tuple[str, str], Any]
                     ) -> list[dict[str, Any]]:
        """An episode whose transcript has no speaker labels (captions, a page with times
        only) takes as guests the watched speakers its title names: the extractor's rules
        for unlabelled transcripts then apply, at a confidence that goes to review."""
        unlabelled = {guid for (guid, kind), doc in docs.items()
                      if kind in (episodes.TRANSCRIPT_PAGE, episodes.CAPTIONS)
                      and not any(seg.get("speaker") for seg in doc["segments"])}
        speakers = self.follow_ups.episodes.speakers if self.follow_ups.episodes else ()
        for row in rows:
            if row["guid"] in unlabelled:
                row["guests"] = list(named_guests(row["title"], row["guests"], speakers))
        return rows

    async def _episodes(self, feed: Feed, entries: list[ParsedEntry],
                        eligible: dict[str, bool]) -> list[followups.FollowUp]:
        """Transcript pages or captions of new episodes without a transcript tag that name
        a watched speaker (the prefilter runs first: most episodes cost one regex)."""
        left = {FeedKind.PODCAST: self.episodes.pages, FeedKind.VIDEO: self.episodes.captions}
        if left.get(feed.kind, 0) <= 0:
            return []  # not an episode feed, turned off, or this cycle's cap is spent
        maybe = [e for e in entries if eligible[e.guid] and not e.transcripts]
        if maybe:
            maybe = await self.prefilter.naming(feed.id, maybe, [e.guid for e in entries])
        if not maybe:
            return []
        known = await polls_repo.known_guids(self.db, feed.id, [e.guid for e in maybe])
        return episodes.follow_ups([e for e in maybe if e.guid not in known], feed.kind,
                                   self.episodes, mentions=lambda e: True)

    def _keeps(self, feed: Feed, guid: str, doc: dict[str, Any], mentions: bool) -> bool:
        if followups.keeps_article(feed.full_text, doc["text"], mentions=mentions):
            return True
        logger.info("article of %s in %s kept out: it does not name a watched speaker "
                    "(%s); the summary is stored", guid, feed.url, doc["url"])
        return False

    def _row(self, feed: Feed, e: ParsedEntry, eligible: bool,
             article: dict[str, Any] | None) -> dict[str, Any]:
        text = f"{e.title}\n\n{article['text']}" if article else e.text
        # The article's own address (past an aggregator's redirect) is the better source link.
        url = article["url"] if article and len(article["url"]) <= 2048 else e.url
        return {
            "feed_id": feed.id, "guid": e.guid, "url": url,
            "title": e.title, "text": text,
            "published_at": decide.effective_published(e.published_at, self.now),
            "fetched_at": self.now,
            "content_hash": decide.content_hash(e.title, text) if article else e.content_hash,
            "language": feed.language,
            "kind": feed.kind.value, "guests": list(e.guests), "processed_at": None,
            "post_eligible": eligible, "audio_url": e.audio_url or None,
        }

    def _success(self, feed: Feed, status: str, t0: float, nbytes: int,
                 rows: list[dict[str, Any]], transcripts: dict[str, dict[str, Any]],
                 res: FetchResult, body_hash: str | None = None) -> polls_repo.PollWrite:
        outcome = polls_repo.PollOutcome(
            feed_id=feed.id, started_at=self.now, status=status,
            duration_ms=int((time.monotonic() - t0) * 1000), nbytes=nbytes, items_new=0,
            next_poll_at=decide.next_after_success(self.now, self.polling.interval_seconds),
            ok=True, etag=res.etag, last_modified=res.last_modified, body_hash=body_hash)
        return polls_repo.PollWrite(outcome, rows, transcripts)

    def _failure(self, feed: Feed, status: str, t0: float, nbytes: int, error: str,
                 retry_after: str | None) -> polls_repo.PollWrite:
        count = feed.error_count + 1
        next_at = decide.next_after_error(
            self.now, count, self.polling.interval_seconds, self.polling.max_backoff_seconds,
            decide.parse_retry_after(retry_after, self.now))
        outcome = polls_repo.PollOutcome(
            feed_id=feed.id, started_at=self.now, status=status,
            duration_ms=int((time.monotonic() - t0) * 1000), nbytes=nbytes, items_new=0,
            next_poll_at=next_at, ok=False, error=error[:2000])
        return polls_repo.PollWrite(outcome)


# Follow-ups whose document is the episode's transcript.
_TRANSCRIPTS = frozenset({followups.TRANSCRIPT, episodes.TRANSCRIPT_PAGE, episodes.CAPTIONS})


def _never(*texts: str) -> bool:
    return False


def _always(*texts: str) -> bool:
    return True
