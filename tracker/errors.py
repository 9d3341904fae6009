"""One error tree: every error a user may see derives from ``TrackerError``.

Entry points (CLI, bots, web) catch ``TrackerError`` and print or reply its message as
one line; anything else is a bug and is logged with its traceback. Each area raises a
subclass that says what went wrong in the user's terms. ``exit_code`` is what the CLI
exits with: 2 for usage and configuration errors, 1 for everything else.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error whose message is meant for the user."""

    exit_code = 1


class ConfigError(TrackerError):
    """Bad configuration: the message names the key and the file or variable."""

    exit_code = 2


class UsageError(TrackerError):
    """Bad input to a command (CLI or chat): the message says what is wrong and how to fix it."""

    exit_code = 2


class NotFound(TrackerError, LookupError):
    """The thing a user named (a rebuttal, statement, feed, delivery) does not exist."""


class InputError(TrackerError, ValueError):
    """Bad data from outside (a feed, transcript, import file, model file)."""
