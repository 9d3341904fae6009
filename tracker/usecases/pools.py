"""Worker processes created on first use: the feed parse pool, the transcription process."""

from __future__ import annotations

import atexit
import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor


class SpawnedPool:
    """A process pool started on first use with spawned workers, and stopped at exit."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._workers = 0
        atexit.register(self.shutdown)

    def get(self, workers: int) -> Executor:
        """The pool with ``workers`` processes (a pool of another size is replaced)."""
        if self._pool is None or self._workers != workers:
            self.shutdown()
            # spawn: never fork a process that runs event-loop and database threads, and a
            # fresh worker holds only the imports of what it runs (a forkserver would add
            # a process).
            ctx = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
            self._workers = workers
        return self._pool

    def shutdown(self) -> None:
        """Stop the worker processes (the next ``get`` starts new ones)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
