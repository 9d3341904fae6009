"""Tables of the web console: its signing secret, one-time login links and sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.base import Base
from tracker.storage.schema_delivery import VoteRow
from tracker.storage.schema_feeds import FetchLogRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow


class WebSecretRow(Base):
    """A secret the web console generated for itself (never logged, never shown)."""

    __tablename__ = "web_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class LoginTokenRow(Base):
    """A one-time login link: issued to an editor, used at most once, then kept as used."""

    __tablename__ = "web_login_tokens"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class WebSessionRow(Base):
    """A signed-in browser. Only a hash of the session id is stored; revoking ends it."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    platform: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    user_agent: Mapped[str] = mapped_column(String(256), default="")
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


# Indexes the console's pages need on the other areas' tables (migration 0012): a
# statement's deliveries and the statements of a feed, a rebuttal's use and votes, a
# feed's recent items, the fetch log by day, the rebuttal list by last edit.
CONSOLE_INDEXES = (
    Index("ix_statements_item_id", StatementRow.item_id),
    Index("ix_statement_matches_rebuttal_decision", StatementMatchRow.rebuttal_id,
          StatementMatchRow.decision),
    Index("ix_votes_rebuttal_id", VoteRow.rebuttal_id),
    Index("ix_items_feed_fetched", ItemRow.feed_id, ItemRow.fetched_at),
    Index("ix_fetch_log_started_at", FetchLogRow.started_at),
    Index("ix_rebuttals_updated_at", RebuttalRow.updated_at),
    # Text search of the statement timeline (ILIKE '%words%'): a trigram index on
    # PostgreSQL (pg_trgm); on SQLite an empty partial index, so the schema is one.
    Index("ix_statements_text_trgm", StatementRow.text, postgresql_using="gin",
          postgresql_ops={"text": "gin_trgm_ops"}, sqlite_where=false()),
)
