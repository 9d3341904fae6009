"""Episodes without a transcript tag, through the real poll cycle and the feed server.

Transcript pages (a show-note link, the episode's own page, a Chinese 文字稿 link) and
YouTube captions (youtube-transcript-api against the fake YouTube on the same server)
are fetched only for episodes that name a watched speaker, within the cycle's caps,
and stored as the episode's transcript with speakers and times; extraction then finds
his turns and a post links to the moment.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.youtube import FakeVideo, FakeYouTube
from tracker.config import Settings
from tracker.model import utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow, TranscriptRow
from tracker.storage.schema_statements import StatementRow
from tracker.usecases import ingest
from tracker.usecases.extract import extract_new_items
from tracker.usecases.posts import build_post

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds" / "transcripts"
EMPTY_RSS = b'<rss version="2.0"><channel><title>T</title></channel></rss>'
EMPTY_ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>'
PAGES = {"/lex/elon-musk-5-transcript": "lex_fridman.html", "/dwarkesh/p/elon-musk":
         "dwarkesh.html", "/mp/s/e199": "guigu101.html", "/lex/elon-musk-5/": "lex_episode_page.html",
         "/lex/terence-tao-transcript": "lex_fridman.html", "/guigu101/e199": "lex_episode_page.html"}


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


def settings_for(db: Database, server: FeedServer, feeds: list[dict[str, Any]],
                 **transcripts: Any) -> Settings:
    return Settings(
        database={"url": str(db.engine.url)},  # type: ignore[arg-type]
        feeds=feeds,  # type: ignore[arg-type]
        polling={"allow_private_hosts": True, "timeout_seconds": 5,  # type: ignore[arg-type]
                 "parse_workers": 1},
        transcripts={"youtube_base_url": server.base, **transcripts},  # type: ignore[arg-type]
    )


async def baseline_then_serve(db: Database, server: FeedServer, settings: Settings,
                              routes: dict[str, tuple[bytes, bytes]]) -> None:
    """First contact with empty feeds (nothing of a first poll is posted), then the episodes."""
    for path, (empty, _) in routes.items():
        server.set(path, body=empty)
    await ingest.poll_due_feeds(db, settings, force=True)
    for path, (_, full) in routes.items():
        server.set(path, body=full)
    for path, name in PAGES.items():
        server.serve_file(path, f"transcripts/{name}", content_type="text/html")
    await ingest.poll_due_feeds(db, settings, force=True)


def fixture(name: str, server: FeedServer) -> bytes:
    now = utcnow()
    text = (DATA / name).read_text(encoding="utf-8")
    return (text.replace("{BASE}", server.base).replace("{NOW}", format_datetime(now))
            .replace("{NOW_ISO}", now.isoformat()).encode())


async def transcripts_by_guid(db: Database) -> dict[str, TranscriptRow]:
    async with db.session() as s:
        rows = (await s.execute(select(ItemRow.guid, TranscriptRow)
                                .join(TranscriptRow, TranscriptRow.item_id == ItemRow.id))).all()
    return {guid: row for guid, row in rows}


async def test_transcript_pages_of_episodes_that_name_him(db: Database,
                                                          feed_server: FeedServer) -> None:
    url = feed_server.url("/podcast.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "podcast"}])
    await baseline_then_serve(db, feed_server, settings,
                              {"/podcast.xml": (EMPTY_RSS, fixture("podcast.xml", feed_server))})
    found = await transcripts_by_guid(db)
    assert set(found) == {"lex-499", "dwarkesh-elon", "guigu101-e199"}
    assert {row.format for row in found.values()} == {"page"}
    lex = found["lex-499"]
    assert lex.url.endswith("/lex/elon-musk-5-transcript")
    his = [s for s in lex.segments if s["speaker"] == "Elon Musk"]
    assert (his[2]["start"], his[2]["text"][:28]) == (199.0, "The Chinese car companies ar")
    assert found["dwarkesh-elon"].url.endswith("/dwarkesh/p/elon-musk")  # its own page
    assert any(s["speaker"] == "Elon Musk" and s["text"].startswith("中国的汽车公司")
               for s in found["guigu101-e199"].segments)
    # Tao's episode does not name him: its transcript link was never fetched; Lex's
    # episode page was not needed, its show notes linked the transcript.
    assert feed_server.hits("/lex/terence-tao-transcript") == []
    assert feed_server.hits("/lex/elon-musk-5/") == []
    async with db.session() as s:
        audio = dict((await s.execute(select(ItemRow.guid, ItemRow.audio_url))).all())
    assert audio["lex-499"] == feed_server.url("/audio/lex-499.mp3")


async def test_pages_per_cycle_are_capped(db: Database, feed_server: FeedServer) -> None:
    url = feed_server.url("/podcast.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "podcast"}],
                            max_pages_per_cycle=1)
    await baseline_then_serve(db, feed_server, settings,
                              {"/podcast.xml": (EMPTY_RSS, fixture("podcast.xml", feed_server))})
    assert len(await transcripts_by_guid(db)) == 1
    fetched = [p for p in PAGES if feed_server.hits(p)]
    assert len(fetched) == 1


async def test_transcript_pages_can_be_turned_off(db: Database, feed_server: FeedServer) -> None:
    url = feed_server.url("/podcast.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "podcast"}], pages=False)
    await baseline_then_serve(db, feed_server, settings,
                              {"/podcast.xml": (EMPTY_RSS, fixture("podcast.xml", feed_server))})
    assert await transcripts_by_guid(db) == {}
    assert not any(feed_server.hits(p) for p in PAGES)


async def _video_feed_with_captions(db: Database,
                                    feed_server: FeedServer) -> tuple[FakeYouTube, Settings]:
    """A video feed whose one new video names him and has captions, polled once."""
    youtube = FakeYouTube(feed_server)
    youtube.videos["Ai7MuskChn1"] = FakeVideo(
        manual={"en": [(125.0, 3.0, "China is building power plants at an incredible rate,"),
                       (128.0, 3.5, "way faster than anyone else."),
                       (584.0, 4.0, "Tariffs are generally a bad idea in my opinion.")]},
        generated={"en": [(125.0, 3.0, "china is building power plants")]})
    youtube.videos["Ai7Markets1"] = FakeVideo(manual={"en": [(1.0, 2.0, "Markets are up.")]})
    url = feed_server.url("/youtube.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "video"}])
    await baseline_then_serve(db, feed_server, settings,
                              {"/youtube.xml": (EMPTY_ATOM, fixture("youtube.xml", feed_server))})
    return youtube, settings


async def test_captions_of_videos_that_name_him(db: Database, feed_server: FeedServer) -> None:
    youtube, _ = await _video_feed_with_captions(db, feed_server)
    found = await transcripts_by_guid(db)
    assert list(found) == ["yt:video:Ai7MuskChn1"]
    row = found["yt:video:Ai7MuskChn1"]
    assert row.format == "captions"
    assert youtube.timedtext == [("Ai7MuskChn1", "en", "manual")]  # manual before automatic
    assert [(s["start"], s["text"][:24]) for s in row.segments] == [
        (125.0, "China is building power "), (584.0, "Tariffs are generally a ")]
    async with db.session() as s:
        guests = (await s.execute(select(ItemRow.guests)
                                  .where(ItemRow.guid == "yt:video:Ai7MuskChn1"))).scalar_one()
    assert "Elon Musk" in guests  # the title names him: the unlabelled captions are his guess


async def test_statement_from_captions_links_to_its_second_and_goes_to_review(
        db: Database, feed_server: FeedServer) -> None:
    _, settings = await _video_feed_with_captions(db, feed_server)
    await extract_new_items(db, settings)
    async with db.session() as s:
        rows = (await s.execute(select(StatementRow).order_by(StatementRow.id))).scalars().all()
        assert rows, "the captions name China: his unlabelled words are candidates"
        first = rows[0]
        assert first.seconds == 125.0 and first.confidence < 0.6
        post = await build_post(s, first.id, "en")
    assert post.statement.source_url == "https://www.youtube.com/watch?v=Ai7MuskChn1&t=125s"


async def test_statement_from_a_transcript_page_keeps_his_second(
        db: Database, feed_server: FeedServer) -> None:
    url = feed_server.url("/podcast.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "podcast"}])
    await baseline_then_serve(db, feed_server, settings,
                              {"/podcast.xml": (EMPTY_RSS, fixture("podcast.xml", feed_server))})
    await extract_new_items(db, settings)
    async with db.session() as s:
        found = {(r.seconds, r.text[:26]) for r in
                 (await s.execute(select(StatementRow))).scalars().all()}
    assert (199.0, "The Chinese car companies ") in found
    assert (241.0, "China produces about twice") in found


async def test_a_failing_page_keeps_the_episode(db: Database, feed_server: FeedServer) -> None:
    url = feed_server.url("/podcast.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "podcast"}])
    await baseline_then_serve(db, feed_server, settings,
                              {"/podcast.xml": (EMPTY_RSS, fixture("podcast.xml", feed_server))})
    feed_server.set("/podcast.xml", body=fixture("podcast.xml", feed_server)
                    .replace(b"lex-499", b"lex-499-again"))
    feed_server.set("/lex/elon-musk-5-transcript", status=500)
    feed_server.set("/lex/elon-musk-5/", status=404)
    stats = await ingest.poll_due_feeds(db, settings, force=True)
    assert (stats.feeds_failed, stats.items_new) == (0, 1)
    assert "lex-499-again" not in await transcripts_by_guid(db)
    # the linked transcript first, then the episode's own page: both tried, once each
    assert len(feed_server.hits("/lex/elon-musk-5-transcript")) == 2  # 1st poll, then 500
    assert len(feed_server.hits("/lex/elon-musk-5/")) == 1
    async with db.session() as s:
        feed = (await s.execute(select(FeedRow).where(FeedRow.url == url))).scalar_one()
    assert feed.error_count == 0
