"""Batch the per-feed writes of a poll cycle into few transactions.

Feeds finish one by one; a single writer task takes whatever has queued up
(up to ``max_rows`` items) and stores it in one transaction, so 500 feeds cost
a handful of commits instead of 500. If a batch fails, its feeds are retried
one by one so a single bad feed never loses the others' items.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from tracker.storage import polls_repo
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

_Entry = tuple[polls_repo.PollWrite, "asyncio.Future[int]"]


class BatchWriter:
    """Queue PollWrites; ``submit`` returns once the write is committed."""

    def __init__(self, db: Database, max_rows: int = 1000, linger: float = 0.05) -> None:
        self.db = db
        self.max_rows = max_rows
        # Wait this long after the first queued feed so a batch gathers several feeds:
        # a commit costs a few ms through aiosqlite, a feed's rows far less.
        self.linger = linger
        self._queue: asyncio.Queue[_Entry | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> BatchWriter:
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._queue.put(None)
        if self._task is not None:
            # Shielded: a cancelled cycle still commits what it already queued.
            await asyncio.shield(self._task)

    async def submit(self, write: polls_repo.PollWrite) -> int:
        """Queue one feed's write and wait until it is stored; returns items inserted."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        await self._queue.put((write, future))
        return await asyncio.shield(future)

    async def _run(self) -> None:
        done = False
        while not done:
            first = await self._queue.get()
            if first is None:
                return
            batch = [first]
            rows = len(first[0].items)
            if rows < self.max_rows:
                await asyncio.sleep(self.linger)
            while rows < self.max_rows and not self._queue.empty():
                entry = self._queue.get_nowait()
                if entry is None:
                    done = True
                    break
                batch.append(entry)
                rows += len(entry[0].items)
            await self._store(batch)

    async def _store(self, batch: list[_Entry]) -> None:
        try:
            counts = await polls_repo.store_polls(self.db, [w for w, _ in batch])
        except Exception:
            if len(batch) == 1:
                logger.exception("storing feed %s failed", batch[0][0].outcome.feed_id)
                batch[0][1].set_exception(RuntimeError("storing the poll failed"))
                return
            logger.warning("batch of %d feeds failed; storing them one by one", len(batch))
            for entry in batch:
                await self._store([entry])
            return
        for (_, future), count in zip(batch, counts, strict=True):
            if not future.done():
                future.set_result(count)
