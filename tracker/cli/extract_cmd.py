"""`tracker extract`: the statements found in one text, or in several files (batch).

Offsets (start/end) are character offsets into the text as read: the decoded
file for plain text; the extracted plain text for HTML; for a transcript
(.vtt/.srt/.json), the segment texts joined with newlines.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import typer

from tracker.extract import Extractor
from tracker.model import ExtractedStatement, TranscriptSegment

_TRANSCRIPTS = {".vtt": "vtt", ".srt": "srt", ".json": "json"}


def statement_json(st: ExtractedStatement) -> dict[str, Any]:
    """The JSON shape of one statement."""
    return {"text": st.text, "speaker": st.speaker, "watch": st.watch, "language": st.language,
            "confidence": st.confidence, "start": st.start, "end": st.end}


def load_document(name: str, body: bytes) -> tuple[str, tuple[TranscriptSegment, ...] | None]:
    """Text (and transcript segments) of a file, told apart by its extension."""
    from tracker.cli import UserError

    suffix = Path(name).suffix.lower()
    if suffix in _TRANSCRIPTS:
        from tracker.feeds.transcripts import TranscriptError, parse_transcript

        try:
            segments = parse_transcript(name, _TRANSCRIPTS[suffix], body).segments
        except TranscriptError as exc:
            raise UserError(str(exc)) from None
        return "\n".join(s.text for s in segments), segments
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if suffix in (".html", ".htm"):
        from tracker.feeds.htmltext import html_to_text

        return html_to_text(text), None
    return text, None


def _extract(extractor: Extractor, name: str, body: bytes) -> list[dict[str, Any]]:
    text, segments = load_document(name, body)
    return [statement_json(s) for s in extractor.extract(text, segments=segments)]


async def _fetch(url: str) -> tuple[str, bytes]:
    """The page body, and a name whose extension says how to read it."""
    from tracker.cli import STATE, UserError
    from tracker.feeds.fetch import FetchError, fetch, make_session
    from tracker.feeds.guard import UnsafeURL

    polling = STATE.settings.polling
    async with make_session(1, polling.user_agent,
                            allow_private=polling.allow_private_hosts) as session:
        try:
            result = await fetch(session, url, timeout=polling.timeout_seconds,
                                 max_bytes=polling.max_bytes,
                                 allow_private=polling.allow_private_hosts)
        except (FetchError, UnsafeURL) as exc:
            raise UserError(str(exc)) from None
    kind = {k.lower(): v for k, v in result.headers.items()}.get("content-type", "")
    name = url.split("?")[0].split("#")[0]
    if "html" in kind and not name.lower().endswith((".html", ".htm")):
        name += ".html"  # a page served as HTML, whatever its path says
    return name, result.body


def _print_table(found: list[dict[str, Any]]) -> None:
    if not found:
        typer.echo("no statements found")
    for st in found:
        typer.echo(f"[{st['start']}:{st['end']}] {st['speaker']} ({st['watch']}, "
                   f"{st['language']}, {st['confidence']:.2f}): {st['text']}")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""

    @app.command("extract")
    def extract_cmd(
        paths: list[Path] = typer.Argument(None, help="Files (batch), or '-' for stdin."),  # noqa: B008
        file: Path | None = typer.Option(None, "--file", help="One file to read."),  # noqa: B008
        url: str | None = typer.Option(None, "--url", help="A page to fetch and read."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """Print the statements a watched speaker makes about a watched topic."""
        from tracker.cli import STATE, UserError

        paths = list(paths or [])
        if sum(bool(x) for x in (paths, file, url)) != 1:
            raise UserError("give exactly one of --file PATH, --url URL, '-' or PATH...")
        extractor = Extractor(STATE.settings.watch_list())
        if len(paths) > 1 or (paths and str(paths[0]) != "-" and as_json):
            for path in paths:
                try:
                    found = _extract(extractor, path.name, _read(path))
                    typer.echo(json.dumps({"file": str(path), "statements": found},
                                          ensure_ascii=False))
                except UserError as exc:
                    typer.echo(json.dumps({"file": str(path), "error": str(exc)},
                                          ensure_ascii=False))
            return
        if url:
            found = _extract(extractor, *asyncio.run(_fetch(url)))
        elif file or str(paths[0]) != "-":
            path = file or paths[0]
            found = _extract(extractor, path.name, _read(path))
        else:
            found = _extract(extractor, "stdin.txt", sys.stdin.buffer.read())
        if as_json:
            typer.echo(json.dumps({"statements": found}, ensure_ascii=False))
        else:
            _print_table(found)


def _read(path: Path) -> bytes:
    from tracker.cli import UserError

    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
