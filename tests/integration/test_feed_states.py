"""Feeds paused, resumed and removed by an admin, and the configured list as THE list."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.fakes.feed_server import FeedServer, running_feed_server
from tracker.config import Settings
from tracker.errors import NotFound
from tracker.model import FeedKind, FeedOff, utcnow
from tracker.storage import feeds_repo
from tracker.storage.db import Database
from tracker.usecases import ingest


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


def settings(feeds: list[str] | None = None) -> Settings:
    data: dict[str, Any] = {"polling": {"allow_private_hosts": True, "timeout_seconds": 5}}
    if feeds is not None:
        data["feeds"] = [{"url": url} for url in feeds]
    return Settings.model_validate(data)


async def polled(db: Database, config: Settings) -> int:
    stats = await ingest.poll_due_feeds(db, config, force=True)
    return stats.feeds_polled


async def test_a_paused_feed_is_listed_not_polled_until_resumed(
        db: Database, feed_server: FeedServer) -> None:
    url = feed_server.serve_file("/rss.xml", "rss.xml")
    config = settings([])
    feed = await ingest.add_feed(db, config, url, FeedKind.NEWS, added_by="cli")
    paused = await ingest.pause_feed(db, str(feed.id))
    assert (paused.active, paused.inactive_reason) == (False, FeedOff.PAUSED)
    assert await polled(db, config) == 0 and not feed_server.hits("/rss.xml")
    assert [f.inactive_reason for f in await ingest.list_feeds(db)] == ["paused"]
    resumed = await ingest.resume_feed(db, url)  # by URL this time
    assert (resumed.active, resumed.inactive_reason) == (True, None)
    assert await polled(db, config) == 1 and len(feed_server.hits("/rss.xml")) == 1


async def test_a_removed_feed_keeps_its_items_and_comes_back_when_added(
        db: Database, feed_server: FeedServer) -> None:
    url = feed_server.serve_file("/rss.xml", "rss.xml")
    config = settings([])
    feed = await ingest.add_feed(db, config, url, FeedKind.NEWS, added_by="cli")
    assert await polled(db, config) == 1
    await ingest.remove_feed(db, str(feed.id))
    assert await ingest.list_feeds(db) == [] and await polled(db, config) == 0
    assert "rss.xml" not in await ingest.export_opml(db)
    with pytest.raises(NotFound, match="no feed"):
        await ingest.pause_feed(db, str(feed.id))  # removed: gone for every command
    again = await ingest.add_feed(db, config, url, FeedKind.PODCAST, added_by="cli")
    assert (again.id, again.active, again.kind) == (feed.id, True, FeedKind.PODCAST)
    assert again.baselined  # its items were kept: nothing it held is posted as new
    with pytest.raises(ingest.FeedError, match="already added"):
        await ingest.add_feed(db, config, url, FeedKind.NEWS)


async def test_an_unknown_feed_is_one_line_not_found(db: Database) -> None:
    for action in (ingest.pause_feed, ingest.resume_feed, ingest.remove_feed):
        with pytest.raises(NotFound) as err:
            await action(db, "https://nowhere.example/rss")
        assert str(err.value) == ("no feed 'https://nowhere.example/rss' (give its id or URL; "
                                  "see the feed list)")


async def test_the_configured_list_is_the_list(db: Database, feed_server: FeedServer,
                                               caplog: pytest.LogCaptureFixture) -> None:
    a, b = (feed_server.serve_file(f"/{n}.xml", "rss.xml") for n in ("a", "b"))
    user = feed_server.serve_file("/user.xml", "rss.xml")
    await ingest.sync_feeds(db, settings([a, b]))
    await ingest.add_feed(db, settings([a, b]), user, FeedKind.NEWS, added_by="cli")
    caplog.set_level(logging.INFO, logger="tracker.usecases.ingest")
    await ingest.sync_feeds(db, settings([a]))  # b left the config; the user's feed stays
    state = {f.url: (f.active, f.inactive_reason) for f in await ingest.list_feeds(db)}
    assert state == {a: (True, None), b: (False, FeedOff.UNLISTED), user: (True, None)}
    assert f"feed {b} is no longer in the configuration" in caplog.text
    assert await polled(db, settings([a])) == 2
    await ingest.sync_feeds(db, settings([a, b]))  # back in the config: polled again
    assert all(f.active for f in await ingest.list_feeds(db))
    with pytest.raises(ingest.FeedError, match="no longer in the configuration"):
        await ingest.sync_feeds(db, settings([a])) or await ingest.resume_feed(db, b)


async def test_feeds_stored_before_their_origin_was_kept_are_adopted(db: Database) -> None:
    legacy = [{"url": f"https://old.example/{n}", "kind": "news", "name": "", "language": None}
              for n in ("kept", "gone")]
    await feeds_repo.insert_feeds(db, legacy, utcnow())  # added_by NULL, as before 0011
    await ingest.sync_feeds(db, settings(["https://old.example/kept"]))
    state = {f.url: (f.added_by, f.inactive_reason) for f in await ingest.list_feeds(db)}
    # Listed: adopted as a config feed. Not listed and not bundled: it may be a user's
    # feed, so it is left polled.
    assert state == {"https://old.example/kept": ("config", None),
                     "https://old.example/gone": (None, None)}
