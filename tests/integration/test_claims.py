"""Stage claims between workers: items and statements leased, renewed, taken over."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from tracker.config import Settings
from tracker.extract.extractor import Extractor
from tracker.model import ExtractedStatement, utcnow
from tracker.storage import claims, matching_repo
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow
from tracker.usecases import extract
from tracker.usecases.extract import extract_new_items

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
QUOTES = [f'"{text}," Musk said.' for text in (
    "China's carmakers are the most competitive in the world",
    "BYD builds batteries faster than anyone",
    "Chinese solar panels are cheap because of scale",
    "Shanghai is the best factory we have",
    "China will lead in electric buses by next year",
    "The Chinese market is our second largest",
    "Beijing regulators were fair to us",
    "Chinese engineers work incredibly hard",
    "China has more high-speed rail than the rest of the world combined",
    "Xiaomi made a remarkable car in record time",
    "CATL supplies a third of our cells in China",
    "Huawei's self-driving software is impressive")]


async def _seed_items(db: Database, count: int) -> None:
    """``count`` items; item i carries quote i % 12, so most quotes come from several items."""
    async with db.session() as s:
        s.add(FeedRow(id=1, url="https://a.example/rss", name="Outlet A", added_at=NOW))
        await s.flush()
        s.add_all(ItemRow(id=i, feed_id=1, guid=f"g{i}", url=f"https://x.example/{i}",
                          title=f"t{i}", text=f"News.\n{QUOTES[i % len(QUOTES)]}\nMore.",
                          published_at=NOW, fetched_at=NOW, content_hash=f"h{i}", guests=[])
                  for i in range(1, count + 1))
        await s.commit()


async def test_two_workers_extract_every_item_once_and_store_each_quote_once(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    await _seed_items(db, 48)
    monkeypatch.setattr(extract, "BATCH", 4)  # small claims, so the two workers interleave
    other = Database(db.url)  # a second engine: its own connections, as another process has
    async with other.session() as s:  # connected before the race starts
        await s.scalar(select(func.count()).select_from(ItemRow))
    try:
        a, b = await asyncio.gather(
            extract_new_items(db, Settings(), now=NOW, owner="worker-a"),
            extract_new_items(other, Settings(), now=NOW, owner="worker-b"))
    finally:
        await other.dispose()
    assert a["items"] + b["items"] == 48
    if db.dialect == "postgresql":  # SQLite has one writer: the other may find nothing free
        assert a["items"] > 0 and b["items"] > 0
    assert a["statements_new"] + b["statements_new"] == len(QUOTES)
    async with db.session() as s:
        per_text = (await s.execute(select(StatementRow.text, func.count())
                                    .group_by(StatementRow.text))).all()
        sources = (await s.execute(select(StatementSourceRow.item_id, func.count())
                                   .group_by(StatementSourceRow.item_id))).all()
        leased = await s.scalar(select(func.count()).select_from(ItemRow).where(
            ItemRow.lease_owner.is_not(None)))
    assert len(per_text) == len(QUOTES) and all(n == 1 for _, n in per_text)
    assert len(sources) == 48 and all(n == 1 for _, n in sources)
    assert leased == 0


async def test_a_dead_workers_items_wait_for_its_lease_then_are_taken(db: Database) -> None:
    await _seed_items(db, 3)
    async with db.transaction() as s:
        taken = await claims.claim(s, claims.ITEMS, ItemRow.processed_at.is_(None),
                                   owner="dead", now=NOW, seconds=30, order_by=ItemRow.id,
                                   limit=10)
    assert taken == [1, 2, 3]
    before = claims.TAKEOVERS["items"]
    during = await extract_new_items(db, Settings(), now=NOW + timedelta(seconds=29))
    after = await extract_new_items(db, Settings(), now=NOW + timedelta(seconds=31))
    assert during["items"] == 0
    assert after["items"] == 3
    assert claims.TAKEOVERS["items"] - before == 3  # /metrics: tracker_lease_takeovers_total


async def test_the_heartbeat_renews_a_claim_while_work_runs(db: Database) -> None:
    await _seed_items(db, 2)
    start = utcnow()
    async with db.transaction() as s:
        await claims.claim(s, claims.ITEMS, owner="busy", now=start, seconds=3,
                           order_by=ItemRow.id, limit=10)
    beat = claims.Heartbeat(db, "busy", [(claims.ITEMS, 3.0)])
    async with beat.running():
        while beat.beats < 2:  # every second; the condition, not a fixed sleep
            await asyncio.sleep(0.05)
    async with db.session() as s:
        until = await s.scalar(select(func.min(ItemRow.lease_until)))
        elsewhere = await claims.held_elsewhere(s, claims.ITEMS, "other", utcnow())
    assert until is not None and until > start + timedelta(seconds=3)
    assert elsewhere == 2


async def test_a_batch_longer_than_its_lease_keeps_its_claim_while_it_runs(
        db: Database) -> None:
    """Extraction runs off the event loop: the heartbeat renews the batch's leases while a
    slow batch runs, so another worker never takes (and extracts again) items in work."""
    await _seed_items(db, 3)
    loop, loop_thread = asyncio.get_running_loop(), threading.get_ident()
    seen: list[tuple[bool, datetime | None]] = []  # per item: on the loop? item 3's lease

    async def lease_of_last() -> datetime | None:
        async with db.session() as s:
            return await s.scalar(select(ItemRow.lease_until).where(ItemRow.id == 3))

    class Slow(Extractor):
        def extract(self, text: str, **kwargs: Any) -> list[ExtractedStatement]:
            time.sleep(1.5)  # three items: longer than the 3 s lease
            on_loop = threading.get_ident() == loop_thread
            until = None if on_loop else asyncio.run_coroutine_threadsafe(
                lease_of_last(), loop).result(10)
            seen.append((on_loop, until))
            return super().extract(text, **kwargs)

    settings = Settings(leases={"items_seconds": 3})  # type: ignore[arg-type]
    started = utcnow()
    counts = await extract_new_items(db, settings, extractor=Slow(settings.watch_list()),
                                     owner="slow")
    assert counts["items"] == 3 and counts["statements_new"] == 3
    assert [on_loop for on_loop, _ in seen] == [False] * 3
    last = seen[-1][1]
    assert last is not None
    if last.tzinfo is None:  # SQLite stores naive UTC
        last = last.replace(tzinfo=UTC)
    assert last > started + timedelta(seconds=3.5)  # renewed while the batch ran


async def test_an_item_stored_by_another_worker_meanwhile_is_not_stored_again(
        db: Database) -> None:
    """A worker that stalled past its lease finds, under the grouping lock, that another
    worker stored its items meanwhile: it stores nothing for them."""
    await _seed_items(db, 2)
    other = Database(db.url)

    class Overtaken(Extractor):
        def extract(self, text: str, **kwargs: Any) -> list[ExtractedStatement]:
            if not ran:  # the first time: the other worker takes and stores the items
                ran.append(1)
                asyncio.run_coroutine_threadsafe(_store_elsewhere(), loop).result(30)
            return super().extract(text, **kwargs)

    async def _store_elsewhere() -> None:
        await claims.release(db, claims.ITEMS, "stalled")  # as if its lease had run out
        done = await extract_new_items(other, Settings(), now=NOW, owner="other")
        assert done["items"] == 2

    ran: list[int] = []
    loop = asyncio.get_running_loop()
    settings = Settings()
    try:
        counts = await extract_new_items(db, settings, now=NOW, owner="stalled",
                                         extractor=Overtaken(settings.watch_list()))
    finally:
        await other.dispose()
    assert counts["items"] == 0 and counts["statements_new"] == 0
    async with db.session() as s:
        statements = await s.scalar(select(func.count()).select_from(StatementRow))
        sources = await s.scalar(select(func.count()).select_from(StatementSourceRow))
    assert statements == 2 and sources == 2


async def test_claimed_statements_are_not_matched_by_another_worker(db: Database) -> None:
    await _seed_items(db, 12)
    await extract_new_items(db, Settings(), now=NOW)
    mine = await matching_repo.claim_new(db, owner="a", seconds=30, limit=5)
    theirs = await matching_repo.claim_new(db, owner="b", seconds=30)
    assert len(mine) == 5 and len(theirs) == len(QUOTES) - 5
    assert not {m[0] for m in mine} & {t[0] for t in theirs}
    assert await matching_repo.claim_new(db, owner="c", seconds=30) == []
    await claims.release(db, claims.STATEMENTS, "a")
    again = await matching_repo.claim_new(db, owner="c", seconds=30)
    assert [r[0] for r in again] == [m[0] for m in mine]


def test_lease_lengths_are_validated() -> None:
    assert Settings(leases={"items_seconds": 10}).leases.items_seconds == 10  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="items_seconds"):
        Settings(leases={"items_seconds": 1})  # type: ignore[arg-type]


async def test_a_cycle_claims_feeds_a_chunk_at_a_time_and_polls_each_once(db: Database) -> None:
    from tests.fakes.feed_server import running_feed_server
    from tracker.usecases import ingest

    async with running_feed_server() as server:
        urls = [server.serve_file(f"/f{i}.xml", "rss.xml") for i in range(50)]
        settings = Settings(polling={"concurrency": 1, "allow_private_hosts": True},  # type: ignore[arg-type]
                            feeds=[{"url": u} for u in urls])  # type: ignore[list-item]
        first = await ingest.poll_due_feeds(db, settings)
        forced = await ingest.poll_due_feeds(db, settings, force=True)
        hits = sorted(len(server.hits(f"/f{i}.xml")) for i in range(50))
    assert first.feeds_polled == 50 and forced.feeds_polled == 50  # chunks of 20, topped up
    assert hits == [2] * 50
