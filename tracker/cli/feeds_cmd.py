"""`tracker feeds ...`: add, list, pause, resume and remove the polled feeds; OPML in and out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tracker.cli import UserError
from tracker.cli.output import echo, run_async
from tracker.cli.parser import command, group
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands
    from tracker.config import Settings
    from tracker.model import Feed, FeedKind
    from tracker.storage.db import Database

T = TypeVar("T")


def with_db(app: App, work: Callable[[Database, Settings], Awaitable[T]]) -> T:
    """Run ``work(db, settings)`` on the migrated configured database, then close it."""
    from tracker.usecases import ingest

    async def main() -> T:
        async with app.database() as db:
            return await work(db, app.settings)

    try:
        return run_async(main())
    finally:
        ingest.shutdown_pool()


def feed_kind(text: str) -> FeedKind:
    """An argparse type: a feed kind (checked when parsed, so `--help` needs no model)."""
    from tracker.model import FeedKind

    try:
        return FeedKind(text.lower())
    except ValueError:
        kinds = [k.value for k in FeedKind]
        raise argparse.ArgumentTypeError(
            f"invalid kind '{text}' (use {', '.join(kinds[:-1])} or {kinds[-1]})") from None


def _health(feed: Feed) -> str:
    from tracker.feeds.health import describe_health
    from tracker.model import FeedOff

    if not feed.active and feed.inactive_reason == FeedOff.UNLISTED:
        return "inactive (not in the config)"
    if not feed.active and feed.inactive_reason:
        return str(feed.inactive_reason)
    return describe_health(feed)


def _feed_line(feed: Feed, lease: tuple[str, datetime] | None = None,
               now: datetime | None = None) -> str:
    polled = feed.last_polled_at.strftime("%Y-%m-%d %H:%M") if feed.last_polled_at else "never"
    name = f" {feed.name}" if feed.name else ""
    health = _health(feed) + _skip_note(feed, lease, now)
    return f"{feed.id:>4} {feed.kind.value:<7} {health:<10} polled {polled}  {feed.url}{name}"


def _skip_note(feed: Feed, lease: tuple[str, datetime] | None, now: datetime | None) -> str:
    """Why the next poll leaves the feed out: another process holds it, or it backs off."""
    if lease is not None:
        return f", held by {lease[0]} until {lease[1]:%H:%M:%S} UTC"
    due = feed.next_poll_at
    if feed.active and feed.error_count and due is not None and now is not None and due > now:
        return f", backing off until {due:%Y-%m-%d %H:%M:%S} UTC"
    return ""


def add(app: App, args: argparse.Namespace) -> int:
    """Add a feed (http/https; private addresses only with polling.allow_private_hosts)."""
    from tracker.usecases import ingest

    feed = with_db(app, lambda db, s: ingest.add_feed(
        db, s, args.url, args.kind, args.name, speaker=args.speaker, added_by="cli"))
    echo(f"added feed {feed.id}: {feed.url} ({feed.kind.value})")
    return 0


def list_(app: App, args: argparse.Namespace) -> int:
    """Every feed with its health (FAILING after 5 errors in a row; paused; inactive)."""
    from tracker.usecases import ingest

    async def work(db: Database, settings: Settings
                   ) -> tuple[list[Feed], dict[int, tuple[int, int, str]],
                              dict[int, tuple[str, datetime]]]:
        await ingest.sync_feeds(db, settings)
        return (await ingest.list_feeds(db, include_removed=args.all),
                await ingest.failed_extractions(db), await ingest.feed_leases(db))

    feeds, failed, leases = with_db(app, work)
    now = datetime.now(UTC)
    for feed in feeds:
        echo(_feed_line(feed, leases.get(feed.id), now))
        if feed.id in failed:
            count, item_id, error = failed[feed.id]
            echo(f"{'':>5}{count} item(s) failed extraction; latest: item {item_id}: "
                 f"{' '.join(error.split())[:200]}")
    if not feeds:
        echo("no feeds")
    return 0


def _change(verb: str) -> Callable[[App, argparse.Namespace], int]:
    def change(app: App, args: argparse.Namespace) -> int:
        from tracker.usecases import ingest

        action = {"paused": ingest.pause_feed, "resumed": ingest.resume_feed,
                  "removed": ingest.remove_feed}[verb]
        feed = with_db(app, lambda db, _s: action(db, args.feed))
        echo(f"feed {feed.id} {verb}: {feed.url}")
        return 0

    return change


def import_opml(app: App, args: argparse.Namespace) -> int:
    """Add every feed listed in an OPML file."""
    from tracker.usecases import ingest

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    added, problems = with_db(app, lambda db, s: ingest.import_opml(db, s, data))
    for problem in problems:
        echo(f"skipped: {problem}", err=True)
    echo(f"imported {added} feeds ({len(problems)} skipped)")
    return 0


def export_opml(app: App, args: argparse.Namespace) -> int:
    """Print every feed (removed ones excepted) as OPML 2.0."""
    from tracker.usecases import ingest

    sys.stdout.write(with_db(app, lambda db, _s: ingest.export_opml(db)))
    return 0


def register(commands: Commands) -> None:
    """Add the `feeds` group."""
    feeds = group(commands, "feeds", "manage the polled feeds")
    parser = command(feeds, "add", add, "add a feed")
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--kind", type=feed_kind, default="news",
                        help="news (default), podcast, video, or posts (one speaker's own words)")
    parser.add_argument("--name", default="", help="display name")
    parser.add_argument("--speaker", default="",
                        help="kind posts: the watched speaker whose own words the feed carries")
    parser = command(feeds, "list", list_, "every feed with its health")
    parser.add_argument("--all", action="store_true", help="removed feeds too")
    for name, verb, text in (("pause", "paused", "stop polling a feed until it is resumed"),
                             ("resume", "resumed", "poll a paused feed again"),
                             ("remove", "removed", "stop polling a feed and hide it (its items "
                                                   "and statements are kept; `feeds add` brings "
                                                   "it back)")):
        parser = feeds.add_parser(name, help=text, description=text)
        parser.add_argument("feed", metavar="ID_OR_URL", help="the feed's id or URL")
        parser.set_defaults(run=_change(verb))
    parser = command(feeds, "import-opml", import_opml, "add every feed of an OPML file")
    parser.add_argument("file", metavar="FILE")
    command(feeds, "export-opml", export_opml, "print the feeds as OPML 2.0")
