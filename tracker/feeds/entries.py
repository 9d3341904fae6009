"""What the parse workers send back: plain frozen dataclasses, cheap to import and pickle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Transcript formats, best first: timings and speakers beat plain text.
PREFERENCE = ("json", "vtt", "srt", "html", "text")


@dataclass(frozen=True)
class TranscriptLink:
    """One podcast:transcript tag."""

    url: str
    format: str  # one of PREFERENCE


@dataclass(frozen=True)
class ParsedEntry:
    """One feed entry, ready to store."""

    guid: str
    url: str
    title: str
    text: str
    published_at: datetime | None
    content_hash: str = ""
    guests: tuple[str, ...] = ()
    transcripts: tuple[TranscriptLink, ...] = ()
    # Episodes without a transcript tag: the show notes' HTML when it mentions a
    # transcript (its links are read only for episodes that name a watched speaker),
    # and the audio enclosure (for speech recognition).
    notes_html: str = ""
    audio_url: str = ""


@dataclass(frozen=True)
class ParsedFeed:
    """The parsed document: its title and entries, plus feedparser's bozo note."""

    title: str
    entries: tuple[ParsedEntry, ...]
    bozo: str | None = None
