"""Worker processes created on first use: the feed parse pool, the transcription process."""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor

WATCH_SECONDS = 1.0  # how often a worker checks that the process that started it lives


def _exit_with_parent(parent: int) -> None:
    """A worker's initializer: exit when the process that started it is gone.

    A service killed with SIGKILL cannot stop its pool; its workers (and the resource
    tracker they keep open) would otherwise run on, orphaned, until the machine restarts.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


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
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                             initializer=_exit_with_parent,
                                             initargs=(os.getpid(),))
            self._workers = workers
        return self._pool

    def shutdown(self) -> None:
        """Stop the worker processes (the next ``get`` starts new ones)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
