"""Videos without captions are transcribed like podcast episodes (transcripts.asr_videos).

The real poll of tests/data/feeds/transcripts/youtube.xml, the real caption library
against the fake YouTube (which has no captions for these videos), then the real
transcription run: yt-dlp reads each video's page on the fake (its generic HTML5
extractor; README says what this does not cover), the audio stream is downloaded by
the guarded downloader, a fake transcriber in a real worker process reads it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest
from sqlalchemy import select, update

from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.transcriber import FakeTranscriber, fake_audio
from tests.fakes.youtube import FakeVideo, FakeYouTube
from tests.integration.test_episode_transcripts import (
    EMPTY_ATOM,
    baseline_then_serve,
    fixture,
    settings_for,
    transcripts_by_guid,
)
from tracker.config import Settings
from tracker.feeds.video_audio import YtDlpAudio
from tracker.model import utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import ItemRow
from tracker.storage.schema_statements import StatementRow
from tracker.storage.schema_transcripts import TranscriptionRow
from tracker.usecases.extract import extract_new_items
from tracker.usecases.posts import build_post
from tracker.usecases.queue import queue_posts
from tracker.usecases.transcribe import transcribe_pending

MIN = 60.0
HIS = "Ai7MuskChn1"  # its title names him
OTHER = "Ai7Markets1"  # markets, not him
SAID = [(0.0, 5.0, "Welcome back to the All-In Summit, our guest is Elon Musk."),
        (125.0, 131.0, "China is building power plants at an incredible rate, way faster "
                       "than anyone else."),
        (584.0, 588.0, "Tariffs are generally a bad idea in my opinion.")]


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


async def polled(db: Database, server: FeedServer, his: FakeVideo,
                 **transcripts: Any) -> tuple[FakeYouTube, Settings]:
    """The video feed polled once: his video and the markets one, neither with captions."""
    youtube = FakeYouTube(server)
    youtube.videos[HIS] = his
    youtube.videos[OTHER] = FakeVideo(audio=fake_audio(30 * MIN, [(1.0, 3.0, "Markets.")]),
                                      seconds=30 * MIN)
    url = server.url("/youtube.xml")
    settings = settings_for(db, server, [{"url": url, "kind": "video"}],
                            **{"pages": False, "asr": True, "asr_daily_minutes": 60,
                               **transcripts})
    await baseline_then_serve(db, server, settings,
                              {"/youtube.xml": (EMPTY_ATOM, fixture("youtube.xml", server))})
    assert await transcripts_by_guid(db) == {}  # no captions: nothing yet
    return youtube, settings


async def resolver_probes(server: FeedServer) -> int:
    """How many requests yt-dlp itself makes to his stream while reading the page: its
    generic extractor probes a schema.org contentUrl (YouTube's extractor does not)."""
    resolver = YtDlpAudio(server.base)  # blocking: off the loop that runs the server
    await asyncio.to_thread(resolver.resolve, f"https://www.youtube.com/watch?v={HIS}")
    return len(server.hits(f"/media/{HIS}.m4a"))


async def ledger(db: Database) -> dict[str, tuple[str, float, str | None]]:
    async with db.session() as s:
        rows = (await s.execute(select(ItemRow.guid, TranscriptionRow.status,
                                       TranscriptionRow.audio_seconds, TranscriptionRow.error)
                                .join(TranscriptionRow, TranscriptionRow.item_id == ItemRow.id)
                                )).all()
    return {guid: (status, seconds, error) for guid, status, seconds, error in rows}


async def test_a_video_without_captions_is_transcribed_and_links_to_its_second(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    _, settings = await polled(db, feed_server, FakeVideo(
        disabled=True, audio=fake_audio(12 * MIN, SAID), seconds=12 * MIN))
    await extract_new_items(db, settings)  # the title and description, first
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker,
                                      max_episodes=3)
    assert (counts["done"], counts["skipped"], counts["seconds"]) == (1, 1, 720)
    assert {g: s for g, (s, _, _) in (await ledger(db)).items()} == {
        f"yt:video:{HIS}": "done", f"yt:video:{OTHER}": "skipped"}
    assert feed_server.hits(f"/media/{OTHER}.m4a") == []  # not about him: never fetched
    row = (await transcripts_by_guid(db))[f"yt:video:{HIS}"]
    # The transcript links to the video, not to its stream.
    assert (row.format, row.url) == ("asr", f"https://www.youtube.com/watch?v={HIS}")
    assert [(s["start"], s["speaker"]) for s in row.segments] == [
        (0.0, None), (125.0, None), (584.0, None)]
    await extract_new_items(db, settings)
    async with db.session() as s:
        found = (await s.execute(select(StatementRow).where(StatementRow.seconds == 125.0)
                                 )).scalars().all()
        assert len(found) == 1 and found[0].confidence < 0.6  # unlabelled: his guess only
        post = await build_post(s, found[0].id, "en")
    assert post.statement.source_url == f"https://www.youtube.com/watch?v={HIS}&t=125s"
    async with db.session() as s, s.begin():  # even a certain match goes to review
        await s.execute(update(StatementRow).where(StatementRow.id == found[0].id)
                        .values(status="matched", decision="match"))
    assert await queue_posts(db, settings) == {"review": 1}
    again = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker,
                                     max_episodes=3)
    assert again["done"] + again["failed"] + again["skipped"] == 0  # each video once


async def test_a_video_its_page_says_is_too_long_is_never_downloaded(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    _, settings = await polled(db, feed_server, FakeVideo(
        disabled=True, audio=fake_audio(90 * MIN, SAID), seconds=90 * MIN))
    probes = await resolver_probes(feed_server)
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker)
    assert counts["too_long"] == 1
    assert (await ledger(db))[f"yt:video:{HIS}"][0] == "too_long"
    assert len(feed_server.hits(f"/media/{HIS}.m4a")) == 2 * probes  # no download of ours


async def test_a_video_over_what_is_left_today_waits_without_a_download(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    _, settings = await polled(db, feed_server, FakeVideo(
        disabled=True, audio=fake_audio(40 * MIN, SAID), seconds=40 * MIN),
        asr_daily_minutes=45)
    async with db.session() as s, s.begin():  # 10 minutes of today's 45 already spent
        other = (await s.execute(select(ItemRow.id).where(ItemRow.guid == f"yt:video:{OTHER}")
                                 )).scalar_one()
        s.add(TranscriptionRow(item_id=other, status="done", audio_seconds=10 * MIN,
                               started_at=utcnow(), finished_at=utcnow()))
    probes = await resolver_probes(feed_server)
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker)
    assert counts["deferred"] == 1
    assert f"yt:video:{HIS}" not in await ledger(db)  # not claimed: tried again tomorrow
    assert len(feed_server.hits(f"/media/{HIS}.m4a")) == 2 * probes  # no download of ours


async def test_a_video_without_an_audio_stream_fails_once_with_one_line(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    _, settings = await polled(db, feed_server, FakeVideo(disabled=True))  # no stream either
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker)
    assert counts["failed"] == 1
    status, _, error = (await ledger(db))[f"yt:video:{HIS}"]
    assert status == "failed" and error is not None and "\n" not in error
    assert error.startswith(f"FetchError: no audio stream for https://www.youtube.com/watch?v={HIS}")
    again = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker)
    assert again["failed"] == 0


async def test_a_video_stream_over_the_size_cap_is_cut_off(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    _, settings = await polled(db, feed_server, FakeVideo(
        disabled=True, audio=fake_audio(12 * MIN, SAID, pad=20_000)), asr_max_audio_bytes=4096)
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker)
    assert counts["failed"] == 1
    error = (await ledger(db))[f"yt:video:{HIS}"][2] or ""
    assert f"audio https://www.youtube.com/watch?v={HIS}: " in error
    assert "exceeds the cap of 4096 bytes" in error


async def test_a_video_with_captions_is_not_transcribed(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    youtube = FakeYouTube(feed_server)
    youtube.videos[HIS] = FakeVideo(manual={"en": [(125.0, 3.0, "China is building power.")]},
                                    audio=fake_audio(12 * MIN, SAID), seconds=12 * MIN)
    youtube.videos[OTHER] = FakeVideo(disabled=True)
    url = feed_server.url("/youtube.xml")
    settings = settings_for(db, feed_server, [{"url": url, "kind": "video"}],
                            pages=False, asr=True, asr_daily_minutes=60)
    await baseline_then_serve(db, feed_server, settings,
                              {"/youtube.xml": (EMPTY_ATOM, fixture("youtube.xml", feed_server))})
    assert (await transcripts_by_guid(db))[f"yt:video:{HIS}"].format == "captions"
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker,
                                      max_episodes=3)
    assert (counts["done"], counts["skipped"]) == (0, 1)  # only the markets video is looked at
    assert feed_server.hits(f"/media/{HIS}.m4a") == []


async def test_videos_are_left_alone_with_asr_videos_off(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    _, settings = await polled(db, feed_server, FakeVideo(
        disabled=True, audio=fake_audio(12 * MIN, SAID), seconds=12 * MIN), asr_videos=False)
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker,
                                      max_episodes=3)
    assert counts == dict.fromkeys(counts, 0)
    assert feed_server.hits(f"/media/{HIS}.m4a") == []
    assert await ledger(db) == {}
