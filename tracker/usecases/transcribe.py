"""Speech recognition of episodes that name a watched speaker and have no transcript.

Optional (``transcripts.asr``, the ``asr`` extra). One run looks at the episodes polled
lately that have audio and neither a transcript nor captions, and (``asr_videos``) at
the videos without captions; those that do not name a watched speaker are marked
skipped (looked at once), the others are transcribed one at a time, newest first,
within a daily budget of audio minutes:

1. claim the episode (its ``transcriptions`` row: an episode is transcribed once);
2. download the audio to a temporary file (SSRF guard, size cap, streamed); a video's
   audio stream is first resolved from its page (``ports.AudioResolver``, yt-dlp), and
   a video the page says is too long or too big is not downloaded at all;
3. read its duration; an episode longer than what is left of today's budget waits for
   tomorrow, one longer than the whole budget is never transcribed;
4. transcribe it in a worker process (never on the event loop);
5. store the timed transcript and hand the episode to extraction again.

The transcript has no speaker labels: his words are found only through the rules for
unlabelled transcripts, at low confidence, so they go to review (posting.policy).
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

from tracker.config import Settings
from tracker.feeds.audio import download
from tracker.feeds.fetch import FetchError, make_session
from tracker.feeds.speakers import named_guests, speakers_of
from tracker.model import TranscriptSegment, utcnow
from tracker.ports import AudioResolver, Transcriber
from tracker.storage import transcriptions_repo as repo
from tracker.storage.db import Database
from tracker.usecases.pools import SpawnedPool

logger = logging.getLogger(__name__)

_transcriber = SpawnedPool()


def get_worker() -> Executor:
    """The one transcription process (spawned once; one episode at a time)."""
    return _transcriber.get(1)


def shutdown_worker() -> None:
    """Stop the transcription process."""
    _transcriber.shutdown()


def day_start(now: datetime) -> datetime:
    """Midnight UTC of ``now``'s day: the daily budget's start."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def build_resolver(settings: Settings) -> AudioResolver:
    """yt-dlp on YouTube (or on the configured local stand-in of it)."""
    from tracker.feeds.video_audio import YtDlpAudio

    polling = settings.polling
    return YtDlpAudio(settings.transcripts.youtube_base_url, polling.timeout_seconds,
                      polling.user_agent)


async def transcribe_pending(db: Database, settings: Settings, transcriber: Transcriber, *,
                             now: datetime | None = None, executor: Executor | None = None,
                             max_episodes: int = 1,
                             resolver: AudioResolver | None = None) -> dict[str, int]:
    """Transcribe up to ``max_episodes`` waiting episodes within today's budget.

    Returns counts: done, failed, skipped (not naming a speaker), deferred (over
    today's budget), too_long, and the audio seconds transcribed.
    """
    now = now or utcnow()
    conf = settings.transcripts
    counts = dict.fromkeys(("done", "failed", "skipped", "deferred", "too_long", "seconds"), 0)
    async with db.session() as session:
        left = conf.asr_daily_minutes * 60 - await repo.used_seconds(session, day_start(now))
        episodes = await repo.waiting(session, now - timedelta(hours=conf.asr_lookback_hours),
                                      videos=conf.asr_videos)
    if not episodes:
        return counts
    mentions = await _prefilter(settings)
    wanted = [e for e in episodes if mentions(e.title, e.text, " ".join(e.guests))]
    await _skip(db, [e.item_id for e in episodes if e not in wanted], now)
    counts["skipped"] = len(episodes) - len(wanted)
    run = _Run(db, settings, transcriber, executor or get_worker(), now,
               resolver or build_resolver(settings))
    for episode in wanted[:max_episodes]:
        if left <= 0:
            break
        outcome, seconds = await run.one(episode, left)
        counts[outcome] += 1
        counts["seconds"] += int(seconds) if outcome == "done" else 0
        left -= seconds if outcome == "done" else 0
    return counts


async def _prefilter(settings: Settings) -> Callable[..., bool]:
    """The extractor's cheap test: could a text name a watched speaker?"""
    from tracker.extract.extractor import Extractor

    extractor = await asyncio.to_thread(Extractor, settings.watch_list())
    return extractor.mentions_speaker


async def _skip(db: Database, item_ids: Sequence[int], now: datetime) -> None:
    if item_ids:
        async with db.session() as session, session.begin():
            for item_id in item_ids:
                await repo.claim(session, item_id, now, status="skipped")


class _Run:
    """One run's shared parts: the settings, the transcriber and its worker process."""

    def __init__(self, db: Database, settings: Settings, transcriber: Transcriber,
                 executor: Executor, now: datetime, resolver: AudioResolver) -> None:
        self.db, self.settings, self.transcriber = db, settings, transcriber
        self.executor, self.now, self.resolver = executor, now, resolver

    async def _in_worker(self, fn: Callable[..., Any], *args: object) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)

    async def one(self, episode: repo.Episode, left: float) -> tuple[str, float]:
        """Transcribe one episode; returns (outcome, audio seconds)."""
        async with self.db.session() as session, session.begin():
            if not await repo.claim(session, episode.item_id, self.now):
                return "deferred", 0.0  # another process has it
        with tempfile.TemporaryDirectory(prefix="tracker-asr-") as tmp:
            try:
                outcome, seconds, segments = await self._transcribe(episode, Path(tmp), left)
            except Exception as exc:  # a download, a decoder or the model failed: once
                error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
                logger.warning("transcription of item %s failed: %s", episode.item_id, error)
                await self._finish(episode, "failed", 0.0, error=error)
                return "failed", 0.0
        if outcome == "deferred":
            async with self.db.session() as session, session.begin():
                await repo.release(session, episode.item_id)
        elif outcome == "done":
            await self._store(episode, segments, seconds)
        else:
            await self._finish(episode, outcome, 0.0)
        return outcome, seconds

    async def _transcribe(self, episode: repo.Episode, tmp: Path, left: float
                          ) -> tuple[str, float, Sequence[TranscriptSegment]]:
        conf, polling = self.settings.transcripts, self.settings.polling
        audio, url, headers = tmp / "audio", episode.audio_url, {}
        if episode.is_video:
            stream = await asyncio.to_thread(self.resolver.resolve, episode.url)
            early = _before_download(episode, stream.seconds, stream.size, left, self.settings)
            if early is not None:
                return early, 0.0, ()
            url, headers = stream.url, stream.headers
        async with make_session(1, polling.user_agent, allow_private=polling.allow_private_hosts,
                                allowed_hosts=polling.allowed_private_hosts) as session:
            await _download(session, url, audio, self.settings, headers=headers,
                            name=episode.url if episode.is_video else url)
        seconds = float(await self._in_worker(self.transcriber.duration, str(audio)))
        if seconds > conf.asr_daily_minutes * 60:
            logger.info("item %s: %.0f min of audio is over the whole daily budget",
                        episode.item_id, seconds / 60)
            return "too_long", seconds, ()
        if seconds > left:
            return "deferred", 0.0, ()
        found = await self._in_worker(self.transcriber.transcribe, str(audio))
        return "done", seconds, tuple(found)

    async def _store(self, episode: repo.Episode, segments: Sequence[TranscriptSegment],
                     seconds: float) -> None:
        rows = [{"start": s.start, "end": s.end, "text": s.text, "speaker": None}
                for s in segments]
        guests = named_guests(episode.title, episode.guests,
                              speakers_of(self.settings.watch_list()))
        async with self.db.session() as session, session.begin():
            # A video's transcript links to the video (a post then links to its second).
            await repo.store_transcript(session, episode.item_id,
                                        url=episode.url if episode.is_video else episode.audio_url,
                                        text="\n".join(s.text for s in segments), segments=rows,
                                        guests=guests, now=self.now)
            await repo.finish(session, episode.item_id, "done", self.now, seconds=seconds)
        logger.info("item %s transcribed: %.0f s of audio, %d segments", episode.item_id,
                    seconds, len(rows))

    async def _finish(self, episode: repo.Episode, status: str, seconds: float, *,
                      error: str | None = None) -> None:
        async with self.db.session() as session, session.begin():
            await repo.finish(session, episode.item_id, status, self.now, seconds=seconds,
                              error=error)


def _before_download(episode: repo.Episode, seconds: float | None, size: int | None,
                     left: float, settings: Settings) -> str | None:
    """What a video's page already says: too long for any day's budget, too long for
    what is left of today's, or too big to download (None: download it)."""
    conf = settings.transcripts
    if seconds is not None and seconds > conf.asr_daily_minutes * 60:
        logger.info("item %s: %.0f min of video is over the whole daily budget",
                    episode.item_id, seconds / 60)
        return "too_long"
    if seconds is not None and seconds > left:
        return "deferred"
    if size is not None and size > conf.asr_max_audio_bytes:
        raise FetchError(f"audio of {episode.url}: {size} bytes exceeds the cap of "
                         f"{conf.asr_max_audio_bytes} bytes", status="too_big")
    return None


async def _download(session: aiohttp.ClientSession, url: str, dest: Path,
                    settings: Settings, *, headers: Mapping[str, str] | None = None,
                    name: str = "") -> None:
    polling, conf = settings.polling, settings.transcripts
    try:
        await download(session, url, dest, max_bytes=conf.asr_max_audio_bytes,
                       read_timeout=polling.timeout_seconds,
                       allow_private=polling.allow_private_hosts,
                       allowed_hosts=polling.allowed_private_hosts, headers=headers)
    except FetchError as exc:
        raise FetchError(f"audio {name or url}: {exc}", status=exc.status) from None


def stats_line(counts: Mapping[str, int]) -> str:
    """One line for the log: 'transcribed 1 (1834 s), skipped 4, deferred 0, failed 0'."""
    return (f"transcribed {counts.get('done', 0)} ({counts.get('seconds', 0)} s), skipped "
            f"{counts.get('skipped', 0)}, deferred {counts.get('deferred', 0)}, failed "
            f"{counts.get('failed', 0)}, too long {counts.get('too_long', 0)}")
