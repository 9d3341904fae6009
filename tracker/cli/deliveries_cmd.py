"""`tracker deliveries ...`, `tracker backfill` and `tracker demo`."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import typer

from tracker.model import DeliveryStatus


def _parse_date(text: str) -> datetime:
    from tracker.cli import UserError

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"invalid date '{text}' (use YYYY-MM-DD or an ISO datetime)") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def _list(failed: bool, limit: int) -> list[str]:
    from tracker.cli import STATE
    from tracker.storage import deliveries_repo
    from tracker.storage.db import open_database

    db = await open_database(STATE.settings.database.url)
    try:
        async with db.session() as s:
            rows = await deliveries_repo.list_all(
                s, status=DeliveryStatus.FAILED if failed else None, limit=limit)
    finally:
        await db.dispose()
    return [f"{r.id}\t{r.status}\t{r.kind}\tstatement {r.statement_id}\t"
            f"{r.destination.platform}:{r.destination.chat_id}\tattempts {r.attempts}\t"
            f"{(r.last_error or '').splitlines()[0] if r.last_error else ''}" for r in rows]


async def _retry(delivery_id: int) -> DeliveryStatus | None:
    from tracker.cli import STATE
    from tracker.model import utcnow
    from tracker.storage import deliveries_repo
    from tracker.storage.db import open_database

    db = await open_database(STATE.settings.database.url)
    try:
        async with db.transaction() as s:
            before = await deliveries_repo.retry(s, delivery_id, utcnow())
    finally:
        await db.dispose()
    return before


async def _backfill(since: datetime, feed: str | None) -> int:
    from tracker.cli import STATE
    from tracker.storage.db import open_database
    from tracker.usecases import queue as posting

    db = await open_database(STATE.settings.database.url)
    try:
        return await posting.backfill(db, STATE.settings, since=since, feed_url=feed)
    finally:
        await db.dispose()


def register(app: typer.Typer) -> None:
    """Add the delivery commands to the app."""
    from tracker.cli import UserError
    from tracker.storage.deliveries_repo import RETRYABLE

    deliveries = typer.Typer(help="The outbox of posts to chats.", no_args_is_help=True)

    @deliveries.command("list")
    def list_cmd(failed: bool = typer.Option(False, "--failed", help="Only failed deliveries."),
                 limit: int = typer.Option(200, help="At most this many rows.")) -> None:
        """List deliveries (id, status, kind, statement, chat, attempts, last error)."""
        lines = asyncio.run(_list(failed, limit))
        typer.echo("\n".join(lines) if lines else "no deliveries")

    @deliveries.command("retry")
    def retry_cmd(delivery_id: int = typer.Argument(..., metavar="ID")) -> None:
        """Send a failed or cancelled delivery again."""
        before = asyncio.run(_retry(delivery_id))
        if before is None:
            raise UserError(f"no delivery {delivery_id}")
        if before not in RETRYABLE:
            raise UserError(f"delivery {delivery_id} is {before}; only failed or cancelled "
                            "deliveries can be retried")
        typer.echo(f"delivery {delivery_id} queued again")

    @app.command("backfill")
    def backfill_cmd(since: str = typer.Option(..., "--since", help="YYYY-MM-DD (UTC)."),
                     feed: str | None = typer.Option(None, "--feed", help="Only this feed URL.")
                     ) -> None:
        """Post held statements (first contact or too old) published since DATE."""
        n = asyncio.run(_backfill(_parse_date(since), feed))
        typer.echo(f"queued {n} held statement(s); the delivery worker posts them")

    @app.command("demo")
    def demo_cmd() -> None:
        """Run one full cycle on bundled sample feeds, offline, printing posts to the console."""
        from tracker.cli import STATE
        from tracker.config import Settings
        from tracker.runtime.demo import run_demo

        if STATE.platform_factory is None:
            raise UserError("the demo needs the console platform: run it as `tracker demo`")
        # Without a token the factory gives the console: the demo prints its posts there.
        notifier = STATE.platform_factory(Settings(), None)[0].notifier
        asyncio.run(run_demo(notifier))

    app.add_typer(deliveries, name="deliveries")
