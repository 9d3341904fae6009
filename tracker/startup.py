"""What every long-running or one-shot cycle needs before its first poll.

``tracker run`` and ``tracker poll --once`` (and the demo) share this, so the
embedded defaults show the product working: the bundled rebuttals are loaded
into a new database, and the configured chats (plus the console, when it is
the output) are destinations.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from tracker import destinations, rebuttals
from tracker.config import Settings
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

CONSOLE = "console"


async def prepare(db: Database, settings: Settings, platform_names: Iterable[str]) -> None:
    """Seed the rebuttals (a no-op when any exist) and sync the configured destinations."""
    created = await rebuttals.ensure_seed(db)
    if created:
        logger.info("loaded %d bundled rebuttals into a new database", created)
    await destinations.sync_configured(db, settings, console=CONSOLE in set(platform_names))
