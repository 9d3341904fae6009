"""`tracker db upgrade`: schema migrations."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from tracker.cli.output import echo
from tracker.cli.parser import command, group
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands


def upgrade(app: App, args: argparse.Namespace) -> int:
    """Apply pending migrations to the configured database."""
    import asyncio

    from tracker.storage import db

    async def migrate() -> None:
        async with app.database():  # migrates; an unreachable server is one line
            pass

    asyncio.run(migrate())
    echo(f"database at revision {db.current_revision(app.settings.database.url)}")
    return 0


def register(commands: Commands) -> None:
    """Add the `db` group."""
    db = group(commands, "db", "the database schema")
    command(db, "upgrade", upgrade, "apply pending migrations (run and poll do it on start)")
