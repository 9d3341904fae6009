"""Typed settings, loaded once from a TOML file and the environment.

Nothing is read at import time: call :func:`load_settings`. Precedence, lowest
first: embedded defaults, the TOML file, ``TRACKER_<SECTION>__<KEY>``
environment variables, then ``TELEGRAM_BOT_TOKEN`` / ``DISCORD_BOT_TOKEN``.

The loader is our own rather than pydantic-settings: an unknown key must be a
one-line error naming the key and the file, and with ``extra="forbid"``
pydantic-settings would also refuse every other ``TRACKER_``-prefixed variable
(``TRACKER_CONFIG``, test switches) as an unknown setting.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import SecretStr, ValidationError, model_validator

from tracker.config.sections import (
    EMBEDDERS,
    DatabaseSettings,
    DeliverySettings,
    DiscordSettings,
    ExtractionSettings,
    FeedSettings,
    LeaseSettings,
    LoggingSettings,
    MatchingSettings,
    PollingSettings,
    PostingSettings,
    ServerSettings,
    TelegramSettings,
    TranscriptsSettings,
    WatchSettings,
    WebSettings,
    _Section,
)
from tracker.errors import ConfigError as ConfigError  # re-exported: callers import it from here
from tracker.model import FeedKind, Watch

# The sections live in tracker.config.sections; this module is where the rest imports them from.
__all__ = [
    "ConfigError",
    "DEFAULT_CONFIG_PATH",
    "DatabaseSettings",
    "DeliverySettings",
    "DiscordSettings",
    "EMBEDDERS",
    "ExtractionSettings",
    "FeedSettings",
    "LeaseSettings",
    "LoggingSettings",
    "MatchingSettings",
    "PollingSettings",
    "PostingSettings",
    "ServerSettings",
    "Settings",
    "TelegramSettings",
    "TranscriptsSettings",
    "WatchSettings",
    "WebSettings",
    "default_feeds",
    "default_watches",
    "load_settings",
    "watched_speaker",
]

DEFAULT_CONFIG_PATH = Path("tracker.toml")

class Settings(_Section):
    database: DatabaseSettings = DatabaseSettings()
    polling: PollingSettings = PollingSettings()
    feeds: list[FeedSettings] | None = None  # None: the bundled default list
    telegram: TelegramSettings = TelegramSettings()
    discord: DiscordSettings = DiscordSettings()
    watches: list[WatchSettings] | None = None  # None: the default watch
    posting: PostingSettings = PostingSettings()
    matching: MatchingSettings = MatchingSettings()
    delivery: DeliverySettings = DeliverySettings()
    leases: LeaseSettings = LeaseSettings()
    transcripts: TranscriptsSettings = TranscriptsSettings()
    web: WebSettings = WebSettings()
    extraction: ExtractionSettings = ExtractionSettings()
    server: ServerSettings = ServerSettings()
    logging: LoggingSettings = LoggingSettings()
    source: str = "<embedded defaults>"  # where the settings came from, for messages

    def feed_list(self) -> list[FeedSettings]:
        return self.feeds if self.feeds is not None else default_feeds()

    def watch_list(self) -> list[Watch]:
        watches = self.watches if self.watches is not None else default_watches()
        return [w.to_watch() for w in watches]

    def secrets(self) -> list[str]:
        """Every secret these settings hold (tokens, a database password): never printed."""
        found = [getattr(section, "token", None) or getattr(section, "secret", None)
                 for section in (self.telegram, self.discord, getattr(self, "web", None))]
        values = [s.get_secret_value() for s in found if isinstance(s, SecretStr)]
        _, _, rest = self.database.url.partition("://")
        credentials = rest.rpartition("@")[0]
        if ":" in credentials:
            values.append(credentials.split(":", 1)[1])
        return [v for v in values if v]

    @model_validator(mode="after")
    def _posts_speakers_are_watched(self) -> Settings:
        watches = self.watch_list()
        for feed in self.feeds or ():
            if feed.kind == FeedKind.POSTS and watched_speaker(watches, feed.speaker) is None:
                raise ValueError(f"feed {feed.url}: speaker {feed.speaker!r} is no watched "
                                 "speaker (a [[watches]] speaker or one of its aliases)")
        return self


def watched_speaker(watches: list[Watch], name: str) -> Watch | None:
    """The watch whose speaker (or one of its aliases) is ``name``, ignoring case."""
    wanted = " ".join(name.split()).casefold()
    for watch in watches:
        if wanted in {" ".join(a.split()).casefold() for a in (watch.speaker, *watch.speaker_aliases)}:
            return watch
    return None


def _bundled_toml(name: str) -> dict[str, Any]:
    text = resources.files("tracker.data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def default_feeds() -> list[FeedSettings]:
    """The bundled default feed list (tracker/data/default_feeds.toml)."""
    return [FeedSettings(**f) for f in _bundled_toml("default_feeds.toml")["feeds"]]


def default_watches() -> list[WatchSettings]:
    """The default watch, ``musk-china`` (tracker/data/default_watches.toml)."""
    return [WatchSettings(**w) for w in _bundled_toml("default_watches.toml")["watches"]]


def _env_value(raw: str) -> Any:
    """Environment values are JSON when they parse as JSON, else plain strings."""
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _apply_env(data: dict[str, Any], environ: Mapping[str, str]) -> dict[str, str]:
    """Apply the environment's settings to ``data``; returns the variable behind each key."""
    origins: dict[str, str] = {}
    for name, raw in environ.items():
        # Only names with a double underscore are settings; others that share
        # the prefix (TRACKER_CONFIG, TRACKER_TEST_REQUIRE_POSTGRES, ...) are not.
        if not name.startswith("TRACKER_") or "__" not in name:
            continue
        path = name[len("TRACKER_") :].lower().split("__")
        if len(path) != 2 or not all(path):
            raise ConfigError(f"environment variable {name}: expected TRACKER_<SECTION>__<KEY>")
        section, key = path
        target = data.setdefault(section, {})
        if not isinstance(target, dict):
            raise ConfigError(f"environment variable {name}: [{section}] is not a table")
        target[key] = _env_value(raw)
        origins[f"{section}.{key}"] = name
    for section, name in (("telegram", "TELEGRAM_BOT_TOKEN"), ("discord", "DISCORD_BOT_TOKEN")):
        if environ.get(name):
            target = data.setdefault(section, {})
            if not isinstance(target, dict):
                raise ConfigError(f"environment variable {name}: [{section}] is not a table")
            target["token"] = environ[name]
            origins[f"{section}.token"] = name
    return origins


def _describe(err: ValidationError, source: str, origins: Mapping[str, str]) -> str:
    """One line naming the key and where it came from: the file, or the environment variable."""
    first = err.errors()[0]
    loc = [str(p) for p in first["loc"]]
    key = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]).lstrip(".")
    where = next((f"environment variable {origins[k]}" for k in
                  (".".join(loc[:n]) for n in range(len(loc), 0, -1)) if k in origins), source)
    if first["type"] == "extra_forbidden":
        return f"{where}: unknown key '{key}'"
    message = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "value_error":  # our own validators say what is wrong
        return f"{where}: {key}: {message}" if key else f"{where}: {message}"
    return f"{where}: invalid value for '{key}': {message}"


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except IsADirectoryError:
        raise ConfigError(f"{file}: is a directory, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read the config file: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None


def load_settings(
    path: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Load settings from ``path`` (or TRACKER_CONFIG, or ./tracker.toml) and the environment.

    A missing default file means embedded defaults; a missing explicit file is an
    error. Raises ConfigError with a one-line message naming the key and the file
    (or the environment variable the value came from).
    """
    env = os.environ if environ is None else environ
    explicit = path is not None or bool(env.get("TRACKER_CONFIG"))
    file = (
        Path(path) if path is not None else Path(env.get("TRACKER_CONFIG") or DEFAULT_CONFIG_PATH)
    )
    data: dict[str, Any] = {}
    source = "<embedded defaults>"
    if file.is_dir() or file.exists():
        source = str(file)
        data = _read_toml(file)
    elif explicit:
        raise ConfigError(f"{file}: config file not found")
    origins = _apply_env(data, env)
    data["source"] = source
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source, origins)) from None
