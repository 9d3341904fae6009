"""Tables of the feed area: feeds, items, transcripts and the fetch log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.base import Base


class FeedRow(Base):
    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="news")
    name: Mapped[str] = mapped_column(String(512), default="")
    language: Mapped[str | None] = mapped_column(String(8))
    # When linked articles are fetched: "auto" | "always" | "never" (model.FullText).
    full_text: Mapped[str] = mapped_column(String(8), default="auto", server_default="auto")
    # kind "posts": the watched speaker whose own words every item is.
    speaker: Mapped[str] = mapped_column(String(200), default="", server_default="")
    active: Mapped[bool] = mapped_column(default=True)
    # Why it is not polled (model.FeedOff): paused, removed, unlisted; None when active.
    inactive_reason: Mapped[str | None] = mapped_column(String(16))
    # "config" for [[feeds]] (the config is the list), "cli", "opml", "telegram:<id>"...
    added_by: Mapped[str | None] = mapped_column(String(64))
    added_at: Mapped[datetime]
    # Polling state lives here, not in a scheduler job store (see README).
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    # SHA-256 of the last body parsed and stored: the same body again is not parsed again.
    body_hash: Mapped[str | None] = mapped_column(String(64))
    next_poll_at: Mapped[datetime | None] = mapped_column(index=True)
    error_count: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    baselined: Mapped[bool] = mapped_column(default=False)
    # Multi-process mode: a poller leases a due feed until this time.
    lease_until: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("feed_id", "guid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(String(1024))
    url: Mapped[str] = mapped_column(String(2048), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    fetched_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default="news")
    guests: Mapped[list[Any]] = mapped_column(default=list)
    # False for items held on first contact or older than posting.max_age_hours.
    post_eligible: Mapped[bool] = mapped_column(default=True)
    # Set when extraction (and matching) has processed the item, or has given up on it.
    processed_at: Mapped[datetime | None] = mapped_column(index=True)
    # The last extraction error; an item is retried once, then left failed with it.
    extract_error: Mapped[str | None] = mapped_column(Text)
    extract_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    # Extraction claims the item while it works on it (tracker/storage/claims.py).
    lease_until: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    # The episode's audio (its enclosure), for speech recognition (usecases/transcribe.py).
    audio_url: Mapped[str | None] = mapped_column(String(2048))


class TranscriptRow(Base):
    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    url: Mapped[str] = mapped_column(String(2048))
    format: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # [{"start": s, "end": s, "text": ..., "speaker": ...}, ...]
    segments: Mapped[list[Any]] = mapped_column(default=list)
    fetched_at: Mapped[datetime]


class FetchLogRow(Base):
    __tablename__ = "fetch_log"
    __table_args__ = (Index("ix_fetch_log_feed_started", "feed_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    started_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(32))  # "200", "304", "same" (the body stored last time), "error", "429"...
    duration_ms: Mapped[int] = mapped_column(default=0)
    bytes: Mapped[int] = mapped_column(default=0)
    items_new: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
