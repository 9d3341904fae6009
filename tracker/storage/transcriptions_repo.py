"""Speech-recognition repository: episodes waiting for it, claims, the budget, transcripts.

An episode is claimed by inserting its ``transcriptions`` row (unique per item): the
insert that wins transcribes it, every later one finds the row and leaves it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import FeedKind
from tracker.storage.base import dialect_insert
from tracker.storage.schema_feeds import ItemRow, TranscriptRow
from tracker.storage.schema_transcripts import TranscriptionRow


@dataclass(frozen=True)
class Episode:
    """An episode, or a video without captions, that may need speech recognition.

    ``audio_url`` is the enclosure of a podcast episode; a video has none (its page,
    ``url``, says where the audio is).
    """

    item_id: int
    title: str
    text: str
    audio_url: str
    guests: tuple[str, ...]
    language: str | None
    url: str = ""
    kind: str = "podcast"

    @property
    def is_video(self) -> bool:
        return not self.audio_url


async def waiting(session: AsyncSession, since: datetime, limit: int = 50, *,
                  videos: bool = False) -> list[Episode]:
    """Episodes fetched since ``since`` that may be posted, have audio (or, with
    ``videos``, are videos) and neither a transcript (captions are one) nor a
    transcription row; newest first."""
    has_audio: ColumnElement[bool] = ItemRow.audio_url.is_not(None)
    if videos:
        has_audio = or_(has_audio, and_(ItemRow.kind == FeedKind.VIDEO.value,
                                        ItemRow.url.is_not(None), ItemRow.url != ""))
    q = (select(ItemRow.id, ItemRow.title, ItemRow.text, ItemRow.audio_url, ItemRow.guests,
                ItemRow.language, ItemRow.url, ItemRow.kind)
         .outerjoin(TranscriptRow, TranscriptRow.item_id == ItemRow.id)
         .outerjoin(TranscriptionRow, TranscriptionRow.item_id == ItemRow.id)
         .where(has_audio, ItemRow.post_eligible.is_(True),
                ItemRow.fetched_at >= since, TranscriptRow.id.is_(None),
                TranscriptionRow.id.is_(None))
         .order_by(ItemRow.published_at.desc(), ItemRow.id.desc()).limit(limit))
    rows = (await session.execute(q)).all()
    return [Episode(int(i), str(t or ""), str(x or ""), str(a or ""),
                    tuple(str(g) for g in gs or ()), lang, str(u or ""), str(k))
            for i, t, x, a, gs, lang, u, k in rows]


async def claim(session: AsyncSession, item_id: int, now: datetime,
                status: str = "running") -> bool:
    """Insert the episode's row; False when another run has one already."""
    stmt = dialect_insert(session, TranscriptionRow).values(
        item_id=item_id, status=status, started_at=now,
        finished_at=None if status == "running" else now,
    ).on_conflict_do_nothing(index_elements=["item_id"]).returning(TranscriptionRow.id)
    return (await session.execute(stmt)).scalar() is not None


async def release(session: AsyncSession, item_id: int) -> None:
    """Drop a claim that was not used (the episode did not fit today's budget)."""
    await session.execute(delete(TranscriptionRow).where(TranscriptionRow.item_id == item_id,
                                                         TranscriptionRow.status == "running"))


async def finish(session: AsyncSession, item_id: int, status: str, now: datetime, *,
                 seconds: float = 0.0, error: str | None = None) -> None:
    """Record how the episode's transcription ended."""
    await session.execute(update(TranscriptionRow).where(TranscriptionRow.item_id == item_id)
                          .values(status=status, audio_seconds=seconds, finished_at=now,
                                  error=error[:2000] if error else None))


async def used_seconds(session: AsyncSession, since: datetime) -> float:
    """Seconds of audio transcribed since ``since`` (the day's budget spent)."""
    total = await session.scalar(select(func.coalesce(func.sum(TranscriptionRow.audio_seconds), 0))
                                 .where(TranscriptionRow.finished_at >= since))
    return float(total or 0)


async def store_transcript(session: AsyncSession, item_id: int, *, url: str, text: str,
                           segments: Sequence[dict[str, Any]], guests: Sequence[str],
                           now: datetime) -> None:
    """Store an episode's transcript and hand the episode to extraction again.

    Its text was extracted when it was polled; extracting it again finds the same
    statements (each already has this item as a source, so nothing is added twice)
    and now the transcript's too.
    """
    await session.execute(dialect_insert(session, TranscriptRow).values(
        item_id=item_id, url=url[:2048], format="asr", text=text, segments=list(segments),
        fetched_at=now).on_conflict_do_nothing(index_elements=["item_id"]))
    await session.execute(update(ItemRow).where(ItemRow.id == item_id).values(
        processed_at=None, guests=list(guests)))


async def status_of(session: AsyncSession, item_id: int) -> tuple[str, float] | None:
    """(status, audio seconds) of an episode's row, if it has one."""
    row = (await session.execute(select(TranscriptionRow.status, TranscriptionRow.audio_seconds)
                                 .where(TranscriptionRow.item_id == item_id))).first()
    return None if row is None else (str(row[0]), float(row[1]))
