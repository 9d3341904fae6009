"""Polling benchmark: ``python -m benchmarks.poll``.

A feed server in a separate process serves 500 RSS feeds of 50 items (~100 KB
each) with ETags. Measured in one run: a cold poll into a fresh SQLite database
(every item new and stored), a warm poll (every feed answers 304), peak RSS of
this process plus its children (the parse pool), and the naive baseline most
hobby bots use: a sequential ``feedparser.parse(url)`` loop over the same feeds.
Targets (2 cores): cold <= 5 s and >= 1.6x faster than naive, warm <= 0.3 s,
memory <= 200 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import random
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

# Only the standard library at module level: the parse pool's workers import this
# __main__ module again, and their memory counts in the peak RSS figure.
WORDS = ["china", "market", "tesla", "factory", "shanghai", "musk", "battery", "export",
         "tariff", "policy", "growth", "electric", "vehicle", "supply", "chain", "beijing",
         "investment", "production", "rocket", "satellite", "regulation", "trade",
         "government", "talks", "economy", "chip", "technology", "energy"]


def make_feed(index: int, items: int, rng: random.Random) -> bytes:
    """One RSS 2.0 document of ``items`` items, about 2 KB each."""
    now = format_datetime(datetime.now(UTC))
    parts = [f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
             f"<title>Feed {index}</title><link>https://news.example/{index}</link>"
             f"<description>Benchmark feed {index}</description>"]
    for j in range(items):
        title = " ".join(rng.choice(WORDS) for _ in range(9)).capitalize()
        body = "".join(f"<p>{' '.join(rng.choice(WORDS) for _ in range(40))}.</p>" for _ in range(6))
        parts.append(f"<item><title>{title}</title><link>https://news.example/{index}/{j}</link>"
                     f"<guid>feed{index}-item{j}</guid><pubDate>{now}</pubDate>"
                     f"<description><![CDATA[{body}]]></description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def serve(feeds: int, items: int, port_queue: Any) -> None:
    """The feed server process: aiohttp, ETag on every feed, 304 when it matches."""
    from aiohttp import web

    rng = random.Random(42)
    bodies = [make_feed(i, items, rng) for i in range(feeds)]

    async def handle(request: web.Request) -> web.Response:
        index = int(request.match_info["n"])
        etag = f'"v{index}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=bodies[index], content_type="application/rss+xml",
                            headers={"ETag": etag})

    async def main() -> None:
        port = await start_feed_server("/feed/{n}.xml", handle)
        port_queue.put((port, sum(map(len, bodies))))
        await asyncio.Event().wait()

    asyncio.run(main())


async def start_feed_server(route: str, handle: Any) -> int:
    """Serve GET ``route`` with ``handle`` (aiohttp) on 127.0.0.1; returns the port."""
    from aiohttp import web

    app = web.Application()
    app.router.add_get(route, handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    return int(runner.addresses[0][1])


class PeakRSS:
    """Samples the memory of this process and all its children every 20 ms.

    Two sums: RSS, which counts pages shared between the processes (the Python
    runtime and libraries of each spawned parser) once per process, and PSS,
    which splits each shared page among the processes that map it, so the sum
    is the memory the group really holds.
    """

    def __init__(self, exclude: set[int]) -> None:
        self.exclude = exclude  # the feed server is not part of the poller's memory
        self.peak = 0
        self.peak_pss = 0
        self.peak_main = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> tuple[int, int, int]:
        import psutil

        me = psutil.Process()
        info = me.memory_full_info()
        rss, pss = info.rss, info.pss
        for child in me.children(recursive=True):
            if child.pid in self.exclude:
                continue
            with contextlib.suppress(psutil.Error):
                full = child.memory_full_info()
                rss += full.rss
                pss += full.pss
        return int(rss), int(pss), int(info.rss)

    def _run(self) -> None:
        while not self._stop.is_set():
            rss, pss, main = self._sample()
            self.peak = max(self.peak, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_main = max(self.peak_main, main)
            self._stop.wait(0.02)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def timed_polls(urls: list[str], db_path: Path) -> tuple[float, float, int, int]:
    """Cold and warm poll wall times, items stored, feeds answered 304."""
    from sqlalchemy import func, select

    from tracker.config import Settings
    from tracker.storage.db import open_database
    from tracker.storage.schema_feeds import ItemRow
    from tracker.usecases import ingest

    settings = Settings(
        database={"url": f"sqlite:///{db_path}"},  # type: ignore[arg-type]
        feeds=[{"url": u} for u in urls],  # type: ignore[misc]
        polling={"allow_private_hosts": True, "timeout_seconds": 60,  # type: ignore[arg-type]
                 "concurrency": 32},
    )
    db = await open_database(settings.database.url)  # migrations are not part of a poll
    try:
        t0 = time.perf_counter()
        cold = await ingest.poll_due_feeds(db, settings, force=True)
        cold_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        warm = await ingest.poll_due_feeds(db, settings, force=True)
        warm_s = time.perf_counter() - t0
        async with db.session() as s:
            stored = int((await s.execute(select(func.count()).select_from(ItemRow))).scalar_one())
        if cold.feeds_failed or warm.feeds_failed:
            raise SystemExit(f"feeds failed: cold {cold}, warm {warm}")
        return cold_s, warm_s, stored, warm.feeds_not_modified
    finally:
        await db.dispose()


def naive(urls: list[str]) -> tuple[float, int]:
    """The hobby-bot baseline: sequential feedparser.parse(url)."""
    import feedparser

    t0 = time.perf_counter()
    entries = sum(len(feedparser.parse(u).entries) for u in urls)
    return time.perf_counter() - t0, entries


def main() -> None:
    """Run the benchmark and print the figures."""
    import psutil

    from tracker.usecases import ingest

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    server = ctx.Process(target=serve, args=(args.feeds, args.items, queue), daemon=True)
    server.start()
    try:
        port, total_bytes = queue.get(timeout=120)
        urls = [f"http://127.0.0.1:{port}/feed/{i}.xml" for i in range(args.feeds)]
        with tempfile.TemporaryDirectory() as tmp:
            with PeakRSS({server.pid or 0}) as rss:
                cold_s, warm_s, stored, not_modified = asyncio.run(
                    timed_polls(urls, Path(tmp) / "bench.db"))
            ingest.shutdown_pool()
        naive_s, naive_entries = naive(urls)
    finally:
        server.terminate()
        server.join()
    expected = args.feeds * args.items
    print(f"poll benchmark: {args.feeds} feeds x {args.items} items "
          f"({total_bytes / args.feeds / 1024:.0f} KB a feed, {total_bytes / 2**20:.1f} MB), "
          f"{psutil.cpu_count()} cores")
    print(f"  cold poll (all new, stored) : {cold_s:6.2f} s   items stored {stored}/{expected}"
          f"   target <= 5 s")
    print(f"  warm poll (all 304)         : {warm_s:6.2f} s   304s {not_modified}/{args.feeds}"
          f"   target <= 0.3 s")
    print(f"  naive feedparser.parse(url) : {naive_s:6.2f} s   entries {naive_entries}")
    print(f"  speed-up naive / cold       : {naive_s / cold_s:6.2f} x   target >= 1.6 x")
    print(f"  peak PSS (incl. children)   : {rss.peak_pss / 2**20:6.0f} MB   target <= 200 MB")
    print(f"  peak RSS (incl. children)   : {rss.peak / 2**20:6.0f} MB   (shared pages counted "
          f"per process; main process alone {rss.peak_main / 2**20:.0f} MB)")


if __name__ == "__main__":
    main()
