"""`tracker extract`: the statements found in one text, or in several files (batch).

Offsets (start/end) are character offsets into the text as read: the decoded
file for plain text; the extracted plain text for HTML; for a transcript
(.vtt/.srt/.json), the segment texts joined with newlines; for an RSS or Atom
feed, the text of the item each statement names (``item``: its link or guid).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli import UserError
from tracker.cli.output import echo, run_async
from tracker.cli.parser import command
from tracker.errors import UsageError
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands
    from tracker.extract import Extractor
    from tracker.model import ExtractedStatement, TranscriptSegment

_TRANSCRIPTS = {".vtt": "vtt", ".srt": "srt", ".json": "json"}
_FEEDS = (".rss", ".atom", ".xml")


def statement_json(st: ExtractedStatement) -> dict[str, Any]:
    """The JSON shape of one statement."""
    return {"text": st.text, "speaker": st.speaker, "watch": st.watch, "language": st.language,
            "confidence": st.confidence, "start": st.start, "end": st.end}


def _is_feed(name: str, body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    looks = head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")
    return looks and (Path(name).suffix.lower() in _FEEDS or b"<rss" in head or b"<feed" in head)


def load_document(name: str, body: bytes) -> tuple[str, tuple[TranscriptSegment, ...] | None]:
    """Text (and transcript segments) of a file, told apart by its extension."""
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


def _extract_feed(extractor: Extractor, name: str, body: bytes) -> list[dict[str, Any]]:
    """Each item of an RSS/Atom document read as the poller stores it (title, then body)."""
    from tracker.feeds.errors import ParseError
    from tracker.feeds.parse import parse_feed

    try:
        feed = parse_feed(body)
    except ParseError as exc:
        raise UserError(f"{name}: {exc}") from None
    return [{**statement_json(st), "item": entry.url or entry.guid}
            for entry in feed.entries
            for st in extractor.extract(entry.text, title=entry.title, guests=entry.guests)]


def _extract(extractor: Extractor, name: str, body: bytes) -> list[dict[str, Any]]:
    if _is_feed(name, body):
        return _extract_feed(extractor, name, body)
    text, segments = load_document(name, body)
    return [statement_json(s) for s in extractor.extract(text, segments=segments)]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None


async def _fetch(app: App, url: str) -> tuple[str, bytes]:
    """The page body, and a name whose extension says how to read it."""
    from tracker.feeds.fetch import FetchError, fetch, make_session
    from tracker.feeds.guard import UnsafeURL

    polling = app.settings.polling
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
        echo("no statements found")
    for st in found:
        where = f" {st['item']}" if "item" in st else ""
        echo(f"[{st['start']}:{st['end']}]{where} {st['speaker']} ({st['watch']}, "
             f"{st['language']}, {st['confidence']:.2f}): {st['text']}")


def _batch(extractor: Extractor, paths: list[str], as_json: bool) -> int:
    """One result per file (a JSON line with --json); 1 when any file could not be read."""
    failed = 0
    for path in paths:
        try:
            found = _extract(extractor, Path(path).name, _read(Path(path)))
        except UserError as exc:
            failed += 1
            if as_json:
                echo(json.dumps({"file": path, "error": str(exc)}, ensure_ascii=False))
            else:
                echo(f"error: {exc}", err=True)
            continue
        if as_json:
            echo(json.dumps({"file": path, "statements": found}, ensure_ascii=False))
        else:
            echo(f"== {path}")
            _print_table(found)
    return 1 if failed else 0


def extract(app: App, args: argparse.Namespace) -> int:
    """Print the statements a watched speaker makes about a watched topic."""
    from tracker.extract import Extractor

    paths: list[str] = args.paths
    if sum(bool(x) for x in (paths, args.file, args.url)) != 1 or ("-" in paths and len(paths) > 1):
        raise UsageError("tracker extract: give exactly one of --file PATH, --url URL, '-' "
                         "or PATH...")
    extractor = Extractor(app.settings.watch_list())
    if len(paths) > 1 or (paths and paths[0] != "-" and args.json):
        return _batch(extractor, paths, args.json)
    if args.url:
        found = _extract(extractor, *run_async(_fetch(app, args.url)))
    elif args.file or paths[0] != "-":
        path = Path(args.file or paths[0])
        found = _extract(extractor, path.name, _read(path))
    else:
        found = _extract(extractor, "stdin.txt", sys.stdin.buffer.read())
    if args.json:
        echo(json.dumps({"statements": found}, ensure_ascii=False))
    else:
        _print_table(found)
    return 0


def register(commands: Commands) -> None:
    """Add `tracker extract`."""
    parser = command(commands, "extract", extract, "the statements in a text, file, page or feed")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files (several: one result each), or '-' for stdin")
    parser.add_argument("--file", metavar="PATH", help="one file to read")
    parser.add_argument("--url", metavar="URL", help="a page or feed to fetch and read")
    parser.add_argument("--json", action="store_true",
                        help="print JSON (one line per file with several files)")
