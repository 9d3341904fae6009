"""The follow-up queue of one poll cycle: extra documents of new items, fetched politely.

Every follow-up (``tracker.feeds.followups.FollowUp``) goes through the same fetch as
the feeds — the SSRF guard at every redirect hop, the size cap, the timeout — and
through per-host slots (``polling.requests_per_host``, 2 by default) shared by the
whole cycle, so ten items of one outlet never hit it ten at once. Counted follow-ups
(linked articles) stop at ``polling.follow_ups_per_cycle``; the rest keep their summary.
A failure never fails the feed: it is logged in one line and the item is stored as
the feed gave it.

A new kind of follow-up registers a handler in HANDLERS: it turns the fetched body into
what the poller stores (in the parse pool when it is CPU-bound).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from typing import Any

from tracker.feeds.episodes import CAPTIONS, TRANSCRIPT_PAGE
from tracker.feeds.fetch import FetchResult
from tracker.feeds.followups import ARTICLE, TRANSCRIPT, FollowUp
from tracker.feeds.work import extract_article, parse_transcript
from tracker.usecases import episode_sources
from tracker.usecases.episode_sources import EpisodeSources

logger = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable[FetchResult]]
# (queue, url, format, fetched) -> the document, or None when the body holds none
Handler = Callable[["FollowUpQueue", str, str, FetchResult], Awaitable[Any]]


class FollowUpQueue:
    """Runs the follow-ups of one poll cycle within its caps.

    Args:
        fetch: GET a URL (guarded, capped, within the per-host slots).
        pool: The parse pool, for CPU-bound handlers.
        per_cycle: How many counted follow-ups the whole cycle may start.
    """

    def __init__(self, fetch: Fetch, pool: Executor, per_cycle: int,
                 episodes: EpisodeSources | None = None) -> None:
        self.fetch, self.pool = fetch, pool
        self.episodes = episodes  # caption source and speakers (episode_sources handlers)
        self.left = per_cycle
        self.over_cap = 0  # counted follow-ups left out this cycle

    async def in_pool(self, fn: Any, *args: Any) -> Any:
        """Run fn(*args) in the parse pool."""
        return await asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)

    async def run(self, follow_ups: Sequence[FollowUp]) -> dict[tuple[str, str], Any]:
        """Run follow-ups concurrently; returns {(guid, kind): document} for those that worked."""
        taken = []
        for follow_up in follow_ups:
            if follow_up.counted:
                if self.left <= 0:
                    self.over_cap += 1
                    continue
                self.left -= 1
            taken.append(follow_up)
        found = await asyncio.gather(*(self._one(f) for f in taken))
        return {(f.guid, f.kind): doc for f, doc in zip(taken, found, strict=True)
                if doc is not None}

    async def _one(self, follow_up: FollowUp) -> Any:
        handler = HANDLERS[follow_up.kind]
        for url, fmt in follow_up.candidates:
            try:
                res = FetchResult(0, url) if follow_up.kind in NO_FETCH else await self.fetch(url)
                doc = await handler(self, url, fmt, res)
            except Exception as exc:  # FetchError, a parser's error on a hostile body...
                logger.info("%s %s not used: %s", follow_up.kind, url, _line(exc))
                continue
            if doc is not None:
                return doc
        return None


async def _article(queue: FollowUpQueue, url: str, fmt: str, res: FetchResult) -> Any:
    """The article's main text and where it was found (after the redirects)."""
    text = str(await queue.in_pool(extract_article, res.body))
    if not text.strip():
        logger.info("article %s not used: no text found at %s", url, res.url)
        return None
    return {"text": text, "url": res.url}


async def _transcript(queue: FollowUpQueue, url: str, fmt: str, res: FetchResult) -> Any:
    """A transcript parsed into the transcripts row's format, text and segments."""
    parsed = await queue.in_pool(parse_transcript, url, fmt, res.body)
    return {**parsed, "url": url}


HANDLERS: dict[str, Handler] = {ARTICLE: _article, TRANSCRIPT: _transcript,
                                TRANSCRIPT_PAGE: episode_sources.page,
                                CAPTIONS: episode_sources.captions}
NO_FETCH = frozenset({CAPTIONS})  # kinds whose handler fetches on its own (a library's client)


def _line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:300]
