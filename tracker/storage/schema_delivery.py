"""Tables of the delivery area: destinations, the outbox, reviews, votes, alerts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.model import DeliveryStatus
from tracker.storage.base import Base


class DestinationRow(Base):
    __tablename__ = "destinations"
    __table_args__ = (UniqueConstraint("platform", "chat_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))  # telegram | discord | console
    chat_id: Mapped[str] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(String(256), default="")
    role: Mapped[str] = mapped_column(String(16), default="channel")  # channel | review
    language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(default=True)
    added_by: Mapped[str] = mapped_column(String(128), default="config")
    added_at: Mapped[datetime]
    deactivated_reason: Mapped[str | None] = mapped_column(Text)


class DeliveryRow(Base):
    """The outbox: one post (or review) row per (statement, destination), never two.

    A sent post's later edits are rows of kind "edit" of the same pair, numbered by
    ``revision`` (1, 2, ...; the post itself is 0); the unique key holds both.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("statement_id", "destination_id", "revision"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    destination_id: Mapped[int] = mapped_column(ForeignKey("destinations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="post")  # post | review | edit
    revision: Mapped[int] = mapped_column(default=0, server_default="0")
    reason: Mapped[str | None] = mapped_column(Text)  # why an edit was queued
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class ReviewDecisionRow(Base):
    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(32))  # attach | post_plain | new_rebuttal | ignore
    rebuttal_id: Mapped[str | None] = mapped_column(String(80))
    decided_by: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[datetime]


class VoteRow(Base):
    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("statement_id", "rebuttal_id", "platform", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    rebuttal_id: Mapped[str] = mapped_column(ForeignKey("rebuttals.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[int]  # +1 or -1
    voted_at: Mapped[datetime]


class AlertRow(Base):
    """Failure alerts sent to admins: one when a thing starts failing, one on recovery."""

    __tablename__ = "alerts"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)  # e.g. "feed:12"
    state: Mapped[str] = mapped_column(String(16))  # failing | ok
    detail: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime]
    notified_state: Mapped[str | None] = mapped_column(String(16))
