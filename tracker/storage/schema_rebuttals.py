"""Tables of the rebuttal area: rebuttals, their phrasings and revision history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.base import Base


class RebuttalRow(Base):
    __tablename__ = "rebuttals"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # stable slug
    claim_en: Mapped[str] = mapped_column(Text)
    claim_zh: Mapped[str] = mapped_column(Text)
    # [{"text_en", "text_zh", "sources": [{"title", "url", "date"}]}]
    counterpoints: Mapped[list[Any]] = mapped_column(default=list)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(128), default="seed")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)
    rating: Mapped[str] = mapped_column(String(64), default="Missing context")  # ClaimReview
    speaker: Mapped[str] = mapped_column(String(128), default="Elon Musk")


class PhrasingRow(Base):
    __tablename__ = "rebuttal_phrasings"
    __table_args__ = (UniqueConstraint("rebuttal_id", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rebuttal_id: Mapped[str] = mapped_column(
        ForeignKey("rebuttals.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    origin: Mapped[str] = mapped_column(String(16), default="seed")  # seed | admin | statement
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL")
    )
    created_by: Mapped[str] = mapped_column(String(128), default="seed")
    created_at: Mapped[datetime]


class RevisionRow(Base):
    __tablename__ = "rebuttal_revisions"
    __table_args__ = (UniqueConstraint("rebuttal_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rebuttal_id: Mapped[str] = mapped_column(ForeignKey("rebuttals.id", ondelete="CASCADE"))
    version: Mapped[int]
    action: Mapped[str] = mapped_column(String(32))  # create | edit | retire | import | phrasing
    snapshot: Mapped[dict[str, Any]]
    changed_by: Mapped[str] = mapped_column(String(128))
    changed_at: Mapped[datetime]
