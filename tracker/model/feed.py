"""Feeds and what they carry: the polling state of a feed, its items, their transcripts."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

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
        body_hash: SHA-256 of the last body parsed and stored; the same body again is
            not parsed again (servers without validators answer 200 with it).
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
    body_hash: str | None = None
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
class AudioStream:
    """A video's audio stream as resolved from its page (``ports.AudioResolver``)."""

    url: str
    headers: dict[str, str] = field(default_factory=dict)  # to fetch it with
    seconds: float | None = None  # the video's duration, when its page says it
    size: int | None = None  # bytes, exact or approximate, when its page says it


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
