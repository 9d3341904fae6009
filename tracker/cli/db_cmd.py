"""`tracker db ...`: schema migrations."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    db_app = typer.Typer(help="Database schema.", no_args_is_help=True)

    @db_app.command("upgrade")
    def upgrade_cmd() -> None:
        """Apply pending migrations to the configured database."""
        from tracker.cli import STATE
        from tracker.storage import db

        url = STATE.settings.database.url
        db.upgrade(url)
        typer.echo(f"database at revision {db.current_revision(url)}")

    app.add_typer(db_app, name="db")
