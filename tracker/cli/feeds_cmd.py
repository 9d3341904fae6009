"""`tracker feeds ...`, `tracker poll --once` and `tracker run`."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from tracker.model import Feed, FeedKind

logger = logging.getLogger(__name__)
T = TypeVar("T")


def _with_db(work: Callable[[Any, Any], Awaitable[T]]) -> T:
    """Run ``work(db, settings)`` on the migrated configured database, then dispose it."""
    from tracker.cli import STATE, UserError
    from tracker.storage.db import open_database
    from tracker.usecases import ingest

    settings = STATE.settings

    async def main() -> T:
        db = await open_database(settings.database.url)
        try:
            return await work(db, settings)
        except ingest.FeedError as exc:
            raise UserError(str(exc)) from None
        finally:
            await db.dispose()

    try:
        return asyncio.run(main())
    finally:
        ingest.shutdown_pool()


def _health(feed: Feed) -> str:
    if not feed.active:
        return "inactive"
    if feed.failing:
        return f"FAILING ({feed.error_count}x: {feed.last_error or ''})"
    if feed.error_count:
        return f"error ({feed.error_count}x: {feed.last_error or ''})"
    return "ok" if feed.last_polled_at else "new"


def _feed_line(feed: Feed) -> str:
    polled = feed.last_polled_at.strftime("%Y-%m-%d %H:%M") if feed.last_polled_at else "never"
    name = f" {feed.name}" if feed.name else ""
    return f"{feed.id:>4} {feed.kind.value:<7} {_health(feed):<10} polled {polled}  {feed.url}{name}"


def register(app: typer.Typer) -> None:
    """Add the feed, poll and run commands to the app."""
    feeds_app = typer.Typer(help="Manage the polled feeds.", no_args_is_help=True)

    @feeds_app.command("add")
    def add_cmd(
        url: str,
        kind: Annotated[FeedKind, typer.Option("--kind", help="news or podcast")] = FeedKind.NEWS,
        name: str = typer.Option("", "--name", help="Display name."),
    ) -> None:
        """Add a feed (http/https; private addresses only with polling.allow_private_hosts)."""
        from tracker.usecases import ingest

        feed = _with_db(lambda db, s: ingest.add_feed(db, s, url, kind, name))
        typer.echo(f"added feed {feed.id}: {feed.url} ({feed.kind.value})")

    @feeds_app.command("list")
    def list_cmd() -> None:
        """List every feed with its health (FAILING after 5 errors in a row)."""
        from tracker.usecases import ingest

        async def work(db: Any, settings: Any) -> list[Feed]:
            await ingest.sync_feeds(db, settings)
            return await ingest.list_feeds(db)

        feeds = _with_db(work)
        for feed in feeds:
            typer.echo(_feed_line(feed))
        if not feeds:
            typer.echo("no feeds")

    @feeds_app.command("import-opml")
    def import_cmd(file: Path) -> None:
        """Add every feed listed in an OPML file."""
        from tracker.cli import UserError
        from tracker.usecases import ingest

        try:
            data = file.read_bytes()
        except OSError as exc:
            raise UserError(f"cannot read {file}: {exc.strerror}") from None
        added, problems = _with_db(lambda db, s: ingest.import_opml(db, s, data))
        for problem in problems:
            typer.echo(f"skipped: {problem}", err=True)
        typer.echo(f"imported {added} feeds ({len(problems)} skipped)")

    @feeds_app.command("export-opml")
    def export_cmd() -> None:
        """Print every feed as OPML 2.0."""
        from tracker.usecases import ingest

        sys.stdout.write(_with_db(lambda db, s: ingest.export_opml(db)))

    app.add_typer(feeds_app, name="feeds")
    _register_service(app)


def _register_service(app: typer.Typer) -> None:
    @app.command("poll")
    def poll_cmd(
        once: bool = typer.Option(False, "--once", help="Run one full cycle over all feeds."),
    ) -> None:
        """Run one cycle (fetch, store, extract, match, deliver) and print a summary line."""
        from tracker.cli import UserError

        if not once:
            raise UserError("use `tracker poll --once` (or `tracker run` for the service)")
        stats = _with_db(_one_cycle)
        typer.echo(stats.summary())
        poll = stats.poll
        if stats.crashed:
            name, error = stats.failures[0]
            raise UserError(f"stage {name} failed: {error}")
        if poll is not None and poll.feeds_polled and poll.feeds_failed == poll.feeds_polled:
            raise UserError(f"every feed failed ({poll.feeds_failed}); see `tracker feeds list`")

    @app.command("run")
    def run_cmd() -> None:
        """Run the service: the scheduled cycle plus the configured chat bots, until SIGTERM."""
        from tracker.cli import STATE
        from tracker.runtime.scheduler import run_service
        from tracker.usecases import ingest

        if not STATE.debug:
            logging.getLogger().setLevel(STATE.settings.logging.level)
        try:
            asyncio.run(run_service(STATE.settings, STATE.platform_factory))
        finally:
            ingest.shutdown_pool()
        typer.echo("stopped")


async def _one_cycle(db: Any, settings: Any) -> Any:
    from tracker.cli import STATE
    from tracker.runtime.pipeline import default_stages, run_cycle
    from tracker.runtime.startup import running_platforms

    async with running_platforms(db, settings, STATE.platform_factory) as notifiers:
        return await run_cycle(db, settings, default_stages(notifiers), force=True)
