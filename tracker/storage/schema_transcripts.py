"""The speech-recognition ledger: one row per episode ever considered for transcription.

The row is the claim (unique per item, so an episode is transcribed once, also with
several processes sharing a PostgreSQL database) and the record the daily budget of
audio minutes is counted from. The transcript itself goes to ``transcripts``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.base import Base


class TranscriptionRow(Base):
    __tablename__ = "transcriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    # "running" | "done" | "failed" | "skipped" (does not name a watched speaker) |
    # "too_long" (longer than the whole daily budget)
    status: Mapped[str] = mapped_column(String(16))
    audio_seconds: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None] = mapped_column(index=True)
    error: Mapped[str | None] = mapped_column(Text)
