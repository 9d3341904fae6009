"""`tracker run`, `tracker poll` and `tracker demo`: the product's cycle, as a service or once."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from tracker.cli import UserError
from tracker.cli.output import echo, run_async, set_format, set_level
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands

logger = logging.getLogger(__name__)


def poll(app: App, args: argparse.Namespace) -> int:
    """One cycle over all feeds, then its summary line; 1 when a stage or every feed failed."""
    from tracker.runtime.pipeline import CycleStats, default_stages, run_cycle
    from tracker.runtime.startup import running_platforms
    from tracker.usecases import ingest

    async def cycle() -> CycleStats:
        async with app.database() as db, running_platforms(
                db, app.settings, app.platforms) as notifiers:
            return await run_cycle(db, app.settings, default_stages(notifiers), force=True)

    try:
        stats = run_async(cycle())
    finally:
        ingest.shutdown_pool()
    echo(stats.summary())
    if stats.crashed:
        name, error = stats.failures[0]
        raise UserError(f"stage {name} failed: {error}")
    polled = stats.poll
    if polled is not None and polled.feeds_polled and polled.feeds_failed == polled.feeds_polled:
        raise UserError(f"every feed failed ({polled.feeds_failed}); see `tracker feeds list`")
    return 0


def run(app: App, args: argparse.Namespace) -> int:
    """The service until SIGINT/SIGTERM: the scheduled cycle, delivery and the chat bots.

    --role worker: poll, extract, match, queue and deliver (any number of them);
    --role bots: the chat bots' commands and buttons (one at a time holds them; the
    others wait to take over); --role all (default): both. worker and bots need PostgreSQL.
    """
    from tracker.runtime.roles import Role, check_role
    from tracker.runtime.scheduler import run_service
    from tracker.usecases import ingest

    settings = app.settings
    role = Role(args.role)
    check_role(role, settings)
    if not app.debug:
        set_level(settings.logging.level)
    if args.log_format is None:
        set_format(settings.logging.format)

    async def reachable() -> None:
        async with app.database():  # an unreachable server is one line here, not a traceback
            pass

    run_async(reachable())
    try:
        run_async(run_service(settings, app.platforms, services=app.services, role=role))
    finally:
        ingest.shutdown_pool()
    echo("stopped")
    return 0


def demo(app: App, args: argparse.Namespace) -> int:
    """One full cycle on bundled sample feeds, offline, printing posts to the console."""
    from tracker.runtime.demo import run_demo

    run_async(run_demo(app.console()))
    return 0


def register(commands: Commands) -> None:
    """Add `demo`, `run` and `poll`."""
    commands.add_parser(
        "demo", help="one full cycle on bundled samples, offline, in a temporary database",
        description=demo.__doc__).set_defaults(run=demo)
    parser = commands.add_parser(
        "run", help="the service: scheduled cycle, delivery, chat bots (until Ctrl-C/SIGTERM)",
        description=run.__doc__)
    parser.add_argument("--role", choices=("all", "worker", "bots"), default="all",
                        help="what this process does (worker and bots need PostgreSQL)")
    parser.set_defaults(run=run)
    parser = commands.add_parser(
        "poll", help="one cycle over all feeds (fetch, extract, match, queue, deliver)",
        description=poll.__doc__)
    parser.add_argument("--once", action="store_true",
                        help="accepted for compatibility: poll always runs one cycle")
    parser.set_defaults(run=poll)
