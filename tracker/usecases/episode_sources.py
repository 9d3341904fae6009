"""Follow-up handlers for episodes without a transcript tag: transcript pages, captions.

The follow-up queue (``tracker/usecases/followups.py``) fetches a transcript page like
any follow-up (SSRF guard, size cap, per-host slots) and hands the body to ``page``,
which reads it in the parse pool; a page without a transcript gives None and the next
candidate is tried. ``captions`` fetches nothing through the queue: the caption
library does its own requests (``feeds.captions.YouTubeCaptions``), in a thread.
What they return is a transcripts row (format, text, segments, url).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.config import Settings
from tracker.feeds import work
from tracker.feeds.captions import YouTubeCaptions
from tracker.feeds.episodes import LINKED
from tracker.feeds.fetch import FetchResult
from tracker.feeds.speakers import Speakers, speakers_of
from tracker.feeds.transcripts import segments_json, transcript_text
from tracker.ports import CaptionSource

if TYPE_CHECKING:
    from tracker.usecases.followups import FollowUpQueue


@dataclass(frozen=True)
class EpisodeSources:
    """What the handlers need besides the queue.

    Attributes:
        captions: Where video captions come from (YouTube, or a fake in tests).
        languages: Caption languages, preferred first.
        speakers: The watched speakers and aliases, for a page's speaker labels.
    """

    captions: CaptionSource
    languages: tuple[str, ...]
    speakers: Speakers

    @classmethod
    def from_settings(cls, settings: Settings) -> EpisodeSources:
        """The real sources: YouTube through the guarded session (or the configured fake)."""
        conf, polling = settings.transcripts, settings.polling
        source = YouTubeCaptions(base_url=conf.youtube_base_url,
                                 timeout=polling.timeout_seconds, max_bytes=polling.max_bytes,
                                 user_agent=polling.user_agent)
        return cls(source, tuple(conf.caption_languages), speakers_of(settings.watch_list()))


async def page(queue: FollowUpQueue, url: str, fmt: str, res: FetchResult) -> Any:
    """The transcript on a fetched page, or None when the page holds none."""
    speakers = queue.episodes.speakers if queue.episodes else ()
    doc = await queue.in_pool(work.parse_page, url, res.body, fmt == LINKED, speakers)
    return None if doc is None else {**doc, "url": res.url}


async def captions(queue: FollowUpQueue, video: str, fmt: str, res: FetchResult) -> Any:
    """A video's captions (manual first, automatic otherwise), or None without any."""
    if queue.episodes is None:
        return None
    sources = queue.episodes
    found = await asyncio.to_thread(sources.captions.captions, video, sources.languages)
    if found is None or not found.segments:
        return None
    return {"format": found.format, "text": transcript_text(found),
            "segments": segments_json(found), "url": found.url}
