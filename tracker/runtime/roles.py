"""What a `tracker run` process does (its role), and the one holder of the chat update streams.

``worker`` processes poll, extract, match, queue and deliver, each stage claiming its
work (see tracker.storage.claims), so any number of them share a PostgreSQL database.
``bots`` processes read the chat platforms' update streams (Telegram getUpdates, the
Discord gateway): a platform allows one reader per token, so a PostgreSQL advisory
lock decides which process holds them; the others wait and try again every
``leases.bots_retry_seconds``. The lock belongs to the holder's database session: when
that process dies its connection closes, the server drops the lock, and a waiting
process takes the streams within a retry. ``all`` is both. On SQLite one process
runs everything (``all``), with no lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from tracker.config import Settings
from tracker.errors import ConfigError
from tracker.ports import ChatPlatform
from tracker.runtime.bootstrap import PlatformFactory
from tracker.runtime.startup import prepare
from tracker.storage.db import Database, async_url

logger = logging.getLogger(__name__)

# Per schema, so two trackers in one database (the tests' schemas) do not share it.
_LOCK_KEY = "SELECT hashtext('tracker:chat-update-streams:' || current_schema())"


class Role(StrEnum):
    """What one `tracker run` process does."""

    ALL = "all"
    WORKER = "worker"
    BOTS = "bots"


def check_role(role: Role, settings: Settings) -> None:
    """Refuse a split role on SQLite (one process there runs everything)."""
    if role is not Role.ALL and async_url(settings.database.url).get_backend_name() != "postgresql":
        raise ConfigError(f"--role {role.value} needs PostgreSQL (database.url is SQLite, where "
                          "one process runs everything: --role all)")


class UpdateStreams:
    """Holds the chat platforms' update streams while this process holds the lock."""

    def __init__(self, db: Database, settings: Settings, factory: PlatformFactory) -> None:
        self.db, self.settings, self.factory = db, settings, factory
        self.retry = settings.leases.bots_retry_seconds
        self.holding = asyncio.Event()  # set while this process holds the streams

    async def run(self, stop: asyncio.Event) -> None:
        """Take the lock when it is free, run the bots while held, until ``stop``."""
        while not stop.is_set():
            conn = await self._acquire(stop)
            if conn is None:
                return
            try:
                await self._serve(conn, stop)
            except Exception:  # the database went away: stop the bots, try again
                logger.exception("lost the database connection holding the chat update streams")
            finally:
                self.holding.clear()
                await _release(conn)

    async def _acquire(self, stop: asyncio.Event) -> AsyncConnection | None:
        """A connection holding the lock, once it is free; None when stopped first."""
        waited = False
        while not stop.is_set():
            try:
                conn = await self.db.engine.connect()
                got = await conn.scalar(text(f"SELECT pg_try_advisory_lock(({_LOCK_KEY}))"))
                await conn.commit()
                if got:
                    return conn
                await conn.close()
            except Exception:  # the server is down or restarting: try again
                logger.warning("could not try the chat update streams lock", exc_info=True)
            if not waited:
                logger.info("another process holds the chat update streams: waiting")
                waited = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.retry)
        return None

    async def _serve(self, conn: AsyncConnection, stop: asyncio.Event) -> None:
        """Run the bots; check the lock's connection every retry; stop the bots on the way out."""
        platforms = list(self.factory(self.settings, self.db, updates=True))
        started: list[ChatPlatform] = []
        try:
            for platform in platforms:
                await platform.start()
                started.append(platform)
            await prepare(self.db, self.settings, [p.name for p in started])
            logger.info("holding the chat update streams (%s)",
                        ", ".join(p.name for p in started) or "no bots configured")
            self.holding.set()
            while not stop.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.retry)
                await conn.scalar(text("SELECT 1"))  # raises when the session is gone
                await conn.commit()
        finally:
            for platform in reversed(started):
                try:
                    await platform.stop()
                except Exception:  # stopping the others matters more
                    logger.exception("platform %s did not stop cleanly", platform.name)


async def _release(conn: AsyncConnection) -> None:
    """Unlock before the connection goes back to the pool (a pooled session would keep it)."""
    try:
        await conn.execute(text("SELECT pg_advisory_unlock_all()"))
        await conn.commit()
        await conn.close()
    except Exception:  # the session is gone, and its lock with it: discard the connection
        with contextlib.suppress(Exception):
            await conn.invalidate()
