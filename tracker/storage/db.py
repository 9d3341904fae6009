"""Engines, sessions and migrations.

The core talks to the database through an async engine (aiosqlite for SQLite,
psycopg 3 for PostgreSQL). Alembic migrations run on a synchronous engine over
the same database, before the event loop needs the schema.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from tracker.errors import TrackerError

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "migrations"


class DatabaseError(TrackerError):
    """The database URL or schema is unusable; the message is for the user."""


def async_url(url: str) -> URL:
    """Normalise a configured URL to its async driver (sqlite→aiosqlite, postgresql→psycopg)."""
    u = make_url(url)
    if u.drivername in ("sqlite", "sqlite+pysqlite"):
        return u.set(drivername="sqlite+aiosqlite")
    if u.drivername in ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+asyncpg"):
        return u.set(drivername="postgresql+psycopg")
    if u.drivername in ("sqlite+aiosqlite", "postgresql+psycopg"):
        return u
    raise DatabaseError(
        f"unsupported database URL scheme '{u.drivername}' (use sqlite or postgresql)"
    )


def sync_url(url: str) -> URL:
    """The same database through a synchronous driver, for Alembic."""
    u = async_url(url)
    return u.set(drivername="sqlite") if u.get_backend_name() == "sqlite" else u


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the async engine, with WAL and foreign keys on SQLite."""
    u = async_url(url)
    if u.get_backend_name() == "sqlite":
        database = u.database or ""
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(u, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(u, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # '%' must be escaped for ConfigParser; the URL may hold percent-encoded options.
    cfg.set_main_option(
        "sqlalchemy.url", sync_url(url).render_as_string(hide_password=False).replace("%", "%%")
    )
    cfg.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    cfg.attributes["configure_logger"] = False
    return cfg


_REVISION = re.compile(r'^revision\s*=\s*"([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)


def script_heads() -> set[str]:
    """The head revisions of the migration scripts, read from their files without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(text), _DOWN.search(text)
        if found is None or down is None:
            return set()  # a file we cannot read this way: let Alembic decide
        revisions.add(found.group(1))
        parents.update(re.findall(r"""["']([^"']+)["']""", down.group(1)))
    return revisions - parents


def at_head(url: str) -> bool:
    """True when the database's revision is the scripts' only head (nothing to migrate)."""
    from sqlalchemy import create_engine, text

    heads = script_heads()
    if len(heads) != 1:
        return False
    u = sync_url(url)
    if u.get_backend_name() == "sqlite" and not Path(u.database or ":memory:").exists():
        return False  # connecting would create the file; Alembic creates it with the schema
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except Exception:  # no such table yet (a new database), or unreachable: Alembic says which
        return False
    finally:
        engine.dispose()
    return {r[0] for r in rows} == heads


def upgrade(url: str, revision: str = "head") -> None:
    """Apply pending migrations (synchronous; call before or beside the event loop).

    A database already at the head is left alone without importing Alembic, which
    costs a command about 0.15 s of start-up.
    """
    if revision == "head" and at_head(url):
        return
    from alembic import command

    if async_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database or ""
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    logger.info("applying migrations to %s", async_url(url).render_as_string(hide_password=True))
    command.upgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


class Database:
    """One database: the async engine and its session factory.

    Use ``async with db.transaction() as s:`` for a unit of work that commits on
    success and rolls back on error, or ``db.session()`` to commit explicitly.
    """

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessionmaker = make_sessionmaker(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> AsyncSession:
        return self.sessionmaker()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session in one transaction: committed on success, rolled back on error."""
        async with self.sessionmaker.begin() as session:
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


async def open_database(url: str, *, migrate: bool = True) -> Database:
    """Apply pending migrations (in a worker thread) and return a connected Database."""
    import asyncio

    if migrate:
        await asyncio.to_thread(upgrade, url)
    return Database(url)
