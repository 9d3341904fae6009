"""Ingestion against a real local HTTP server, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from tests.fakes.feed_server import FeedServer, running_feed_server
from tracker.config import Settings
from tracker.model import FeedKind, utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow, TranscriptRow
from tracker.usecases import ingest


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


def make_settings(db_url: str, feeds: list[dict[str, Any]] | None = None,
                  **polling: Any) -> Settings:
    """Settings for tests: private hosts allowed (the server is on 127.0.0.1), short timeouts."""
    return Settings(
        database={"url": db_url},  # type: ignore[arg-type]
        feeds=feeds or [],  # type: ignore[arg-type]
        polling={"allow_private_hosts": True, "timeout_seconds": 2, "parse_workers": 2,
                 **polling},  # type: ignore[arg-type]
    )


async def items_of(db: Database, url: str) -> list[Any]:
    async with db.session() as s:
        q = (select(ItemRow).join(FeedRow, FeedRow.id == ItemRow.feed_id)
             .where(FeedRow.url == url).order_by(ItemRow.guid))
        return list((await s.execute(q)).scalars().all())


async def feed_row(db: Database, url: str) -> FeedRow:
    async with db.session() as s:
        return (await s.execute(select(FeedRow).where(FeedRow.url == url))).scalar_one()


async def test_rss_atom_stored_once_with_text_and_eligibility(db: Database,
                                                              feed_server: FeedServer) -> None:
    rss = feed_server.serve_file("/rss.xml", "rss.xml")
    atom = feed_server.serve_file("/atom.xml", "atom.xml", content_type="application/atom+xml")
    settings = make_settings(str(db.engine.url), [{"url": rss}, {"url": atom, "language": "zh"}])

    stats = await ingest.poll_due_feeds(db, settings, force=True)
    assert (stats.feeds_polled, stats.feeds_failed, stats.items_new) == (2, 0, 5)
    items = await items_of(db, rss)
    assert [i.guid for i in items] == ["news-a1", "news-a2", "news-a3"]
    first = items[0]
    assert first.text.startswith("Musk says China will be a major market\n\n")
    assert "Elon Musk said on Tuesday that China will be a major market.\n\nSecond paragraph." \
        in first.text
    assert "alert" not in first.text
    assert first.processed_at is None and len(first.content_hash) == 64
    # First contact: everything the feed already holds is baselined, never posted.
    assert not any(i.post_eligible for i in items)
    zh = await items_of(db, atom)
    assert zh[0].text == "马斯克谈中国\n\n马斯克表示中国市场很重要。\n\n第二段。"
    assert zh[0].language == "zh"

    # A new item appears: eligible unless older than max_age_hours.
    feed_server.routes["/rss.xml"].body = feed_server.routes["/rss.xml"].body.replace(
        b"<item>", b"<item><title>Fresh</title><guid>news-a4</guid>"
        b"<pubDate>" + utcnow().strftime("%a, %d %b %Y %H:%M:%S GMT").encode() + b"</pubDate>"
        b"<description>new</description></item><item>", 1)
    stats = await ingest.poll_due_feeds(db, settings, force=True)
    assert stats.items_new == 1
    assert {i.guid: i.post_eligible for i in await items_of(db, rss)}["news-a4"] is True
    assert (await feed_row(db, rss)).baselined


async def test_not_modified_round_trip(db: Database, feed_server: FeedServer) -> None:
    url = feed_server.serve_file("/etag.xml", "rss.xml", etag='"v1"',
                                 last_modified="Sat, 28 Nov 2026 10:00:00 GMT")
    settings = make_settings(str(db.engine.url), [{"url": url}])
    await ingest.poll_due_feeds(db, settings, force=True)
    stats = await ingest.poll_due_feeds(db, settings, force=True)
    assert (stats.feeds_not_modified, stats.items_new) == (1, 0)
    second = feed_server.hits("/etag.xml")[1]
    assert second.headers.get("If-None-Match") == '"v1"'
    assert second.headers.get("If-Modified-Since") == "Sat, 28 Nov 2026 10:00:00 GMT"
    assert "statement-tracker" in second.headers.get("User-Agent", "")
    async with db.session() as s:
        log = (await s.execute(select(FetchLogRow.status, FetchLogRow.bytes)
                               .order_by(FetchLogRow.id))).all()
    assert [tuple(r) for r in log][1] == ("304", 0)
    assert len(await items_of(db, url)) == 3


async def test_retry_after_backoff_and_failing(db: Database, feed_server: FeedServer) -> None:
    limited = feed_server.set("/429", status=429, headers={"Retry-After": "3600"})
    broken = feed_server.set("/500", status=500)
    good = feed_server.serve_file("/good.xml", "rss.xml")
    settings = make_settings(str(db.engine.url), [{"url": limited}, {"url": broken}, {"url": good}],
                             interval_seconds=60, max_backoff_seconds=600)
    now = utcnow()
    stats = await ingest.poll_due_feeds(db, settings, now=now)
    assert (stats.feeds_polled, stats.feeds_failed) == (3, 2)
    # The feeds that failed in this cycle were polled, not skipped; the next cycle skips them.
    assert stats.feeds_backing_off == 0 and "skipped" not in stats.summary()
    assert (await ingest.poll_due_feeds(db, settings, now=now)).feeds_backing_off == 2
    assert len(await items_of(db, good)) == 3  # nothing lost from the good feed
    row = await feed_row(db, limited)
    assert row.next_poll_at == now + timedelta(seconds=600)  # Retry-After, capped at max backoff
    delays = []
    for _ in range(6):
        await ingest.poll_due_feeds(db, settings, now=now, force=True)
        r = await feed_row(db, broken)
        delays.append((r.next_poll_at - now).total_seconds())
    assert delays == [120, 240, 480, 600, 600, 600]
    feeds = {f.url: f for f in await ingest.list_feeds(db)}
    assert feeds[broken].failing and feeds[broken].error_count == 7
    assert feeds[broken].last_error == "HTTP 500 Internal Server Error"
    assert not feeds[good].failing
    # Not due yet: nothing is fetched without force.
    before = len(feed_server.requests)
    assert (await ingest.poll_due_feeds(db, settings, now=now)).feeds_polled == 0
    assert len(feed_server.requests) == before


async def test_timeouts_size_redirects_malformed(db: Database, feed_server: FeedServer) -> None:
    slow = feed_server.set("/slow", body=b"<rss/>", delay=5)
    huge = feed_server.set("/huge", stream_forever=True)
    big = feed_server.set("/big", body=b"x" * 20000)
    loop = feed_server.set("/loop", redirect="/loop2")
    feed_server.set("/loop2", redirect="/loop")
    hop = feed_server.set("/hop", redirect="/bad.xml")
    bad = feed_server.serve_file("/bad.xml", "malformed_entries.xml")
    empty = feed_server.serve_file("/empty.xml", "malformed_empty.xml", content_type="text/html")
    urls = [slow, huge, big, loop, hop, empty]
    settings = make_settings(str(db.engine.url), [{"url": u} for u in urls],
                             timeout_seconds=1, max_bytes=10000)
    stats = await ingest.poll_due_feeds(db, settings)
    assert (stats.feeds_polled, stats.feeds_failed) == (6, 5)
    errors = {f.url: f.last_error or "" for f in await ingest.list_feeds(db)}
    assert errors[slow].startswith("timed out")
    assert "max_bytes" in errors[huge] and "max_bytes" in errors[big]
    assert "redirect loop" in errors[loop]
    assert errors[empty].startswith("not a feed")
    assert errors[hop] == ""
    assert [i.guid for i in await items_of(db, hop)] == ["bad-1", "bad-2"]
    assert bad  # the malformed-but-usable feed was reached through the redirect


async def test_podcast_transcripts_and_guests(db: Database, feed_server: FeedServer) -> None:
    for name in ("ep1.vtt", "ep1.srt", "ep1.txt", "ep2.srt", "ep2.json", "ep4.srt"):
        feed_server.serve_file("/" + name, name, content_type="text/plain")
    url = feed_server.serve_file("/podcast.xml", "podcast.xml")
    settings = make_settings(str(db.engine.url), [{"url": url, "kind": "podcast"}])
    assert (await ingest.poll_due_feeds(db, settings)).items_new == 4
    items = {i.guid: i for i in await items_of(db, url)}
    assert items["ep-1"].guests == ["Elon Musk", "The Host"]
    assert items["ep-3"].text == "Episode 3\n\nShow notes three, no transcript."
    async with db.session() as s:
        rows = (await s.execute(select(TranscriptRow))).scalars().all()
    by_item = {r.item_id: r for r in rows}
    ep1, ep2, ep4 = (by_item[items[g].id] for g in ("ep-1", "ep-2", "ep-4"))
    assert items["ep-3"].id not in by_item
    assert ep1.format == "vtt" and ep1.segments[0] == {
        "start": 1.0, "end": 4.5, "text": "China is going to be a big market.",
        "speaker": "Elon Musk"}
    assert ep1.segments[1]["text"] == "Tell me more & more."
    assert ep2.format == "json" and ep2.segments[0]["speaker"] == "Elon Musk"
    assert ep2.text.startswith("Elon Musk: Chinese factories are impressive.")
    assert ep4.format == "srt" and ep4.segments == [
        {"start": 2.5, "end": 3.0, "text": "Only srt text.", "speaker": None}]
    # Only the best format was fetched; a repeat poll fetches no transcript again.
    assert not feed_server.hits("/ep1.srt") and not feed_server.hits("/ep2.srt")
    await ingest.poll_due_feeds(db, settings, force=True)
    assert len(feed_server.hits("/ep1.vtt")) == 1


async def test_full_text_article(db: Database, feed_server: FeedServer) -> None:
    feed_server.serve_file("/article.html", "article.html", content_type="text/html")
    empty = b'<rss version="2.0"><channel><title>F</title></channel></rss>'
    url = feed_server.set("/ft.xml", body=empty)
    settings = make_settings(str(db.engine.url), [{"url": url, "full_text": True}])
    await ingest.poll_due_feeds(db, settings)  # first contact: an item now is a new one
    feed_server.routes["/ft.xml"].body = empty.replace(
        b"</title>", b"</title><item><title>Musk in Beijing</title><guid>ft-1</guid><link>"
        + feed_server.url("/article.html").encode() + b"</link><description>teaser"
        b"</description></item>", 1)
    await ingest.poll_due_feeds(db, settings, force=True)
    item = (await items_of(db, url))[0]
    assert "praised the country's manufacturing" in item.text
    assert "teaser" not in item.text and "Copyright" not in item.text


async def test_the_same_body_again_is_not_parsed_again(db: Database,
                                                     feed_server: FeedServer) -> None:
    """A server without validators answers 200 with the same bytes: the poll stops at the
    body's hash (status "same", counted as not modified); a changed body is read."""
    url = feed_server.serve_file("/same.xml", "rss.xml")
    settings = make_settings(str(db.engine.url), [{"url": url}])
    await ingest.poll_due_feeds(db, settings, force=True)
    first = await feed_row(db, url)
    async with db.session() as s:  # had the body been parsed again, these would be back
        await s.execute(delete(ItemRow).where(ItemRow.guid.in_(["news-a1", "news-a2"])))
        await s.commit()
    again = await ingest.poll_due_feeds(db, settings, force=True)
    body = (feed_server.routes["/same.xml"].body
            .replace(b"<item>", b"<item><title>Fresh</title><guid>fresh-1</guid></item><item>", 1))
    feed_server.set("/same.xml", body=body)
    changed = await ingest.poll_due_feeds(db, settings, force=True)
    async with db.session() as s:
        log = (await s.execute(select(FetchLogRow.status).order_by(FetchLogRow.id))).scalars()
        statuses = list(log)
    assert first.body_hash and len(first.body_hash) == 64
    assert (again.feeds_not_modified, again.items_new) == (1, 0)
    assert (changed.feeds_not_modified, changed.items_new) == (0, 3)  # fresh-1, news-a1, news-a2
    assert statuses == ["200", "same", "200"]
    assert (await feed_row(db, url)).body_hash not in (None, first.body_hash)


async def test_stored_once_across_restart(db: Database, feed_server: FeedServer,
                                          database_url: str) -> None:
    url = feed_server.serve_file("/r.xml", "rss.xml")
    settings = make_settings(database_url, [{"url": url}])
    for _ in range(3):
        await ingest.poll_due_feeds(db, settings, force=True)
    other = Database(database_url)
    try:
        stats = await ingest.poll_due_feeds(other, settings, force=True)
        assert stats.items_new == 0
    finally:
        await other.dispose()
    async with db.session() as s:
        assert (await s.execute(select(func.count()).select_from(ItemRow))).scalar() == 3
        assert (await s.execute(select(func.count()).select_from(FetchLogRow))).scalar() == 4


async def test_ssrf_guard_at_add_and_fetch(db: Database, feed_server: FeedServer) -> None:
    url = feed_server.serve_file("/rss.xml", "rss.xml")
    strict = Settings(feeds=[{"url": url}])  # type: ignore[list-item]
    with pytest.raises(ingest.FeedError, match="non-public address 127.0.0.1"):
        await ingest.add_feed(db, strict, url)
    with pytest.raises(ingest.FeedError, match="scheme must be http or https"):
        await ingest.add_feed(db, strict, "file:///etc/passwd")
    # Configured feeds are checked at fetch time too.
    stats = await ingest.poll_due_feeds(db, strict)
    assert stats.feeds_failed == 1 and not feed_server.requests
    assert "non-public" in ((await ingest.list_feeds(db))[0].last_error or "")


async def test_add_list_and_opml_round_trip(db: Database, feed_server: FeedServer) -> None:
    settings = make_settings(str(db.engine.url))
    feed = await ingest.add_feed(db, settings, feed_server.url("/a.xml"), FeedKind.NEWS, "A & B")
    assert feed.id > 0 and feed.name == "A & B"
    await ingest.add_feed(db, settings, feed_server.url("/p.xml"), FeedKind.PODCAST)
    with pytest.raises(ingest.FeedError, match="already added"):
        await ingest.add_feed(db, settings, feed_server.url("/a.xml"))
    document = await ingest.export_opml(db)
    async with db.session() as s, s.begin():
        for row in (await s.execute(select(FeedRow))).scalars():
            await s.delete(row)
    added, problems = await ingest.import_opml(db, settings, document.encode())
    assert (added, problems) == (2, [])
    feeds = {(f.url, f.kind, f.name) for f in await ingest.list_feeds(db)}
    assert (feed_server.url("/a.xml"), FeedKind.NEWS, "A & B") in feeds
    assert any(kind == FeedKind.PODCAST for _, kind, _ in feeds)
    with pytest.raises(ingest.FeedError, match="no feeds found in the OPML"):
        await ingest.import_opml(db, settings, b"<html>nope")


@pytest.mark.postgres
async def test_two_pollers_share_the_database(pg_db: Database, feed_server: FeedServer,
                                              pg_url: str) -> None:
    # Claiming with SKIP LOCKED is the PostgreSQL multi-process mode.
    db, database_url = pg_db, pg_url
    urls = [feed_server.serve_file(f"/f{i}.xml", "rss.xml", delay=0.2) for i in range(6)]
    settings = make_settings(database_url, [{"url": u} for u in urls])
    await ingest.sync_feeds(db, settings)
    other = Database(database_url)
    try:
        a, b = await asyncio.gather(ingest.poll_due_feeds(db, settings),
                                    ingest.poll_due_feeds(other, settings))
    finally:
        await other.dispose()
    assert a.feeds_polled + b.feeds_polled == 6  # every feed claimed by exactly one poller
    assert len(feed_server.requests) == 6
    async with db.session() as s:
        assert (await s.execute(select(func.count()).select_from(ItemRow))).scalar() == 18
