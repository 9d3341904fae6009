"""What every long-running or one-shot cycle needs before its first poll.

``tracker run`` and ``tracker poll --once`` share this, so the embedded
defaults show the product working: the bundled rebuttals are loaded into a new
database, and the configured chats (plus the console, when it is the output,
as both the channel and the review destination) are destinations.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterable

from tracker.config import Settings
from tracker.ports import ChatPlatform, Notifier
from tracker.runtime.bootstrap import PlatformFactory
from tracker.storage.db import Database
from tracker.usecases import destinations, rebuttal_import

logger = logging.getLogger(__name__)

CONSOLE = "console"


async def prepare(db: Database, settings: Settings, platform_names: Iterable[str]) -> None:
    """Seed the rebuttals (a no-op when any exist) and sync the configured destinations."""
    created = await rebuttal_import.ensure_seed(db)
    if created:
        logger.info("loaded %d bundled rebuttals into a new database", created)
    await destinations.sync_configured(db, settings, console=CONSOLE in set(platform_names))


@contextlib.asynccontextmanager
async def running_platforms(db: Database, settings: Settings,
                            factory: PlatformFactory | None) -> AsyncIterator[dict[str, Notifier]]:
    """Build and start the chat platforms, prepare the database, yield their notifiers
    by platform name; stop the started platforms (last first) on the way out."""
    platforms = list(factory(settings, db)) if factory is not None else []
    started: list[ChatPlatform] = []
    try:
        for platform in platforms:
            await platform.start()
            started.append(platform)
        notifiers = {p.name: p.notifier for p in started}
        await prepare(db, settings, notifiers)
        yield notifiers
    finally:
        for platform in reversed(started):
            try:
                await platform.stop()
            except Exception:  # stopping the others matters more
                logger.exception("platform %s did not stop cleanly", getattr(platform, "name", "?"))
