"""Alembic environment: runs migrations synchronously on the configured database.

``render_as_batch`` lets the same migrations alter tables on SQLite.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine, pool, text

from tracker.storage import metadata
from tracker.storage.base import UTCDateTime

config = context.config


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our UTCDateTime as a plain timezone-aware DateTime in migrations."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


target_metadata = config.attributes.get("target_metadata", metadata)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        context.configure(
            connection=connectable,
            target_metadata=target_metadata,
            render_as_batch=True,
            render_item=render_item,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            # Several processes starting at once on a new database: one migrates, the others
            # wait and then find nothing to do. Held until this connection closes.
            connection.execute(text(
                "SELECT pg_advisory_lock(hashtext('tracker:migrations:' || current_schema()))"))
            connection.commit()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            render_item=render_item,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
