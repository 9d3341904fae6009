"""Web console benchmark: every page's latency on a large PostgreSQL database.

Creates its own database (``tracker_bench_web`` on the server at 127.0.0.1:5432,
dropped first), applies the migrations, writes 100,000 statements and 10,000
rebuttals (``benchmarks.web_data``), serves the console with uvicorn on 127.0.0.1
as ``tracker run`` does, signs in with a login link and requests each page over
HTTP from a client in another process, one request at a time. Prints p50 and p95 per
page; the target is p95 <= 150 ms.

    python -m benchmarks.web [--statements 100000] [--rebuttals 10000] [--runs 40]
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import multiprocessing
import os
import re
import statistics
import time
from multiprocessing.connection import Connection

import httpx
import psycopg
from sqlalchemy import create_engine

from adapters.web.server import WebServer
from benchmarks.web_data import write
from tracker.config import Settings, TelegramSettings, WebSettings
from tracker.storage.db import Database, open_database, sync_url
from tracker.usecases import console, public_pages, web_auth

ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
NAME = "tracker_bench_web"
URL = f"postgresql+psycopg://postgres@127.0.0.1:5432/{NAME}"
TARGET_MS = 150.0


def _fresh_database() -> None:
    with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {NAME}")
        conn.execute(f"CREATE DATABASE {NAME}")


def _pages(ids: dict[str, int]) -> list[tuple[str, str]]:
    mid, posted = ids["statements"] // 2, ids["posted"]
    return [
        ("review queue", "/review"),
        ("rebuttals", "/rebuttals"),
        ("rebuttals search", "/rebuttals?q=battery&lang=en"),
        ("rebuttals most used", "/rebuttals?sort=used"),
        ("rebuttals doubted, tag", "/rebuttals?sort=doubted&tag=ev&status=published"),
        ("rebuttals page 100", "/rebuttals?offset=5000"),
        ("rebuttal editor", "/rebuttals/rebuttal-00042"),
        ("rebuttal history", "/rebuttals/rebuttal-00042/history"),
        ("statements", "/statements"),
        ("statements search", "/statements?q=BYD"),
        ("statements phrase search", "/statements?q=kalomi"),
        ("statements rare search", "/statements?q=no+such+words+anywhere"),
        ("statements filtered", "/statements?decision=match&status=posted&language=zh&feed=7"),
        ("statements dated", "/statements?since=2026-09-01&until=2026-09-08"),
        ("statements deep page", f"/statements?before={mid}"),
        ("statement page", f"/statements/{mid}"),
        ("feeds", "/feeds"),
        ("destinations", "/destinations"),
        ("deliveries", "/deliveries"),
        ("stats", "/stats"),
        ("sessions", "/sessions"),
        ("public home", "/"),
        ("public statement", f"/s/{posted}"),
        ("public rebuttal", "/r/rebuttal-00042"),
        ("atom feed", "/feed.atom"),
    ]


async def _sign_in(client: httpx.AsyncClient, server: WebServer) -> None:
    link = await web_auth.issue_login_link(server.db, server.settings, "telegram", "1")
    landing = await client.get(link.removeprefix(server.settings.web.base_url()))
    token = re.search(r'name="token" value="([^"]+)"', landing.text)
    csrf = re.search(r'name="csrf" value="([^"]+)"', landing.text)
    assert token and csrf
    await client.post("/login", data={"token": token.group(1), "csrf": csrf.group(1)})


def _client(port: int, cookie: str, pages: list[tuple[str, str]], runs: int,
            out: Connection) -> None:
    """In a process of its own (as a browser would be): each page ``runs`` times over one
    keep-alive connection (http.client), after three warm-up requests; sends the times."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    results = []
    for name, path in pages:
        times = []
        for n in range(runs + 3):
            t0 = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": f"tracker_session={cookie}"})
            response = conn.getresponse()
            body = response.read()
            elapsed = (time.perf_counter() - t0) * 1000
            assert response.status == 200, (path, response.status)
            if n >= 3:  # the first requests warm caches and the connection pool
                times.append(elapsed)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        results.append((name, statistics.median(times), p95, len(body)))
    out.send(results)
    out.close()


async def _measure(ids: dict[str, int], runs: int) -> list[tuple[str, float, float, int]]:
    db = await open_database(URL, migrate=False)
    settings = Settings(telegram=TelegramSettings(admins=[1]), web=WebSettings(port=0))
    server = WebServer(settings, db)
    await server.start()
    uncached = await _uncached(db)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            await _sign_in(client, server)
            cookie = client.cookies["tracker_session"]
        receive, send = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.get_context("spawn").Process(
            target=_client, args=(server.port, cookie, _pages(ids), runs, send))
        child.start()
        while not receive.poll() and child.is_alive():  # the server answers meanwhile
            await asyncio.sleep(0.05)
        if not receive.poll():
            raise SystemExit(f"the client process failed (exit code {child.exitcode})")
        results: list[tuple[str, float, float, int]] = receive.recv()
        child.join()
    finally:
        await server.stop()
        await db.dispose()
    return results + uncached


async def _uncached(db: Database) -> list[tuple[str, float, float, int]]:
    """What the pages that are cached for a minute (stats) or 30 s (the home page, the
    feed) cost when they are computed: the use cases alone, five times."""
    work = {"stats, computed": lambda: console.stats(db),
            "home and feed, computed": lambda: public_pages.latest_posted(db, 50)}
    out = []
    for name, compute in work.items():
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            await compute()
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        out.append((name, statistics.median(times), times[-1], 0))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--rebuttals", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    _fresh_database()
    t0 = time.perf_counter()
    asyncio.run(_migrate())
    engine = create_engine(sync_url(URL))
    with engine.begin() as conn:
        ids = write(conn, statements=args.statements, rebuttals=args.rebuttals)
    # What autovacuum does on a live database: statistics for the planner and the
    # visibility map that lets index-only scans skip the table (outside a transaction).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
    print(f"web benchmark: PostgreSQL, {ids['statements']:,} statements, {ids['rebuttals']:,} "
          f"rebuttals, {ids['matches']:,} candidates, {ids['deliveries']:,} deliveries, "
          f"{ids['votes']:,} votes, {ids['fetch_log']:,} fetch log rows "
          f"(written in {time.perf_counter() - t0:.0f} s); {args.runs} requests a page")
    results = asyncio.run(_measure(ids, args.runs))
    worst = max(p95 for _, _, p95, size in results if size)
    for name, p50, p95, size in results:
        flag = "" if p95 <= TARGET_MS else "  OVER TARGET"
        if size:
            print(f"  {name:<26} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   {size / 1024:6.1f} KB{flag}")
        else:  # a use case timed alone (max of five, not p95)
            print(f"  {name:<26} p50 {p50:7.1f} ms   max {p95:7.1f} ms   (cached by its page)")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"worst p95 {worst:.1f} ms (target <= {TARGET_MS:.0f} ms): "
          f"{'met' if worst <= TARGET_MS else 'NOT met'}; load average {load} on "
          f"{os.cpu_count()} cores")


async def _migrate() -> None:
    db = await open_database(URL)
    await db.dispose()


if __name__ == "__main__":
    main()
