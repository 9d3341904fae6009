"""Speech recognition of episodes without a transcript: the real download, budget, claim
and storage code, with a fake transcriber in a real worker process.

The episodes come from the poll of tests/data/feeds/transcripts/podcast.xml with
transcript pages off, so none has a transcript; their "audio" is served by the feed
server (tests/fakes/transcriber.py says what it holds).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.transcriber import FakeTranscriber, fake_audio
from tests.integration.test_episode_transcripts import EMPTY_RSS, baseline_then_serve, fixture
from tracker.config import Settings
from tracker.feeds.asr import WhisperTranscriber, model_available
from tracker.model import utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import ItemRow, TranscriptRow
from tracker.storage.schema_statements import StatementRow
from tracker.storage.schema_transcripts import TranscriptionRow
from tracker.usecases.extract import extract_new_items
from tracker.usecases.queue import queue_posts
from tracker.usecases.transcribe import transcribe_pending

MIN = 60.0
LEX = [(0.0, 4.0, "The following is a conversation with Elon Musk."),
       (199.0, 206.0, "The Chinese car companies are the most competitive car companies in "
                      "the world."),
       (214.0, 220.0, "Giga Shanghai is our most productive factory.")]


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


def asr_settings(db: Database, server: FeedServer, **transcripts: Any) -> Settings:
    return Settings(
        database={"url": str(db.engine.url)},  # type: ignore[arg-type]
        feeds=[{"url": server.url("/podcast.xml"), "kind": "podcast"}],  # type: ignore[list-item]
        polling={"allow_private_hosts": True, "timeout_seconds": 5,  # type: ignore[arg-type]
                 "parse_workers": 1},
        transcripts={"pages": False, "asr": True, "asr_daily_minutes": 30,  # type: ignore[arg-type]
                     **transcripts},
    )


async def polled(db: Database, server: FeedServer, **transcripts: Any) -> Settings:
    """Serve the episodes and their audio, poll them; returns the settings."""
    settings = asr_settings(db, server, **transcripts)
    server.set("/audio/lex-499.mp3", body=fake_audio(20 * MIN, LEX))
    server.set("/audio/dwarkesh-elon.mp3", body=fake_audio(20 * MIN, [
        (12.0, 20.0, "China's electricity output is growing extremely fast.")]))
    server.set("/audio/guigu101-e199.m4a", body=fake_audio(8 * MIN, [
        (30.0, 36.0, "中国的汽车公司是全世界最有竞争力的汽车公司。")]))
    server.set("/audio/lex-498.mp3", body=fake_audio(5 * MIN, [(0.0, 3.0, "Primes.")]))
    await baseline_then_serve(db, server, settings,
                              {"/podcast.xml": (EMPTY_RSS, fixture("podcast.xml", server))})
    return settings


async def ledger(db: Database) -> dict[str, tuple[str, float]]:
    async with db.session() as s:
        rows = (await s.execute(select(ItemRow.guid, TranscriptionRow.status,
                                       TranscriptionRow.audio_seconds)
                                .join(TranscriptionRow, TranscriptionRow.item_id == ItemRow.id)
                                )).all()
    return {guid: (status, seconds) for guid, status, seconds in rows}


async def test_one_episode_at_a_time_in_a_worker_process_within_the_daily_budget(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor,
        tmp_path: Path) -> None:
    settings = await polled(db, feed_server)
    pids = tmp_path / "pids"
    fake = FakeTranscriber(str(pids))
    now = utcnow()
    # Newest first (the feed's order breaks the tie): 8 minutes, then 20, then 20.
    runs = [await transcribe_pending(db, settings, fake, now=now, executor=worker)
            for _ in range(3)]
    assert [(r["done"], r["deferred"], r["seconds"]) for r in runs] == [
        (1, 0, 480), (1, 0, 1200), (0, 1, 0)]  # 2 minutes left: the last one waits
    assert runs[0]["skipped"] == 1  # Tao's episode does not name him
    assert int(pids.read_text().split()[0]) != os.getpid()  # off the event loop's process
    assert "lex-499" not in await ledger(db)  # a deferred episode is not claimed
    tomorrow = await transcribe_pending(db, settings, fake, now=now + timedelta(days=1),
                                        executor=worker)
    assert (tomorrow["done"], tomorrow["seconds"]) == (1, 1200)
    assert await ledger(db) == {"lex-499": ("done", 1200.0), "dwarkesh-elon": ("done", 1200.0),
                                "guigu101-e199": ("done", 480.0), "lex-498": ("skipped", 0.0)}
    assert len(feed_server.hits("/audio/lex-499.mp3")) == 2  # fetched again the day after
    assert len(feed_server.hits("/audio/dwarkesh-elon.mp3")) == 1
    assert feed_server.hits("/audio/lex-498.mp3") == []  # never downloaded: not about him
    after = await transcribe_pending(db, settings, fake, now=now + timedelta(days=2),
                                     executor=worker, max_episodes=3)
    assert after["done"] == 0  # each episode once


async def test_transcript_is_stored_timed_and_extracted_at_low_confidence(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    settings = await polled(db, feed_server, asr_daily_minutes=600)
    await extract_new_items(db, settings)  # the show notes, before the transcript
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker,
                                      max_episodes=3)
    assert counts["done"] == 3
    async with db.session() as s:
        lex = (await s.execute(select(ItemRow).where(ItemRow.guid == "lex-499"))).scalar_one()
        row = (await s.execute(select(TranscriptRow)
                               .where(TranscriptRow.item_id == lex.id))).scalar_one()
    assert (row.format, row.url) == ("asr", feed_server.url("/audio/lex-499.mp3"))
    assert [(s["start"], s["speaker"]) for s in row.segments] == [(0.0, None), (199.0, None),
                                                                   (214.0, None)]
    assert lex.processed_at is None and "Elon Musk" in lex.guests  # handed to extraction again
    await extract_new_items(db, settings)
    async with db.session() as s:
        found = (await s.execute(select(StatementRow)
                                 .where(StatementRow.item_id == lex.id))).scalars().all()
    # His unlabelled words at 199 s and 214 s; the 199 s line sits near the decision's
    # threshold (0.477 against the unlabelled-transcript threshold 0.44 with batch F in the
    # training data, 0.469 against 0.47 after the fourth round; README, "Not built yet"), so
    # either may be the one found.
    from_audio = [st for st in found if st.seconds in (199.0, 214.0)]
    assert from_audio and all(st.confidence < 0.6 for st in from_audio)
    # Even a certain match of his unlabelled words goes to review, not to the channels.
    async with db.session() as s, s.begin():
        await s.execute(update(StatementRow).where(StatementRow.id == from_audio[0].id)
                        .values(status="matched", decision="match"))
    assert await queue_posts(db, settings) == {"review": 1}


async def test_an_episode_longer_than_the_whole_budget_is_never_transcribed(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    settings = await polled(db, feed_server, asr_daily_minutes=5)
    now = utcnow()
    for day in (0, 1):
        await transcribe_pending(db, settings, FakeTranscriber(), now=now + timedelta(days=day),
                                 executor=worker, max_episodes=3)
    book = await ledger(db)
    assert {g: s for g, (s, _) in book.items()} == {
        "lex-499": "too_long", "dwarkesh-elon": "too_long", "guigu101-e199": "too_long",
        "lex-498": "skipped"}
    assert len(feed_server.hits("/audio/lex-499.mp3")) == 1  # looked at once


async def test_audio_over_the_size_cap_fails_once_with_one_line(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    settings = await polled(db, feed_server, asr_max_audio_bytes=4096, asr_daily_minutes=600)
    feed_server.set("/audio/lex-499.mp3", stream_forever=True)  # no Content-Length: streamed
    feed_server.set("/audio/dwarkesh-elon.mp3", body=fake_audio(20 * MIN, LEX, pad=20_000))
    feed_server.set("/audio/guigu101-e199.m4a", body=fake_audio(20 * MIN, LEX, pad=20_000))
    counts = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker,
                                      max_episodes=3)
    assert counts["failed"] == 3
    async with db.session() as s:
        errors = (await s.execute(select(TranscriptionRow.error)
                                  .where(TranscriptionRow.status == "failed"))).scalars().all()
    assert all("exceeds the cap of 4096 bytes" in e and "\n" not in e for e in errors)
    again = await transcribe_pending(db, settings, FakeTranscriber(), executor=worker)
    assert again["done"] + again["failed"] == 0  # each episode once


async def test_audio_at_a_private_address_is_refused(
        db: Database, feed_server: FeedServer, worker: ProcessPoolExecutor) -> None:
    settings = await polled(db, feed_server)
    guarded = settings.model_copy(update={"polling": settings.polling.model_copy(
        update={"allow_private_hosts": False})})
    counts = await transcribe_pending(db, guarded, FakeTranscriber(), executor=worker)
    assert counts["failed"] == 1
    async with db.session() as s:
        error = (await s.execute(select(TranscriptionRow.error)
                                 .where(TranscriptionRow.status == "failed"))).scalar_one()
    assert "non-public address 127.0.0.1" in error
    assert not any(feed_server.hits(p) for p in ("/audio/lex-499.mp3", "/audio/dwarkesh-elon.mp3",
                                                 "/audio/guigu101-e199.m4a"))


def test_faster_whisper_transcribes_speech(tmp_path: Path) -> None:
    """Runs only where faster-whisper and its model are installed (README: manual check)."""
    model = os.environ.get("TRACKER_TEST_WHISPER_MODEL", "tiny")
    ok, why = model_available(model)
    if not ok:
        pytest.skip(why)
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng) to speak the audio")
    wav = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), "China is building power plants very fast."],
                   check=True)
    transcriber = WhisperTranscriber(model=model, language="en")
    assert 1.0 < transcriber.duration(str(wav)) < 10.0
    segments = transcriber.transcribe(str(wav))
    assert "china" in " ".join(s.text for s in segments).lower()
    assert segments[0].start >= 0.0 and segments[-1].end > segments[0].start
