"""The typed composition root: settings, then storage, then the chat platforms.

An :class:`App` is built once per process from the global options (``tracker
--config FILE --debug``) and handed explicitly to whatever runs: each CLI command,
the service, the demo. Nothing here is global: the settings are loaded on first
use and kept on the App, the database is opened per use, and the chat platforms
come from the factory the console script's composition root (``adapters.main``)
registers, so the core never imports an adapter.

Importing this module is cheap (the settings, storage and platforms are imported
when first used): ``tracker --help`` must not pay for pydantic or SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tracker.errors import ConfigError, TrackerError

if TYPE_CHECKING:
    from tracker.config import Settings
    from tracker.ports import ChatPlatform, Notifier, Service
    from tracker.runtime.status import ServiceStatus
    from tracker.storage.db import Database

class PlatformFactory(Protocol):
    """Builds the chat platforms the settings ask for (the console when none is configured);
    the database is None for the demo's console, which stores nothing itself. Without
    ``updates`` a platform only sends: it reads no updates (getUpdates, the gateway)."""

    def __call__(self, settings: Settings, db: Database | None, /, *,
                 updates: bool = True) -> Sequence[ChatPlatform]: ...


# Builds what `tracker run` serves beside the scheduler (the web console, the operations
# server), from the settings, the database and the service's live status.
ServiceFactory = Callable[["Settings", "Database", "ServiceStatus"], Sequence["Service"]]

# Shapes of secrets that must never be printed even when they are not configured
# (a token in an environment variable that failed validation, in a library's error):
_TOKEN_SHAPES = (
    re.compile(r"(?<![0-9])\d{5,12}:[A-Za-z0-9_-]{30,}"),  # a Telegram bot token ("bot123:...")
    re.compile(r"\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}\b"),  # Discord
)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s/]+@")  # scheme://user:PASSWORD@host
# Attributes some exceptions show instead of (or besides) args: PTB's TelegramError.message,
# OSError's filename and strerror, aiohttp's and urllib's reason and url.
_TEXT_FIELDS = ("message", "msg", "strerror", "filename", "filename2", "reason", "url", "text")


class DatabaseUnavailable(TrackerError):
    """The configured database cannot be reached (the message names it, without a password)."""


class Redactor:
    """Replaces secrets in text: the configured tokens, token-shaped strings, URL passwords.

    Everything the CLI prints and every log record goes through :meth:`scrub`
    (a Bot API URL carries the token, and libraries print URLs and tokens in errors).
    """

    def __init__(self) -> None:
        self._secrets: set[str] = set()

    def add(self, secrets: Iterable[str]) -> None:
        """Remember secrets to replace (very short strings are ignored: they would mangle text)."""
        self._secrets.update(s for s in secrets if len(s) >= 6)

    def scrub(self, text: str) -> str:
        """The text with every secret replaced by ``***``."""
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, "***")
        for shape in _TOKEN_SHAPES:
            text = shape.sub("***", text)
        return _URL_PASSWORD.sub(r"\1***@", text)

    def scrub_exception(self, exc: BaseException) -> BaseException:
        """Scrub an exception and every exception chained to it, in place; returns ``exc``.

        Libraries put tokens in their errors' text (python-telegram-bot's InvalidToken
        names the token); a stored, sent or printed error must not carry them, whatever
        writes it, so the text is replaced in the objects themselves.
        """
        seen: set[int] = set()
        current: BaseException | None = exc
        pending: list[BaseException] = []
        while current is not None or pending:
            if current is None:
                current = pending.pop()
            if id(current) in seen:
                current = None
                continue
            seen.add(id(current))
            self._scrub_fields(current)
            if current.__context__ is not None and current.__context__ is not current.__cause__:
                pending.append(current.__context__)
            current = current.__cause__
        return exc

    def _scrub_fields(self, exc: BaseException) -> None:
        with contextlib.suppress(Exception):  # an exception type may refuse new args
            exc.args = tuple(self.scrub(a) if isinstance(a, str) else a for a in exc.args)
        for name in _TEXT_FIELDS:  # where some errors keep the text their __str__ shows
            value = getattr(exc, name, None)
            if isinstance(value, str):
                with contextlib.suppress(Exception):
                    setattr(exc, name, self.scrub(value))
        notes = getattr(exc, "__notes__", None)
        if isinstance(notes, list):
            notes[:] = [self.scrub(n) if isinstance(n, str) else n for n in notes]

    def line(self, exc: BaseException, limit: int = 300) -> str:
        """``Type: first line of the message``, scrubbed: what is stored or sent of an error."""
        self.scrub_exception(exc)
        text = self.scrub(f"{type(exc).__name__}: {exc}")
        return (text.splitlines() or [type(exc).__name__])[0][:limit]


def redactor_for(secrets: Iterable[str]) -> Redactor:
    """A redactor for these secrets (the settings' ``secrets()``) and every token shape."""
    redactor = Redactor()
    redactor.add(secrets)
    return redactor


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database).expanduser()


def _safe_url(url: str) -> str:
    return _URL_PASSWORD.sub(r"\1***@", url)


@dataclass(frozen=True)
class App:
    """What every entry point needs, built once from the global options.

    Attributes:
        config: The ``--config`` file (None: TRACKER_CONFIG, else ./tracker.toml, else defaults).
        debug: ``--debug``: tracebacks and debug logs.
        platforms: The chat platform factory of the composition root (None: no platforms).
        redactor: The secrets scrubbed from output; the loaded settings' secrets are added.
    """

    config: Path | None = None
    debug: bool = False
    platforms: PlatformFactory | None = None
    services: ServiceFactory | None = None  # what `tracker run` serves beside the scheduler
    redactor: Redactor = field(default_factory=Redactor)

    @cached_property
    def settings(self) -> Settings:
        """The settings, loaded on first use (raises ConfigError, one line)."""
        from tracker.config import load_settings

        settings = load_settings(self.config)
        self.redactor.add(settings.secrets())
        return settings

    def build_platforms(self, settings: Settings, db: Database | None) -> list[ChatPlatform]:
        """The chat platforms for these settings (none without a factory)."""
        return list(self.platforms(settings, db)) if self.platforms is not None else []

    def console(self) -> Notifier:
        """The console's notifier: the factory's platform when no token is configured."""
        from tracker.config import Settings

        found = self.build_platforms(Settings(), None)
        if not found:
            raise ConfigError("no console platform: run this as the `tracker` command")
        return found[0].notifier

    def database_exists(self) -> bool:
        """False only for a SQLite database whose file does not exist yet."""
        path = _sqlite_file(self.settings.database.url)
        return path is None or path.exists()

    @contextlib.asynccontextmanager
    async def database(self) -> AsyncIterator[Database]:
        """The configured database, migrated; disposed on the way out."""
        async with _opened(self.settings.database.url) as db:
            yield db


@contextlib.asynccontextmanager
async def _opened(url: str) -> AsyncIterator[Database]:
    """Open (and migrate) a database; an unreachable server is one line, not a traceback."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from tracker.storage.db import open_database

    try:
        db = await open_database(url)
    except (OperationalError, DBAPIError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise DatabaseUnavailable(f"cannot open the database {_safe_url(url)}: "
                                  f"{reason[0] if reason else type(exc).__name__}") from exc
    try:
        yield db
    finally:
        await db.dispose()
