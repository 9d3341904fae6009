"""Faults against several `tracker run --role worker` processes on one PostgreSQL database.

- A worker killed with SIGKILL in the middle of polling (it holds feeds whose answers are
  slow), another in the middle of extraction (it holds items that take long to read): the
  others finish both within 30 s of each kill, and every item and statement is stored once.
- The database server ending every connection of the processes, again and again, while
  the feed server answers errors and garbage for a while and the chat API answers 500s:
  every process survives, nothing is lost, nothing is stored twice.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.fakes.workers import (
    PG,
    Schema,
    kill_holder,
    rss,
    start,
    stop_all,
    until,
    worker_config,
)

TOKEN = "987654:SECRET-token-value"
CHANNELS = (-1001000000001, -1001000000002, -1001000000003)
QUOTES = ("China's carmakers are the most competitive in the world",
          "BYD builds batteries faster than anyone on earth",
          "Shanghai is the best factory we have anywhere",
          "Chinese engineers work incredibly hard and it shows",
          "China has more high-speed rail than the rest of the world combined")
OLD = ("old", "Old news", "Nothing said.")


def _config(tmp_path: Path, url: str, server: FeedServer, api: FakeTelegramAPI,
            feeds: int) -> str:
    return worker_config(tmp_path, url, [server.url(f"/f{i}.xml") for i in range(feeds)],
                         api.base_url, list(CHANNELS), timeout=20)


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    fake = FakeTelegramAPI(token=TOKEN)
    await fake.start()
    for chat in CHANNELS:
        fake.add_chat(chat, kind="channel")
    yield fake
    await fake.stop()


def _env(db: Schema) -> dict[str, str]:
    """The bot token, and a PostgreSQL application name that marks this test's connections."""
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "PGAPPNAME": f"tracker-{db.schema}"}


def _big(i: int) -> str:
    """About 250 KB of one reported claim, repeated: an item that takes a while to read."""
    unit = f"Elon Musk said on Tuesday that {QUOTES[i % len(QUOTES)]}. "
    return unit * (250_000 // len(unit))


def _posts(api: FakeTelegramAPI) -> tuple[dict[int, Counter[str]], int]:
    """Per channel, how many times each quote was posted; and the repeats over all."""
    per = {c: Counter(q for m in api.sent(c) for q in QUOTES if q in m.text) for c in CHANNELS}
    return per, sum(n - 1 for texts in per.values() for n in texts.values())


async def test_workers_killed_mid_poll_and_mid_extraction_lose_nothing(
        tmp_path: Path, pg_url: str, api: FakeTelegramAPI) -> None:
    feeds, slow, big = 40, range(0, 20), range(20, 40)
    db = Schema(pg_url)
    stack: list[Any] = []
    async with running_feed_server() as server:
        for i in range(feeds):
            server.set(f"/f{i}.xml", body=rss([(f"old{i}", *OLD[1:])]))
        cfg = _config(tmp_path, pg_url, server, api, feeds)
        try:
            workers = [await start(cfg, tmp_path, "worker", stack, _env(db)) for _ in range(4)]
            await until(db.ready(f"SELECT count(*) = {feeds} FROM feeds WHERE baselined"),
                        180, "the first poll of every feed")
            # Polling: new items that the feed server is slow to answer (the fetch takes 8 s,
            # longer than the 5 s lease: held only by the heartbeat).
            for i in slow:
                server.set(f"/f{i}.xml", delay=8, body=rss(
                    [(f"old{i}", *OLD[1:]), (f"new{i}", f"Story {i}", f"Markets on day {i}.")]))
            polling = await kill_holder(
                db, workers, "feeds WHERE lease_until > now() AND lease_owner LIKE {owner}",
                "polling")
            killed, at = time.monotonic(), db.one("SELECT now()")
            held = db.one(f"SELECT array_agg(id) FROM feeds WHERE lease_owner LIKE '%-{polling}'")
            for i in slow:  # the server answers at once again
                server.set(f"/f{i}.xml", body=rss(
                    [(f"old{i}", *OLD[1:]), (f"new{i}", f"Story {i}", f"Markets on day {i}.")]))
            await until(db.ready(
                f"SELECT count(*) = 0 FROM feeds WHERE id = ANY(ARRAY{held}::int[]) AND "
                f"(last_success_at IS NULL OR last_success_at < '{at.isoformat()}')"),
                60, "the killed worker's feeds polled by the others")
            poll_recovery = time.monotonic() - killed
            # Extraction: items that take about half a second each to read.
            for i in big:
                server.set(f"/f{i}.xml", body=rss(
                    [(f"old{i}", *OLD[1:]), (f"new{i}", f"Musk on China {i}", _big(i))]))
            extracting = await kill_holder(
                db, [w for w in workers if w.proc.returncode is None],
                "items WHERE processed_at IS NULL AND lease_until > now() AND "
                "lease_owner LIKE {owner}", "extracting")
            killed = time.monotonic()
            held_items = db.one("SELECT array_agg(id) FROM items WHERE processed_at IS NULL "
                                f"AND lease_owner LIKE '%-{extracting}'")
            await until(db.ready(f"SELECT count(*) = 0 FROM items WHERE processed_at IS NULL "
                                 f"AND id = ANY(ARRAY{held_items}::int[])"), 60,
                        "the killed worker's items extracted by the others")
            extract_recovery = time.monotonic() - killed
            await until(db.ready(f"SELECT count(*) = {2 * feeds} FROM items WHERE processed_at "
                                 "IS NOT NULL"), 120, "every item extracted")
            await until(lambda: all(set(t) == set(QUOTES) for t in _posts(api)[0].values()),
                        120, "every quote posted to every channel")
            alive = [w.proc.returncode is None for w in workers]
        finally:
            await stop_all(stack)
    assert polling != extracting and held and held_items
    assert poll_recovery < 30 and extract_recovery < 30
    assert alive.count(True) == 2
    assert db.one("SELECT count(*) FROM items") == 2 * feeds
    assert db.one("SELECT count(DISTINCT (feed_id, guid)) FROM items") == 2 * feeds
    assert db.one("SELECT count(*) FROM statements") == len(QUOTES)
    assert db.one("SELECT count(*) FROM statement_sources") == len(big)
    per, repeats = _posts(api)
    assert repeats <= len(CHANNELS)  # at most the message in flight, per channel
    print(f"polling worker killed holding {len(held)} feeds: polled by the others "
          f"{poll_recovery:.1f} s later; extracting worker killed holding {len(held_items)} items: "
          f"extracted by the others {extract_recovery:.1f} s later; {repeats} repeated messages")


async def _end_connections(db: Schema, times: int, every: float) -> int:
    """End every PostgreSQL connection of the test's processes, ``times`` times."""
    ended = 0
    for _ in range(times):
        await asyncio.sleep(every)
        with psycopg.connect(PG, autocommit=True) as conn:
            ended += conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = %s", (f"tracker-{db.schema}",)).fetchone()[0]
    return ended


async def test_connections_ended_feed_garbage_and_chat_errors_lose_nothing(
        tmp_path: Path, pg_url: str, api: FakeTelegramAPI) -> None:
    feeds, bad, good = 24, range(0, 12), range(12, 24)
    garbage: list[dict[str, Any]] = [
        {"status": 500, "body": b"Internal Server Error"},
        {"body": b"\x00\xff\xfe garbage \x00" * 50},
        {"body": b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut'},
        {"content_type": "text/html", "body": b"<html><body>Maintenance</body></html>"}]
    db = Schema(pg_url)
    stack: list[Any] = []
    async with running_feed_server() as server:
        for i in range(feeds):
            server.set(f"/f{i}.xml", body=rss([(f"old{i}", *OLD[1:])]))
        cfg = _config(tmp_path, pg_url, server, api, feeds)
        try:
            procs = [await start(cfg, tmp_path, "worker", stack, _env(db)) for _ in range(2)]
            procs.append(await start(cfg, tmp_path, "bots", stack, _env(db)))
            await until(db.ready(f"SELECT count(*) = {feeds} FROM feeds WHERE baselined"),
                        180, "the first poll of every feed")
            for i in bad:  # errors and garbage for a while
                server.set(f"/f{i}.xml", **garbage[i % len(garbage)])
            for n, i in enumerate(good):  # news, four of them quoting him
                said = f'"{QUOTES[n // 3]}," Elon Musk said.' if n % 3 == 0 else "Calm day."
                server.set(f"/f{i}.xml", body=rss([(f"old{i}", *OLD[1:]),
                                                    (f"new{i}", f"Story {i}", said)]))
            api.fail_next("sendMessage", "500", times=10)
            ended = await _end_connections(db, times=10, every=1.5)
            for i in bad:  # the feeds recover; one of them quotes him too
                said = f'"{QUOTES[4]}," Elon Musk said.' if i == 0 else "Calm again."
                server.set(f"/f{i}.xml", body=rss([(f"old{i}", *OLD[1:]),
                                                    (f"new{i}", f"Story {i}", said)]))
            await until(lambda: all(set(t) == set(QUOTES) for t in _posts(api)[0].values()),
                        180, "every quote posted to every channel")
            await until(db.ready(f"SELECT count(*) = {2 * feeds} FROM items WHERE processed_at "
                                 "IS NOT NULL"), 150, "every item extracted")  # backoffs
            alive = [p.proc.returncode is None for p in procs]
            failed = db.one("SELECT count(*) FROM feeds WHERE error_count > 0")
        finally:
            await stop_all(stack)
    assert ended >= 10  # each round ended at least one connection
    assert alive == [True, True, True]
    assert db.one("SELECT count(*) FROM items") == 2 * feeds  # no half item from garbage
    assert db.one("SELECT count(*) FROM items WHERE guid NOT LIKE 'old%' AND guid NOT LIKE "
                  "'new%'") == 0
    assert db.one("SELECT count(*) FROM statements") == len(QUOTES)
    assert db.one("SELECT count(*) FROM statement_sources") == len(QUOTES)
    per, repeats = _posts(api)
    assert all(set(t) == set(QUOTES) for t in per.values())
    print(f"{ended} connections ended in 10 rounds; feeds failing at the end: {failed}; "
          f"{repeats} repeated messages")
