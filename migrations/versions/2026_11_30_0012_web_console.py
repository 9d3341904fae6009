"""web console: secrets, login links, sessions, and the indexes its pages need

The web console (adapters/web) stores its signing secret when none is configured,
the one-time login links it issued (kept as used), and its sessions (a hash of each
session key). Its listings stay fast on large databases with indexes on the
statements of an item, a rebuttal's matches and votes, a feed's recent items, the
fetch log by time and the rebuttals by last edit, and the timeline's text search with a
trigram index (PostgreSQL's pg_trgm extension, created here when missing; on SQLite an
empty partial index of the same name keeps the two schemas alike).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 08:00:00.000000
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_statements_item_id", "statements", ["item_id"]),
    ("ix_statement_matches_rebuttal_decision", "statement_matches", ["rebuttal_id", "decision"]),
    ("ix_votes_rebuttal_id", "votes", ["rebuttal_id"]),
    ("ix_items_feed_fetched", "items", ["feed_id", "fetched_at"]),
    ("ix_fetch_log_started_at", "fetch_log", ["started_at"]),
    ("ix_rebuttals_updated_at", "rebuttals", ["updated_at"]),
)


def upgrade() -> None:
    op.create_table(
        "web_secrets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_web_secrets")),
    )
    op.create_table(
        "web_login_tokens",
        sa.Column("jti", sa.String(length=64), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("jti", name=op.f("pk_web_login_tokens")),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("user_agent", sa.String(length=256), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_web_sessions_key_hash")),
    )
    op.create_index(op.f("ix_web_sessions_user_id"), "web_sessions", ["user_id"])
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    ops = _trigram_ops() if op.get_bind().dialect.name == "postgresql" else None
    if ops is not None:
        op.create_index("ix_statements_text_trgm", "statements", ["text"],
                        postgresql_using="gin", postgresql_ops={"text": ops})
    else:  # SQLite, or no pg_trgm: an empty index of the same name, search scans the table
        op.create_index("ix_statements_text_trgm", "statements", ["text"],
                        sqlite_where=sa.false(), postgresql_where=sa.false())


def _trigram_ops() -> str | None:
    """The pg_trgm operator class, schema-qualified; the extension is created in ``public``
    when it is not installed (it is a trusted extension: a database owner may create it).
    None when it cannot be had."""
    bind = op.get_bind()
    query = "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
    schema = bind.exec_driver_sql(query).scalar()
    if schema is None:
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION pg_trgm SCHEMA public")
        except DBAPIError:  # not allowed, or created by another process at this moment
            pass
        schema = bind.exec_driver_sql(query).scalar()
    if schema is None:
        logging.getLogger("alembic").warning(
            "pg_trgm is not available: the statement timeline's text search scans the table")
        return None
    return f'"{schema}".gin_trgm_ops'


def downgrade() -> None:
    op.drop_index("ix_statements_text_trgm", table_name="statements")
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_index(op.f("ix_web_sessions_user_id"), table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_table("web_login_tokens")
    op.drop_table("web_secrets")
