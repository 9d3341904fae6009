"""`tracker run --role ...` processes on one PostgreSQL schema, for the scale-out and fault
tests: start and stop them, kill one with SIGKILL, and observe the schema from outside."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import psycopg

from tests.fakes.process import Service
from tracker.model import utcnow

PG = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def worker_config(tmp_path: Path, url: str, feed_urls: list[str], telegram_api: str,
                  channels: list[int], *, timeout: float = 5, extra: str = "") -> str:
    """A `tracker run` config for several processes on one schema: leases of 5 s, a 10 s
    poll interval, the hashing embedder, the musk-china watch posting what nothing answers,
    Telegram ``channels`` on the fake Bot API; ``extra`` appends TOML (after [telegram])."""
    listed = ", ".join(f'"{c}"' for c in channels)
    feeds = "".join(f'[[feeds]]\nurl = "{u}"\nfull_text = false\n' for u in feed_urls)
    cfg = tmp_path / "tracker.toml"
    cfg.write_text(
        f'[database]\nurl = "{url}"\n'
        "[polling]\ninterval_seconds = 10\nallow_private_hosts = true\nparse_workers = 1\n"
        f"timeout_seconds = {timeout}\nmax_backoff_seconds = 60\n"
        "[leases]\nfeeds_seconds = 5\nitems_seconds = 5\nstatements_seconds = 5\n"
        "deliveries_seconds = 5\nbots_retry_seconds = 0.5\n"
        "[delivery]\ninterval_seconds = 0.2\n"
        # The thresholds these process tests were written against: they test claims, leases
        # and delivery, not the decision (the shipped, calibrated bar posts rarely).
        '[matching]\nembedder = "hashing"\nauto_threshold = 0.729\nsuggest_threshold = 0.069\n'
        "[posting]\nrepeat_window_hours = 0\n"
        '[[watches]]\nname = "musk-china"\nspeaker = "Elon Musk"\n'
        'speaker_aliases = ["Elon Musk", "Musk"]\n'
        'topic_terms = ["China", "Chinese", "BYD", "Shanghai"]\non_unmatched = "post"\n'
        f'[telegram]\napi_base_url = "{telegram_api}"\nchannels = [{listed}]\n'
        + extra + feeds)
    return str(cfg)


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (guid, title, description) items, published now."""
    body = "".join(f"<item><title>{t}</title><link>https://n.example/{g}</link><guid>{g}</guid>"
                   f"<pubDate>{format_datetime(utcnow())}</pubDate><description>{d}</description>"
                   "</item>" for g, t, d in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>n</title>{body}'
            "</channel></rss>").encode()


class Schema:
    """Read-only queries on the test's schema, as the test's own observer."""

    def __init__(self, url: str) -> None:
        self.schema = url.rsplit("%3D", 1)[1]

    def one(self, sql: str, *args: Any) -> Any:
        # A lock timeout: the observer must never wait behind a migration for long.
        with psycopg.connect(PG, autocommit=True,
                             options=f"-csearch_path={self.schema} -clock_timeout=2000") as conn:
            try:
                row = conn.execute(sql, args or None).fetchone()
            except (psycopg.errors.UndefinedTable, psycopg.errors.LockNotAvailable):
                return None  # the workers are still migrating
            return row[0] if row else None

    def ready(self, sql: str) -> Callable[[], bool]:
        return lambda: bool(self.one(sql))


async def until(check: Callable[[], bool], timeout: float, what: str) -> float:
    """Wait for a condition; returns the seconds it took."""
    t0 = time.monotonic()
    # In a thread: the fake servers share this event loop and must keep answering.
    while not await asyncio.to_thread(check):
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.2)
    return time.monotonic() - t0


async def start(cfg: str, tmp_path: Path, role: str, stack: list[Any],
                env: dict[str, str] | None = None) -> Service:
    """A `tracker run --role ROLE` process logging to a file (a pipe nobody reads would fill)."""
    env = {**os.environ, "TRACKER_WEB__PORT": "0", **(env or {})}
    log = (tmp_path / f"{role}-{len(stack)}.log").open("wb")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.main", "-c", cfg, "run", "--role", role, cwd=tmp_path,
        env=env, stdout=log, stderr=log)
    stack.append((proc, log))
    return Service(proc)


async def stop_all(stack: list[Any]) -> None:
    """SIGTERM (a killed worker would leave its parser process behind), then SIGKILL."""
    for proc, _ in stack:
        if proc.returncode is None:
            proc.terminate()
    for proc, log in stack:
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()
            await proc.wait()
        log.close()


async def kill(service: Service) -> None:
    """SIGKILL a `tracker run` process, then end the parser processes it leaves behind."""
    orphans = children(service.proc.pid)
    service.proc.kill()
    await service.proc.wait()
    for pid in orphans:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


async def kill_holder(db: Schema, workers: list[Service], held: str, what: str,
                      timeout: float = 120) -> int:
    """SIGKILL the first worker seen holding rows that ``held`` (a SQL condition with a
    ``{owner}`` placeholder for the lease-owner test) selects; returns its pid."""
    def holder() -> Service | None:
        for worker in workers:
            if worker.proc.returncode is None and db.one(
                    "SELECT count(*) FROM " + held.format(owner=f"'%-{worker.proc.pid}'")):
                return worker
        return None

    def holds(worker: Service) -> bool:
        return bool(db.one("SELECT count(*) FROM " + held.format(
            owner=f"'%-{worker.proc.pid}'")))

    t0 = time.monotonic()
    while True:
        worker = await asyncio.to_thread(holder)
        if worker is not None:
            # Stopped, then looked at again: the kill lands while it still holds the work
            # (between a look and a kill it may have finished and let go).
            os.kill(worker.proc.pid, signal.SIGSTOP)
            if await asyncio.to_thread(holds, worker):
                await kill(worker)
                return worker.proc.pid
            os.kill(worker.proc.pid, signal.SIGCONT)
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for a worker {what}")
        await asyncio.sleep(0.05)


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry}/stat") as f:
                if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
    return found
