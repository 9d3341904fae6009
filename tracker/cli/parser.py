"""The ``tracker`` argument parser (argparse: fast to import, exact exit statuses).

A usage error raises :class:`~tracker.errors.UsageError` with one line naming the
command and the option or value (argparse would print the usage and exit itself).
Each command module adds its parser with ``register(commands)`` and sets
``run=function(app, args) -> int``; nothing heavy is imported here, so ``tracker
--help`` stays fast.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from tracker.errors import UsageError

DESCRIPTION = "Track what a public figure says about a topic and post it with counterpoints."


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one-line UsageErrors."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


if TYPE_CHECKING:
    # What a command module's register() adds its parser to.
    Commands: TypeAlias = argparse._SubParsersAction[Parser]


def int_range(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: an integer from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: '{text}'") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, got {value}")
        return value

    return parse


def group(commands: Commands, name: str, help_text: str) -> Commands:
    """A command with subcommands (``tracker feeds ...``); returns its subparsers."""
    parser = commands.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(run=_choose(parser))
    return parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)


def command(commands: Commands, name: str, run: Callable[..., int], help_text: str) -> Parser:
    """Add the command ``name`` that calls ``run`` (its docstring is the description)."""
    parser = commands.add_parser(name, help=help_text, description=run.__doc__)
    parser.set_defaults(run=run)
    return parser


def _choose(parser: argparse.ArgumentParser) -> Callable[..., int]:
    def run(_app: object, _args: object) -> int:
        parser.error("choose a command (see --help)")

    return run


def build() -> Parser:
    """The whole parser: global options, then every command."""
    from tracker.cli import (
        db_cmd,
        deliveries_cmd,
        extract_cmd,
        feeds_cmd,
        match_cmd,
        rebuttals_cmd,
        review_cmd,
        service_cmd,
        web_cmd,
    )

    parser = Parser(prog="tracker", description=DESCRIPTION)
    parser.add_argument("-c", "--config", metavar="FILE",
                        help="TOML config file (default: $TRACKER_CONFIG, else ./tracker.toml)")
    parser.add_argument("--debug", action="store_true",
                        help="debug logs, and the traceback of an error")
    parser.add_argument("--debug-sql", action="store_true",
                        help="--debug, and log every SQL statement too")
    parser.add_argument("--log-format", choices=("text", "json"), default=None,
                        help="log lines as text (the default, or logging.format) or as one "
                             "JSON object per line")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for module in (service_cmd, feeds_cmd, extract_cmd, match_cmd, rebuttals_cmd, review_cmd,
                   deliveries_cmd, db_cmd, web_cmd):
        module.register(commands)
    return parser
