"""`tracker match`: match a statement (or a batch of them) against the published rebuttals."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli.output import echo, run_async
from tracker.cli.parser import command, int_range
from tracker.errors import UsageError
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands
    from tracker.match.matcher import Matcher
    from tracker.model import MatchResult


def result_json(result: MatchResult) -> dict[str, Any]:
    """The JSON shape of a match result."""
    return {
        "decision": result.decision.value,
        "matches": [{"rebuttal_id": m.rebuttal_id, "score": m.score,
                     **({} if m.judge is None else {"judge": m.judge})}
                    for m in result.matches],
    }


def _load_matcher(app: App) -> Matcher:
    """The matcher of the configured database; without one (a SQLite file that does not
    exist yet), of the bundled rebuttals, built in memory: nothing is created here."""
    if not app.database_exists():
        from tracker.usecases.bundled import bundled_matcher

        echo(f"note: no database at {app.settings.database.url}: matching against the "
             "bundled rebuttals", err=True)
        return bundled_matcher(app.settings)

    from tracker.usecases import rebuttal_import
    from tracker.usecases.match import load_matcher

    async def load() -> Matcher:
        async with app.database() as db:
            await rebuttal_import.ensure_seed(db)
            return await load_matcher(db, app.settings)

    return run_async(load())


def _batch_line(matcher: Matcher, line: str, top: int) -> dict[str, Any]:
    """One output line for one input line; a bad line yields an error line."""
    ident: Any = None
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("a line must be a JSON object")
        ident = data.get("id")
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValueError("missing or empty 'text'")
        return {"id": ident, **result_json(matcher.match(text, top_k=top))}
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        return {"id": ident, "error": str(exc).splitlines()[0]}


def _print_table(result: MatchResult) -> None:
    echo(f"decision: {result.decision.value}")
    for rank, m in enumerate(result.matches, start=1):
        judged = "" if m.judge is None else f"  (pair judge {m.judge:.3f})"
        echo(f"{rank:>2}  {m.score:6.3f}  {m.rebuttal_id}{judged}")


def match(app: App, args: argparse.Namespace) -> int:
    """Rank the published rebuttals for a statement and decide match / suggest / none."""
    text, batch = args.text, args.batch
    if (text is None) == (batch is None):
        raise UsageError("tracker match: give either a TEXT or --batch FILE")
    if text is not None and not text.strip():
        raise UsageError("tracker match: TEXT is empty")
    if batch is not None and batch != "-" and not Path(batch).is_file():
        raise UsageError(f"tracker match: batch file not found: {batch}")
    matcher = _load_matcher(app)
    if text is not None:
        result = matcher.match(text, top_k=args.top)
        if args.json:
            echo(json.dumps(result_json(result), ensure_ascii=False))
        else:
            _print_table(result)
        return 0
    stream = sys.stdin if batch == "-" else open(batch, encoding="utf-8", errors="replace")  # noqa: SIM115
    with stream:
        for line in stream:
            if line.strip():
                echo(json.dumps(_batch_line(matcher, line, args.top), ensure_ascii=False))
    return 0


def register(commands: Commands) -> None:
    """Add `tracker match`."""
    parser = command(commands, "match", match, "rank the rebuttals that answer a statement")
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the statement to match")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--top", type=int_range(1, 50), default=5, metavar="K",
                        help="how many rebuttals to list (1-50, default 5)")
    parser.add_argument("--batch", metavar="FILE",
                        help="JSON lines with 'text' (and optional 'id'); '-' for stdin")
