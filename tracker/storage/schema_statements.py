"""Tables of the extraction area: statements and the reports that carry them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.base import Base


class StatementRow(Base):
    __tablename__ = "statements"
    __table_args__ = (Index("ix_statements_watch_group", "watch", "group_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    watch: Mapped[str] = mapped_column(String(64))
    speaker: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    confidence: Mapped[float] = mapped_column(Float)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    span_start: Mapped[int]
    span_end: Mapped[int]
    context: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None]
    source_url: Mapped[str] = mapped_column(String(2048), default="")
    seconds: Mapped[float | None] = mapped_column(Float)
    # Near-duplicate grouping key (normalised text fingerprint).
    group_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    decision: Mapped[str | None] = mapped_column(String(16))
    matched_at: Mapped[datetime | None]
    posted_at: Mapped[datetime | None] = mapped_column(index=True)
    # Matching claims the statement while it works on it (tracker/storage/claims.py).
    lease_until: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))


class StatementSourceRow(Base):
    __tablename__ = "statement_sources"
    __table_args__ = (UniqueConstraint("statement_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2048), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(String(256), default="")
    published_at: Mapped[datetime | None]
    span_start: Mapped[int] = mapped_column(default=0)
    span_end: Mapped[int] = mapped_column(default=0)
    added_at: Mapped[datetime]
