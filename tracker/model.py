"""Frozen dataclasses for what flows through the tracker.

These are the only types that cross the boundaries between the pure core,
storage and the chat adapters: ORM rows and feedparser dicts never leave their
modules. Every datetime is timezone-aware UTC.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


# Consecutive failed polls after which a feed is failing: shown so by Feed.failing and
# alerted by the storage query built from the same number.
FAILING_AFTER = 5


class FeedKind(enum.StrEnum):
    """What a feed carries: news (reports about people), podcasts (episodes, often with
    transcripts) or posts (one speaker's own words: his X account through RSSHub, a
    transcript feed of his talks)."""

    NEWS = "news"
    PODCAST = "podcast"
    POSTS = "posts"
    VIDEO = "video"  # a YouTube channel or playlist feed: polled like a podcast, captions read


class FullText(enum.StrEnum):
    """When a feed's linked articles are fetched for their full text (``full_text``)."""

    AUTO = "auto"  # news feeds: items whose title or summary names a watched speaker
    ALWAYS = "always"  # every new item (config: true)
    NEVER = "never"  # none (config: false)


class Decision(enum.StrEnum):
    """The matcher's verdict on a statement."""

    MATCH = "match"
    SUGGEST = "suggest"
    NONE = "none"


class RebuttalStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


class StatementStatus(enum.StrEnum):
    """Where a statement stands on its way to the chats."""

    NEW = "new"  # stored, not yet matched
    MATCHED = "matched"  # matched, posting policy not yet applied
    QUEUED = "queued"  # outbox rows created
    REVIEW = "review"  # waiting for an admin in the review chat
    HELD = "held"  # not posted: first contact or too old (backfill can post it)
    SKIPPED = "skipped"  # not posted by policy or by an admin
    GROUPED = "grouped"  # a repeat of a claim just posted: its sources went to that post
    POSTED = "posted"  # every outbox row sent


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class FeedOff(enum.StrEnum):
    """Why a feed is not polled (``Feed.inactive_reason``)."""

    PAUSED = "paused"  # an admin paused it: `tracker feeds resume` polls it again
    REMOVED = "removed"  # an admin removed it: hidden, its items and statements kept
    UNLISTED = "unlisted"  # it came from [[feeds]] in the config and is no longer there


@dataclass(frozen=True, slots=True)
class Feed:
    """A polled feed and its polling state.

    Attributes:
        id: Database id (0 before it is stored).
        url: The feed's URL, as added.
        kind: News, podcast or posts (one speaker's own words).
        name: Display name (the feed title when not configured).
        language: "en", "zh" or None when the feed mixes languages.
        full_text: When to fetch an item's linked article for its full text.
        speaker: For posts feeds, the watched speaker whose own words every item is.
        etag: Last ETag, sent back as If-None-Match.
        last_modified: Last Last-Modified, sent back as If-Modified-Since.
        next_poll_at: When the feed is due next.
        error_count: Consecutive failed polls (0 when healthy).
        last_error: The last failure, one line.
        last_polled_at: When the feed was last polled, successfully or not.
        baselined: True once the first successful poll stored the items the
            feed already held (those are never posted; see delivery).
        active: False when the feed is not polled; ``inactive_reason`` says why.
        inactive_reason: A FeedOff value (paused, removed, unlisted), None when active.
        added_by: Who added it: "config" ([[feeds]] or the bundled list), "cli",
            "opml", "telegram:<user id>"...; None for a feed stored before this was kept.
    """

    id: int
    url: str
    kind: FeedKind = FeedKind.NEWS
    name: str = ""
    language: str | None = None
    full_text: FullText = FullText.AUTO
    speaker: str = ""
    etag: str | None = None
    last_modified: str | None = None
    next_poll_at: datetime | None = None
    error_count: int = 0
    last_error: str | None = None
    last_polled_at: datetime | None = None
    baselined: bool = False
    active: bool = True
    inactive_reason: str | None = None
    added_by: str | None = None

    @property
    def failing(self) -> bool:
        """A feed that failed FAILING_AFTER polls in a row is shown (and alerted) as failing."""
        return self.error_count >= FAILING_AFTER


@dataclass(frozen=True, slots=True)
class TranscriptSegment:
    """One cue of a transcript; speaker is None when the format has no labels."""

    start: float
    end: float
    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Transcript:
    url: str
    format: str  # "vtt", "srt", "json", "text", "html"
    segments: tuple[TranscriptSegment, ...]

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)


@dataclass(frozen=True, slots=True)
class Item:
    """An article or a podcast episode as stored.

    Attributes:
        guid: The feed's id for the entry (link or hash when it has none).
        text: Title plus plain-text body (paragraph breaks kept) or show notes.
        content_hash: Hash of the normalised title+text, the same for one story
            carried by several feeds.
        guests: Names the episode metadata lists as guests (podcasts).
        post_eligible: False for items held on first contact or too old.
    """

    id: int
    feed_id: int
    guid: str
    url: str
    title: str
    text: str
    published_at: datetime | None
    content_hash: str
    language: str | None = None
    kind: FeedKind = FeedKind.NEWS
    guests: tuple[str, ...] = ()
    transcript: Transcript | None = None
    post_eligible: bool = True
    fetched_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Watch:
    """Who and what to watch: a speaker (by aliases) on a topic (by terms)."""

    name: str
    speaker: str
    speaker_aliases: tuple[str, ...]
    topic_terms: tuple[str, ...]
    on_unmatched: str = "review"  # "review" | "post" | "skip"
    # Definite descriptions that, like "he", name him once he is the subject
    # ("the Tesla chief executive said", "这位亿万富翁表示").
    speaker_descriptors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtractedStatement:
    """What extraction finds in one text, before storage.

    start/end are character offsets into the text as given to the extractor;
    seconds is the transcript time the statement starts at, when known.
    """

    text: str
    speaker: str
    watch: str
    language: str
    confidence: float
    start: int
    end: int
    context: str = ""
    seconds: float | None = None


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str
    date: str = ""  # ISO date (YYYY-MM-DD) or "" when unknown


@dataclass(frozen=True, slots=True)
class StatementSource:
    """One report of a statement (the same quote may come from many outlets)."""

    item_id: int
    url: str
    title: str
    outlet: str = ""
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    id: int
    text: str
    speaker: str
    watch: str
    language: str
    confidence: float
    item_id: int
    start: int
    end: int
    context: str
    published_at: datetime | None
    source_url: str
    seconds: float | None = None
    status: StatementStatus = StatementStatus.NEW
    decision: Decision | None = None
    sources: tuple[StatementSource, ...] = ()


@dataclass(frozen=True, slots=True)
class Counterpoint:
    text_en: str
    text_zh: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Phrasing:
    text: str
    language: str
    origin: str = "seed"  # "seed" | "admin" | "statement"
    statement_id: int | None = None


@dataclass(frozen=True, slots=True)
class Rebuttal:
    id: str
    claim_en: str
    claim_zh: str
    counterpoints: tuple[Counterpoint, ...]
    phrasings: tuple[Phrasing, ...] = ()
    tags: tuple[str, ...] = ()
    status: RebuttalStatus = RebuttalStatus.DRAFT
    notes: str = ""
    created_by: str = "seed"
    version: int = 1
    rating: str = "Missing context"  # ClaimReview alternateName
    speaker: str = "Elon Musk"  # who makes the claim (ClaimReview itemReviewed author)


@dataclass(frozen=True, slots=True)
class ScoredRebuttal:
    """One ranked candidate. ``decision`` is this candidate's own: only
    candidates that pass the automatic threshold themselves (in a statement
    decided ``match``) are posted as its counterpoints."""

    rebuttal_id: str
    score: float
    decision: Decision = Decision.NONE


@dataclass(frozen=True, slots=True)
class MatchResult:
    decision: Decision
    matches: tuple[ScoredRebuttal, ...]


@dataclass(frozen=True, slots=True)
class Destination:
    """A chat that receives posts.

    Attributes:
        platform: "telegram", "discord" or "console".
        chat_id: The platform's id for the chat ("@name" allowed on Telegram).
        role: "channel" for posts, "review" for the admins' review chat.
        language: "en" or "zh": the language posts come in.
    """

    id: int
    platform: str
    chat_id: str
    title: str = ""
    role: str = "channel"
    language: str = "en"
    active: bool = True


@dataclass(frozen=True, slots=True)
class Post:
    """What a chat adapter renders: a statement with its counterpoints."""

    statement: Statement
    rebuttals: tuple[Rebuttal, ...]
    language: str = "en"
    extra_sources: int = 0
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Revision:
    """One entry of a rebuttal's history: the full state after a change."""

    version: int
    action: str  # create | edit | retire | import | phrasing
    changed_by: str
    changed_at: datetime
    snapshot: dict[str, object]
