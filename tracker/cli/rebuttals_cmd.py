"""`tracker rebuttals`: import, export, list and inspect the rebuttal database."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from tracker.model import Rebuttal, RebuttalStatus

T = TypeVar("T")

group = typer.Typer(help="The rebuttal database: import, export, list, inspect.",
                    no_args_is_help=True)


def _error(message: str) -> typer.Exit:
    """Print a one-line error; the caller raises the result (exit status 1)."""
    typer.echo(f"error: {message.splitlines()[0] if message else 'failed'}", err=True)
    return typer.Exit(1)


def _with_db(work: Callable[[Any], Awaitable[T]]) -> T:
    """Open the configured database (migrated, seeded), run ``work`` and close it."""
    from tracker import rebuttals
    from tracker.cli import STATE
    from tracker.storage.db import open_database
    from tracker.usecases import curate

    async def run() -> T:
        db = await open_database(STATE.settings.database.url)
        try:
            await curate.ensure_seed(db)
            return await work(db)
        finally:
            await db.dispose()

    try:
        return asyncio.run(run())
    except (rebuttals.RebuttalFormatError, curate.RebuttalNotFound) as exc:
        raise _error(str(exc)) from None


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _read_file(path: Path) -> list[Rebuttal]:
    from tracker import rebuttals

    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(f"cannot read {path}: {exc}") from None
    fmt = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        return rebuttals.loads(text, fmt=fmt)
    except rebuttals.RebuttalFormatError as exc:
        raise _error(str(exc)) from None


@group.command("import")
def import_cmd(
    file: Path = typer.Argument(..., help="YAML or JSON file of rebuttals."),  # noqa: B008
) -> None:
    """Create or update rebuttals from a file (by id; all or nothing)."""
    from tracker.usecases import curate

    items = _read_file(file)
    report = _with_db(lambda db: curate.import_rebuttals(db, items,
                                                            actor=f"import:{file.name}"))
    typer.echo(f"created {len(report.created)}, updated {len(report.updated)}, "
               f"unchanged {len(report.unchanged)}")
    for label, ids in (("created", report.created), ("updated", report.updated),
                       ("unchanged", report.unchanged)):
        for rid in ids:
            typer.echo(f"  {label}: {rid}")


@group.command("export")
def export_cmd(
    fmt: str = typer.Option("yaml", "--format", "-f", help="yaml, json or claimreview."),
    output: Path | None = typer.Option(  # noqa: B008
        None, "--output", "-o", help="File (default stdout)."),
    organization: str = typer.Option("statement-tracker", help="ClaimReview author name."),
) -> None:
    """Write every rebuttal in the import format, or as ClaimReview JSON-LD."""
    from tracker import rebuttals
    from tracker.usecases import curate

    if fmt not in ("yaml", "json", "claimreview"):
        raise _error(f"unknown format '{fmt}' (use yaml, json or claimreview)")
    items = _with_db(curate.list_rebuttals)
    if fmt == "yaml":
        text = rebuttals.dumps_yaml(items)
    elif fmt == "json":
        text = json.dumps([rebuttals.rebuttal_to_dict(r) for r in items], ensure_ascii=False,
                          indent=2) + "\n"
    else:
        text = json.dumps(rebuttals.to_claimreview(items, organization=organization),
                          ensure_ascii=False, indent=2) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, "utf-8")
    except OSError as exc:
        raise _error(f"cannot write {output}: {exc}") from None
    typer.echo(f"wrote {len(items)} rebuttals to {output}", err=True)


@group.command("list")
def list_cmd(status: str | None = typer.Option(None, "--status", "-s",
                                               help="draft, published or retired.")) -> None:
    """One line per rebuttal: id, status, version, tags, claim."""
    from tracker.usecases import curate

    if status is not None and status not in {s.value for s in RebuttalStatus}:
        raise _error(f"unknown status '{status}' (use draft, published or retired)")
    wanted = RebuttalStatus(status) if status else None
    items = _with_db(lambda db: curate.list_rebuttals(db, status=wanted))
    for r in items:
        typer.echo(f"{r.id}\t{r.status.value}\tv{r.version}\t{','.join(r.tags)}\t"
                   f"{_short(r.claim_en)}")


async def _require(db: Any, rebuttal_id: str) -> Rebuttal:
    from tracker.usecases import curate

    found = await curate.get_rebuttal(db, rebuttal_id)
    if found is None:
        raise curate.RebuttalNotFound(rebuttal_id)
    return found


@group.command("show")
def show_cmd(rebuttal_id: str = typer.Argument(..., metavar="ID")) -> None:
    """Show one rebuttal in the file format (YAML)."""
    from tracker import rebuttals

    r = _with_db(lambda db: _require(db, rebuttal_id))
    typer.echo(f"# version {r.version}, created by {r.created_by}")
    typer.echo(rebuttals.dumps_yaml([r]), nl=False)


@group.command("phrasings")
def phrasings_cmd(rebuttal_id: str = typer.Argument(..., metavar="ID")) -> None:
    """List the phrasings of a claim with their origin (seed, admin, statement)."""
    from tracker.usecases import curate

    items = _with_db(lambda db: curate.phrasings(db, rebuttal_id))
    for p in items:
        origin = p.origin + (f":{p.statement_id}" if p.statement_id is not None else "")
        typer.echo(f"{p.language}\t{origin}\t{p.text}")


@group.command("history")
def history_cmd(rebuttal_id: str = typer.Argument(..., metavar="ID")) -> None:
    """List the revisions of a rebuttal: version, action, who, when."""
    from tracker.usecases import curate

    items = _with_db(lambda db: curate.revisions(db, rebuttal_id))
    for rev in items:
        typer.echo(f"v{rev.version}\t{rev.action}\t{rev.changed_by}\t"
                   f"{rev.changed_at.isoformat(timespec='seconds')}")


def register(app: typer.Typer) -> None:
    """Add the `rebuttals` group to the app."""
    app.add_typer(group, name="rebuttals")
