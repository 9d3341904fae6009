"""`tracker deliveries ...` (the outbox) and `tracker backfill`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tracker.cli import UserError
from tracker.cli.output import echo, run_async
from tracker.cli.parser import command, group, int_range
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands


def parse_date(text: str) -> datetime:
    """An argparse type: YYYY-MM-DD or an ISO datetime (UTC when it has no zone)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date '{text}' (use YYYY-MM-DD or an ISO datetime)") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def list_(app: App, args: argparse.Namespace) -> int:
    """List deliveries (id, status, kind, statement, chat, attempts, last error)."""
    from tracker.model import DeliveryStatus
    from tracker.storage import deliveries_repo

    async def rows() -> list[Any]:
        async with app.database() as db, db.session() as s:
            return list(await deliveries_repo.list_all(
                s, status=DeliveryStatus.FAILED if args.failed else None, limit=args.limit))

    # An edit shows its number and why it was queued, unless it has an error to show.
    lines = [f"{r.id}\t{r.status}\t{r.kind}{f' {r.revision}' if r.revision else ''}\t"
             f"statement {r.statement_id}\t"
             f"{r.destination.platform}:{r.destination.chat_id}\tattempts {r.attempts}\t"
             f"{(r.last_error or r.reason or '').splitlines()[0] if r.last_error or r.reason else ''}"
             for r in run_async(rows())]
    echo("\n".join(lines) if lines else "no deliveries")
    return 0


def retry(app: App, args: argparse.Namespace) -> int:
    """Send a failed or cancelled delivery again."""
    from tracker.model import utcnow
    from tracker.storage import deliveries_repo

    async def requeue() -> Any:
        async with app.database() as db, db.transaction() as s:
            return await deliveries_repo.retry(s, args.id, utcnow())

    before = run_async(requeue())
    if before is None:
        raise UserError(f"no delivery {args.id}")
    if before not in deliveries_repo.RETRYABLE:
        raise UserError(f"delivery {args.id} is {before}; only failed or cancelled "
                        "deliveries can be retried")
    echo(f"delivery {args.id} queued again")
    return 0


def backfill(app: App, args: argparse.Namespace) -> int:
    """Post held statements (first contact or too old) published since DATE."""
    from tracker.usecases import queue

    async def work() -> int:
        async with app.database() as db:
            return await queue.backfill(db, app.settings, since=args.since, feed_url=args.feed)

    echo(f"queued {run_async(work())} held statement(s); the delivery worker posts them")
    return 0


def register(commands: Commands) -> None:
    """Add the `deliveries` group and `backfill`."""
    deliveries = group(commands, "deliveries", "the outbox of posts to chats")
    parser = command(deliveries, "list", list_, "the outbox, newest first")
    parser.add_argument("--failed", action="store_true", help="only failed deliveries")
    parser.add_argument("--limit", type=int_range(1, 100_000), default=200,
                        help="at most this many rows (default 200)")
    parser = command(deliveries, "retry", retry, "send a failed or cancelled delivery again")
    parser.add_argument("id", metavar="ID", type=int_range(1, 2**62))
    parser = command(commands, "backfill", backfill, "post held statements on purpose")
    parser.add_argument("--since", required=True, type=parse_date, metavar="DATE",
                        help="YYYY-MM-DD (UTC) or an ISO datetime")
    parser.add_argument("--feed", metavar="URL", help="only this feed's statements")
