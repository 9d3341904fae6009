"""`tracker rebuttals`: import, export, list and inspect the rebuttal database."""

from __future__ import annotations

import argparse
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tracker.cli import UserError
from tracker.cli.output import echo, run_async
from tracker.cli.parser import command, group
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands
    from tracker.model import Rebuttal
    from tracker.storage.db import Database

T = TypeVar("T")
STATUSES = ("draft", "published", "retired")
FORMATS = ("yaml", "json", "claimreview")


def _with_db(app: App, work: Callable[[Database], Awaitable[T]]) -> T:
    """Open the configured database (migrated, seeded), run ``work`` and close it."""
    from tracker import rebuttals
    from tracker.usecases import rebuttal_import
    from tracker.usecases.rebuttal_changes import RebuttalNotFound

    async def run() -> T:
        async with app.database() as db:
            await rebuttal_import.ensure_seed(db)
            return await work(db)

    try:
        return run_async(run())
    except (rebuttals.RebuttalFormatError, RebuttalNotFound) as exc:
        raise UserError(str(exc)) from None


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _read_file(path: Path) -> list[Rebuttal]:
    from tracker import rebuttals

    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from None
    fmt = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        return rebuttals.loads(text, fmt=fmt)
    except rebuttals.RebuttalFormatError as exc:
        raise UserError(str(exc)) from None
    except RecursionError:  # a hostile file: 50,000 nested lists
        raise UserError(f"rebuttal file: not valid {fmt}: nested too deeply") from None


def import_(app: App, args: argparse.Namespace) -> int:
    """Create or update rebuttals from a file (by id; all or nothing)."""
    from tracker.usecases import rebuttal_import

    path = Path(args.file)
    items = _read_file(path)
    report = _with_db(app, lambda db: rebuttal_import.import_rebuttals(
        db, items, actor=f"import:{path.name}"))
    echo(f"created {len(report.created)}, updated {len(report.updated)}, "
         f"unchanged {len(report.unchanged)}")
    for label, ids in (("created", report.created), ("updated", report.updated),
                       ("unchanged", report.unchanged)):
        for rid in ids:
            echo(f"  {label}: {rid}")
    return 0


def export(app: App, args: argparse.Namespace) -> int:
    """Write every rebuttal in the import format, or the published ones as ClaimReview JSON-LD."""
    from tracker import rebuttals
    from tracker.usecases import curate

    if args.format == "claimreview":
        text, count = _claimreview(app, args)
    else:
        items = _with_db(app, curate.list_rebuttals)
        count = len(items)
        if args.format == "yaml":
            text = rebuttals.dumps_yaml(items)
        else:
            text = json.dumps([rebuttals.rebuttal_to_dict(r) for r in items],
                              ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        print(text, end="")
        return 0
    try:
        Path(args.output).write_text(text, "utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {args.output}: {exc}") from None
    echo(f"wrote {count} {'reviews' if args.format == 'claimreview' else 'rebuttals'} to "
         f"{args.output}", err=True)
    return 0


def _claimreview(app: App, args: argparse.Namespace) -> tuple[str, int]:
    """The published rebuttals as ClaimReview JSON-LD, and how many reviews that is."""
    from tracker.errors import UsageError
    from tracker.usecases.claimreview import claimreviews

    if not args.url_base:
        raise UsageError("--format claimreview needs --url-base, the base URL of the review "
                         "pages (e.g. https://example.org/r: each review is at .../<id>)")
    reviews = _with_db(app, lambda db: claimreviews(db, organization=args.organization,
                                                    url_base=args.url_base))
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", len(reviews)


def list_(app: App, args: argparse.Namespace) -> int:
    """One line per rebuttal: id, status, version, tags, claim."""
    from tracker.model import RebuttalStatus
    from tracker.usecases import curate

    wanted = RebuttalStatus(args.status) if args.status else None
    for r in _with_db(app, lambda db: curate.list_rebuttals(db, status=wanted)):
        echo(f"{r.id}\t{r.status.value}\tv{r.version}\t{','.join(r.tags)}\t"
             f"{_short(r.claim_en)}")
    return 0


async def _require(db: Database, rebuttal_id: str) -> Rebuttal:
    from tracker.usecases import curate

    found = await curate.get_rebuttal(db, rebuttal_id)
    if found is None:
        raise curate.RebuttalNotFound(rebuttal_id)
    return found


def show(app: App, args: argparse.Namespace) -> int:
    """Show one rebuttal in the file format (YAML)."""
    from tracker import rebuttals

    r = _with_db(app, lambda db: _require(db, args.id))
    echo(f"# version {r.version}, created by {r.created_by}")
    print(rebuttals.dumps_yaml([r]), end="")
    return 0


def phrasings(app: App, args: argparse.Namespace) -> int:
    """List the phrasings of a claim with their origin (seed, admin, statement)."""
    from tracker.usecases import curate

    for p in _with_db(app, lambda db: curate.phrasings(db, args.id)):
        origin = p.origin + (f":{p.statement_id}" if p.statement_id is not None else "")
        echo(f"{p.language}\t{origin}\t{p.text}")
    return 0


def history(app: App, args: argparse.Namespace) -> int:
    """List the revisions of a rebuttal: version, action, who, when."""
    from tracker.usecases import curate

    for rev in _with_db(app, lambda db: curate.revisions(db, args.id)):
        echo(f"v{rev.version}\t{rev.action}\t{rev.changed_by}\t"
             f"{rev.changed_at.isoformat(timespec='seconds')}")
    return 0


def register(commands: Commands) -> None:
    """Add the `rebuttals` group."""
    rebuttals = group(commands, "rebuttals", "the rebuttal database: import, export, inspect")
    parser = command(rebuttals, "import", import_, "create or update rebuttals from a file")
    parser.add_argument("file", metavar="FILE", help="YAML or JSON file of rebuttals")
    parser = command(rebuttals, "export", export, "every rebuttal as YAML, JSON or ClaimReview")
    parser.add_argument("-f", "--format", choices=FORMATS, default="yaml",
                        help="yaml (default), json or claimreview")
    parser.add_argument("-o", "--output", metavar="FILE", help="file (default stdout)")
    parser.add_argument("--organization", default="statement-tracker", metavar="NAME",
                        help="claimreview: the reviewing organisation (the reviews' author)")
    parser.add_argument("--url-base", metavar="URL",
                        help="claimreview: where the reviews are published; each one's page "
                             "is URL/<id> (required with --format claimreview)")
    parser = command(rebuttals, "list", list_, "one line per rebuttal")
    parser.add_argument("-s", "--status", choices=STATUSES, help="only this status")
    for name, run, text in (("show", show, "one rebuttal in the file format"),
                            ("phrasings", phrasings, "the phrasings the matcher uses"),
                            ("history", history, "the revision history")):
        command(rebuttals, name, run, text).add_argument("id", metavar="ID")
