"""`tracker match`: match a statement (or a batch of them) against the published rebuttals."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any

import typer

from tracker.model import MatchResult

logger = logging.getLogger(__name__)


def result_json(result: MatchResult) -> dict[str, Any]:
    """The JSON shape of a match result."""
    return {
        "decision": result.decision.value,
        "matches": [{"rebuttal_id": m.rebuttal_id, "score": m.score} for m in result.matches],
    }


async def _load_matcher() -> Any:
    from tracker.cli import STATE
    from tracker.storage.db import open_database
    from tracker.usecases.match import load_matcher

    settings = STATE.settings
    db = await open_database(settings.database.url)
    try:
        from tracker.usecases import curate

        await curate.ensure_seed(db)
        return await load_matcher(db, settings)
    finally:
        await db.dispose()


def _batch_line(matcher: Any, line: str, top: int) -> dict[str, Any]:
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
    except ValueError as exc:  # JSONDecodeError is a ValueError
        return {"id": ident, "error": str(exc).splitlines()[0]}


def _print_table(result: MatchResult) -> None:
    typer.echo(f"decision: {result.decision.value}")
    for rank, m in enumerate(result.matches, start=1):
        typer.echo(f"{rank:>2}  {m.score:6.3f}  {m.rebuttal_id}")


_BATCH_OPTION = typer.Option(
    None, "--batch", help="JSON lines with 'text' (and optional 'id'); '-' for stdin."
)


def register(app: typer.Typer) -> None:
    """Add `tracker match`."""

    @app.command("match")
    def match_cmd(
        text: str | None = typer.Argument(None, help="The statement to match."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        top: int = typer.Option(5, "--top", min=1, max=50, help="How many rebuttals to list."),
        batch: Path | None = _BATCH_OPTION,
    ) -> None:
        """Rank the published rebuttals for a statement and decide match / suggest / none."""
        from tracker.cli import UserError

        if (text is None) == (batch is None):
            raise UserError("give either a TEXT or --batch FILE")
        if batch is not None and str(batch) != "-" and not batch.is_file():
            raise UserError(f"batch file not found: {batch}")
        matcher = asyncio.run(_load_matcher())
        if batch is None:
            assert text is not None
            result = matcher.match(text, top_k=top)
            if as_json:
                typer.echo(json.dumps(result_json(result), ensure_ascii=False))
            else:
                _print_table(result)
            return
        stream = sys.stdin if str(batch) == "-" else batch.open(encoding="utf-8", errors="replace")
        with stream:
            for line in stream:
                if line.strip():
                    typer.echo(json.dumps(_batch_line(matcher, line, top), ensure_ascii=False))
