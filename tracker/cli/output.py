"""What the CLI prints: one scrubbed stream for stdout and stderr, and its logging.

Every line the process prints goes through the App's :class:`Redactor` - the
commands' output, log records, a library's message, the traceback of ``--debug`` -
because a Bot API URL carries the token and libraries put tokens in their errors.
"""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from collections.abc import Coroutine, Iterator
from typing import Any, TextIO, TypeVar

from tracker.runtime.bootstrap import Redactor

T = TypeVar("T")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# What a log record may carry through ``extra=``: the ids a JSON line names.
LOG_IDS = ("feed_id", "item_id", "statement_id", "destination_id", "delivery_id")
# Loggers that are noise at INFO and DEBUG: SQL (only with --debug-sql), the
# migration runner's plugin and context lines, every request URL (it carries the token).
_QUIET = {"sqlalchemy": logging.WARNING, "aiosqlite": logging.INFO, "alembic": logging.WARNING,
          "httpx": logging.WARNING, "httpcore": logging.INFO, "asyncio": logging.INFO,
          "jieba": logging.WARNING}


class ScrubbedStream(io.TextIOBase):
    """A text stream that writes whole lines, scrubbed, to another stream."""

    def __init__(self, target: TextIO, redactor: Redactor) -> None:
        super().__init__()
        self.target, self.redactor, self._pending = target, redactor, ""

    def write(self, text: str) -> int:
        self._pending += text
        if "\n" in self._pending:
            lines, _, self._pending = self._pending.rpartition("\n")
            self.target.write(self.redactor.scrub(lines + "\n"))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.target.write(self.redactor.scrub(self._pending))
            self._pending = ""
        self.target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", None) or "utf-8"

    @property
    def buffer(self) -> object:
        """Binary writes bypass scrubbing; nothing of ours writes bytes to stdout."""
        return getattr(self.target, "buffer", None)


@contextlib.contextmanager
def scrubbed(redactor: Redactor, *, restore: bool = True) -> Iterator[None]:
    """Route sys.stdout and sys.stderr through the redactor while the CLI runs
    (and, without ``restore``, until the process ends)."""
    saved = sys.stdout, sys.stderr
    sys.stdout = ScrubbedStream(saved[0], redactor)
    sys.stderr = ScrubbedStream(saved[1], redactor)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        if restore:
            sys.stdout, sys.stderr = saved


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the ids, the error."""

    def format(self, record: logging.LogRecord) -> str:
        import json
        from datetime import UTC, datetime

        event: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        for key in LOG_IDS:
            value = getattr(record, key, None)
            if value is not None:
                event[key] = value
        if record.exc_info:
            event["error"] = self.formatException(record.exc_info)
        # The stream scrubs secrets after this; "***" keeps the line valid JSON.
        return json.dumps(event, ensure_ascii=False, default=str)


def _formatter(fmt: str) -> logging.Formatter:
    return JsonFormatter() if fmt == "json" else logging.Formatter(LOG_FORMAT)


def set_format(fmt: str) -> None:
    """Switch our log handler to ``fmt`` ("text" | "json"): ``tracker run`` applies
    logging.format once the settings are loaded."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_tracker", False):
            handler.setFormatter(_formatter(fmt))


class ScrubFilter(logging.Filter):
    """Scrubs a record's message and exception before it is formatted.

    The stream scrubs every line again; this is for what formatting would hide from
    it: a JSON line escapes a password's quote or backslash, so the stream would not
    recognise it.
    """

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg, record.args = self.redactor.scrub(record.getMessage()), None
        except Exception:  # a bad format string: the handler reports it as logging does
            return True
        if record.exc_info and record.exc_info[1] is not None:
            self.redactor.scrub_exception(record.exc_info[1])
            record.exc_text = None
        return True


def configure_logging(level: int, *, debug_sql: bool = False, fmt: str = "text",
                      redactor: Redactor | None = None) -> None:
    """Log to (the scrubbed) stderr at ``level`` as ``fmt``; SQL only with ``debug_sql``."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tracker", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_formatter(fmt))
    if redactor is not None:
        handler.addFilter(ScrubFilter(redactor))
    handler._tracker = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    for name, quiet in _QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, level))
    # Routine at INFO, worth seeing with --debug:
    logging.getLogger("apscheduler").setLevel(logging.WARNING if level > logging.DEBUG else level)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO if debug_sql else logging.NOTSET)
    if debug_sql:
        logging.getLogger("aiosqlite").setLevel(logging.DEBUG)


def set_level(level: int | str) -> None:
    """Change the root level (``tracker run`` logs at ``logging.level``)."""
    logging.getLogger().setLevel(level)


def echo(text: str = "", *, err: bool = False) -> None:
    """Print one line (or several) to stdout, or to stderr with ``err``."""
    print(text, file=sys.stderr if err else sys.stdout)


def run_async(work: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion (asyncio is imported here: `--help` never needs it)."""
    import asyncio

    return asyncio.run(work)
