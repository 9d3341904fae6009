"""Full text where the quotes are, and feeds of his own words, against the local feed server.

A news feed carries a summary; the poller fetches the linked article of a new item
whose title or summary names a watched speaker, within the SSRF guard, the size cap,
the timeout, a per-cycle cap and at most two requests at once per host.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.fakes.feed_server import FeedServer, running_feed_server
from tracker.config import Settings
from tracker.model import FeedKind, FullText, utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_statements import StatementRow
from tracker.usecases import ingest
from tracker.usecases.extract import extract_new_items

REAL = Path(__file__).resolve().parents[1] / "data" / "feeds" / "real"
QUOTE = "China is the most important market for our robots, and the fastest to learn"
ARTICLE = (f"<html><head><title>Musk in Shanghai</title></head><body><nav>Home | World</nav>"
           f"<article><h1>Musk tours Shanghai plant</h1><p>Elon Musk toured the Shanghai "
           f"factory on Monday with local officials.</p><p>\"{QUOTE},\" Musk told reporters "
           f"after the visit.</p><p>Production at the plant rose 8% this year.</p></article>"
           f"<footer>Copyright</footer></body></html>").encode()


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


def settings_for(db: Database, feeds: list[dict[str, Any]], **polling: Any) -> Settings:
    return Settings(database={"url": str(db.engine.url)},  # type: ignore[arg-type]
                    feeds=feeds,  # type: ignore[arg-type]
                    polling={"allow_private_hosts": True, "timeout_seconds": 2,
                             "parse_workers": 1, **polling})  # type: ignore[arg-type]


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    """An RSS document of (guid, title, description, link) items published now."""
    now = format_datetime(utcnow())
    body = "".join(f"<item><title>{t}</title><guid>{g}</guid><link>{link}</link>"
                   f"<pubDate>{now}</pubDate><description>{d}</description></item>"
                   for g, t, d, link in items)
    return (f'<rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>').encode()


async def baselined(server: FeedServer, db: Database, settings: Settings, path: str,
                    items: list[tuple[str, str, str, str]]) -> None:
    """Poll the feed once empty (first contact), then serve the items as new ones."""
    server.set(path, body=rss([]))
    await ingest.poll_due_feeds(db, settings, force=True)
    server.set(path, body=rss(items))
    await ingest.poll_due_feeds(db, settings, force=True)


async def items(db: Database) -> dict[str, ItemRow]:
    async with db.session() as s:
        return {r.guid: r for r in (await s.scalars(select(ItemRow))).all()}


async def statements(db: Database) -> list[str]:
    async with db.session() as s:
        return list((await s.scalars(select(StatementRow.text).order_by(StatementRow.id))).all())


async def test_summary_only_item_gets_its_articles_quote(db: Database,
                                                         feed_server: FeedServer) -> None:
    article = feed_server.set("/articles/shanghai.html", body=ARTICLE, content_type="text/html")
    other = feed_server.set("/articles/markets.html", body=b"<p>Stocks rose.</p>",
                            content_type="text/html")
    url = feed_server.url("/wire.xml")
    settings = settings_for(db, [{"url": url}])  # a news feed: full_text = "auto"
    await baselined(feed_server, db, settings, "/wire.xml", [
        ("n1", "Musk tours Shanghai plant", "Elon Musk visited the factory on Monday.", article),
        ("n2", "Markets close higher", "Stocks rose across Asia.", other)])

    stored = await items(db)
    assert QUOTE in stored["n1"].text and "Copyright" not in stored["n1"].text
    assert stored["n1"].text.startswith("Musk tours Shanghai plant\n\n")
    # No watched speaker in its title or summary: its article is never requested.
    assert not feed_server.hits("/articles/markets.html")
    assert stored["n2"].text == "Markets close higher\n\nStocks rose across Asia."
    await extract_new_items(db, settings)
    assert QUOTE in await statements(db)


async def test_first_contact_fetches_no_article(db: Database, feed_server: FeedServer) -> None:
    article = feed_server.set("/a.html", body=ARTICLE, content_type="text/html")
    url = feed_server.set("/wire.xml", body=rss([("n1", "Musk in Shanghai", "Musk spoke.",
                                                  article)]))
    await ingest.poll_due_feeds(db, settings_for(db, [{"url": url}]), force=True)
    # What a feed holds at its first poll is never posted: not worth a request.
    assert not feed_server.hits("/a.html")
    assert (await items(db))["n1"].text == "Musk in Shanghai\n\nMusk spoke."


async def test_redirecting_aggregator_link_reaches_the_publisher(
        db: Database, feed_server: FeedServer) -> None:
    port = feed_server.base.rsplit(":", 1)[1]
    publisher = f"http://localhost:{port}/2026/11/30/musk-shanghai.html"
    feed_server.set("/2026/11/30/musk-shanghai.html", body=ARTICLE, content_type="text/html")
    feed_server.set("/news/apiclick.aspx", redirect=publisher)
    click = feed_server.url("/news/apiclick.aspx?ref=FexRss&amp;url=x&amp;c=1")
    settings = settings_for(db, [{"url": feed_server.url("/bing.xml")}])
    await baselined(feed_server, db, settings, "/bing.xml", [
        ("b1", "Musk tours Shanghai plant - CNBC", "Elon Musk visited the factory.", click)])

    item = (await items(db))["b1"]
    assert QUOTE in item.text
    assert item.url == publisher  # the publisher's address, the better source link
    assert [r.headers.get("Host") for r in feed_server.hits("/2026/11/30/musk-shanghai.html")] \
        == [f"localhost:{port}"]


async def test_failing_article_keeps_the_summary_and_logs_one_line(
        db: Database, feed_server: FeedServer, caplog: pytest.LogCaptureFixture) -> None:
    broken = feed_server.set("/paywall.html", status=503)
    settings = settings_for(db, [{"url": feed_server.url("/wire.xml")}])
    caplog.set_level(logging.INFO, logger="tracker")
    await baselined(feed_server, db, settings, "/wire.xml", [
        ("n1", "Musk on China", "Elon Musk spoke about China on Monday.", broken)])

    assert (await items(db))["n1"].text == "Musk on China\n\nElon Musk spoke about China on Monday."
    lines = [r.getMessage() for r in caplog.records if "/paywall.html" in r.getMessage()]
    assert len(lines) == 1 and "HTTP 503" in lines[0] and "\n" not in lines[0]
    feeds = await ingest.list_feeds(db)
    assert feeds[0].error_count == 0  # the feed itself is fine


async def test_article_that_does_not_name_him_keeps_the_summary(
        db: Database, feed_server: FeedServer) -> None:
    consent = feed_server.set("/consent.html", content_type="text/html",
                              body=b"<html><body><p>We value your privacy. Accept all cookies to "
                                   b"continue reading this page.</p></body></html>")
    settings = settings_for(db, [{"url": feed_server.url("/wire.xml")}])
    await baselined(feed_server, db, settings, "/wire.xml", [
        ("n1", "Musk on China", "Elon Musk spoke about China.", consent)])
    assert feed_server.hits("/consent.html")
    assert (await items(db))["n1"].text == "Musk on China\n\nElon Musk spoke about China."


async def test_at_most_two_requests_at_once_per_host(db: Database,
                                                     feed_server: FeedServer) -> None:
    port = feed_server.base.rsplit(":", 1)[1]
    news = []
    for i in range(12):
        host = "127.0.0.1" if i % 2 else "localhost"
        feed_server.set(f"/a/{i}.html", body=ARTICLE, content_type="text/html", delay=0.3)
        news.append((f"n{i}", f"Musk story {i}", "Elon Musk spoke.",
                     f"http://{host}:{port}/a/{i}.html"))
    settings = settings_for(db, [{"url": feed_server.url("/wire.xml")}])
    await baselined(feed_server, db, settings, "/wire.xml", news)

    assert all(len(feed_server.hits(f"/a/{i}.html")) == 1 for i in range(12))
    # Six articles a host, all wanted at once: two at a time on each host, both hosts at once.
    assert feed_server.peak == {"127.0.0.1": 2, "localhost": 2}
    assert all(QUOTE in item.text for item in (await items(db)).values())


async def test_per_cycle_cap_keeps_the_newest(db: Database, feed_server: FeedServer,
                                              caplog: pytest.LogCaptureFixture) -> None:
    first = feed_server.set("/1.html", body=ARTICLE, content_type="text/html")
    second = feed_server.set("/2.html", body=ARTICLE, content_type="text/html")
    settings = settings_for(db, [{"url": feed_server.url("/wire.xml")}], follow_ups_per_cycle=1)
    caplog.set_level(logging.INFO, logger="tracker")
    await baselined(feed_server, db, settings, "/wire.xml", [
        ("n1", "Musk one", "Elon Musk spoke.", first),
        ("n2", "Musk two", "Elon Musk spoke.", second)])
    assert len(feed_server.hits("/1.html")) + len(feed_server.hits("/2.html")) == 1
    texts = [i.text for i in (await items(db)).values()]
    assert sum(QUOTE in t for t in texts) == 1
    assert any("1 linked articles not fetched this cycle" in r.getMessage()
               for r in caplog.records)


async def test_private_address_redirect_is_refused(db: Database, feed_server: FeedServer,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    port = feed_server.base.rsplit(":", 1)[1]
    feed_server.set("/secret", body=b"internal admin page")
    feed_server.set("/click", redirect=f"http://localhost:{port}/secret")
    # Only the feed server's own host name is allowed; any other private address is not.
    settings = settings_for(db, [{"url": feed_server.url("/wire.xml")}],
                            allow_private_hosts=False, allowed_private_hosts=["127.0.0.1"])
    caplog.set_level(logging.INFO, logger="tracker")
    await baselined(feed_server, db, settings, "/wire.xml", [
        ("n1", "Musk on China", "Elon Musk spoke.", feed_server.url("/click"))])

    assert feed_server.hits("/click") and not feed_server.hits("/secret")
    assert (await items(db))["n1"].text == "Musk on China\n\nElon Musk spoke."
    assert any("non-public address" in r.getMessage() and "localhost" in r.getMessage()
               for r in caplog.records)


async def test_posts_feed_is_his_own_words(db: Database, feed_server: FeedServer) -> None:
    url = feed_server.set("/twitter/user/elonmusk",
                          body=(REAL / "rsshub_x_elonmusk.xml").read_bytes())
    settings = settings_for(db, [{"url": url, "kind": "posts", "speaker": "Elon Musk"}])
    await ingest.poll_due_feeds(db, settings, force=True)
    feed = (await ingest.list_feeds(db))[0]
    assert (feed.kind, feed.speaker, feed.full_text) == (FeedKind.POSTS, "Elon Musk",
                                                         FullText.AUTO)
    assert len(await items(db)) == 5

    await extract_new_items(db, settings)
    # No attribution needed (no "Musk said"): only the topic is decided; the repost and
    # the quoted post are someone else's words.
    assert await statements(db) == [
        "China’s electricity output is now more than double America’s and growing much faster",
        "China will have far more AI compute than the rest of the world combined"]


async def test_configuration_changes_apply_to_a_stored_feed(db: Database) -> None:
    url = "https://news.example/rss"
    await ingest.sync_feeds(db, Settings(feeds=[{"url": url}]))  # type: ignore[list-item]
    await ingest.sync_feeds(db, Settings(feeds=[  # type: ignore[list-item]
        {"url": url, "kind": "posts", "speaker": "Elon Musk", "full_text": False}]))
    async with db.session() as s:
        row = (await s.scalars(select(FeedRow))).one()
    assert (row.kind, row.speaker, row.full_text) == ("posts", "Elon Musk", "never")


async def test_adding_a_posts_feed_needs_a_watched_speaker(db: Database) -> None:
    settings = Settings(polling={"allow_private_hosts": True})  # type: ignore[arg-type]
    url = "http://127.0.0.1:1200/twitter/user/elonmusk"
    with pytest.raises(ingest.FeedError, match="needs the speaker"):
        await ingest.add_feed(db, settings, url, FeedKind.POSTS)
    with pytest.raises(ingest.FeedError, match="no watched speaker"):
        await ingest.add_feed(db, settings, url, FeedKind.POSTS, speaker="Jeff Bezos")
    feed = await ingest.add_feed(db, settings, url, FeedKind.POSTS, speaker="马斯克")
    assert (feed.kind, feed.speaker) == (FeedKind.POSTS, "马斯克")
