"""The ``tracker`` command.

Entry points only translate arguments and call services. Errors print one line
on stderr and exit non-zero; ``--debug`` shows the traceback. Chat platforms are
injected by the composition root (``adapters.main``), since the core never
imports adapters.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from tracker.config import ConfigError, Settings, load_settings
from tracker.errors import TrackerError

logger = logging.getLogger(__name__)


class UserError(TrackerError):
    """A problem the user can fix; printed as one line, exit status 1."""


@dataclass
class CliState:
    config: Path | None = None
    debug: bool = False
    _settings: Settings | None = None
    # Set by the composition root: builds the chat platforms for `run`/`poll`/`demo`.
    platform_factory: Callable[..., Any] | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config)
            for token in (self._settings.telegram.token, self._settings.discord.token):
                if token is not None:
                    REDACT.secrets.add(token.get_secret_value())
        return self._settings


class RedactSecrets(logging.Filter):
    """Replaces the configured bot tokens in every log record (the Telegram token is
    part of every Bot API URL, and libraries log URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            text = record.getMessage()
            clean = text
            for secret in self.secrets:
                if secret:
                    clean = clean.replace(secret, "***")
            if clean != text:
                record.msg, record.args = clean, None
        return True


REDACT = RedactSecrets()


STATE = CliState()

app = typer.Typer(
    name="tracker",
    help="Track what a public figure says about a topic and post it with counterpoints.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    config: Path | None = typer.Option(
        None, "--config", "-c", envvar="TRACKER_CONFIG", help="TOML config file (default ./tracker.toml)."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks and debug logs."),
) -> None:
    STATE.config = config
    STATE.debug = debug
    STATE._settings = None
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for handler in logging.getLogger().handlers:
        if REDACT not in handler.filters:
            handler.addFilter(REDACT)
    # httpx logs every request URL at INFO, and a Bot API URL carries the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _register_commands() -> None:
    from tracker.cli import db_cmd, deliveries_cmd, extract_cmd, feeds_cmd, match_cmd, rebuttals_cmd

    for module in (db_cmd, feeds_cmd, extract_cmd, rebuttals_cmd, match_cmd, deliveries_cmd):
        module.register(app)


_register_commands()


def main(argv: list[str] | None = None, platform_factory: Callable[..., Any] | None = None) -> int:
    """Run the CLI; returns the exit status (2 for configuration errors)."""
    if platform_factory is not None:
        STATE.platform_factory = platform_factory
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        # Without standalone mode click returns the code of a typer.Exit
        # instead of raising SystemExit.
        result = app(args=argv, standalone_mode=False)
    except ConfigError as exc:
        _fail(exc, 2, debug)
        return 2
    except (UserError, ValueError, OSError) as exc:
        _fail(exc, 1, debug)
        return 1
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except Exception as exc:
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            return exc.exit_code
        if isinstance(exc, click.exceptions.Abort):
            typer.echo("aborted", err=True)
            return 130
        _fail(exc, 1, debug, prefix=f"{type(exc).__name__}: ")
        return 1
    return result if isinstance(result, int) and not isinstance(result, bool) else 0


def _fail(exc: BaseException, code: int, debug: bool, prefix: str = "") -> None:
    if debug:
        import traceback

        traceback.print_exception(exc)
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    typer.echo(f"error: {prefix}{message}", err=True)
