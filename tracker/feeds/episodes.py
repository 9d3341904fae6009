"""Episodes without a transcript tag: what to fetch for their words.

Pure. ``follow_ups`` plans the extra documents of new episodes that name a watched speaker:
transcript pages (show-note links, the episode's own page) for podcasts, captions for
videos, within the cycle's caps. The poller runs them through its follow-up queue
(``tracker/usecases/followups.py``, handlers in ``tracker/usecases/episode_sources.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.feeds.captions import video_id
from tracker.feeds.entries import ParsedEntry
from tracker.feeds.followups import FollowUp
from tracker.feeds.transcript_pages import is_page_url, transcript_links
from tracker.model import FeedKind

TRANSCRIPT_PAGE = "transcript_page"
CAPTIONS = "captions"
LINKED, OWN_PAGE = "linked", "page"  # a page's format: linked as transcript, or the episode's


@dataclass
class Budget:
    """What is left of the cycle's caps (``transcripts.max_pages_per_cycle`` and
    ``max_captions_per_cycle``); the poller keeps one per cycle."""

    pages: int
    captions: int


def follow_ups(entries: Sequence[ParsedEntry], kind: FeedKind, budget: Budget, *,
               mentions: Callable[[ParsedEntry], bool]) -> list[FollowUp]:
    """Transcript pages or captions of new episodes without a transcript tag that name a
    watched speaker (``mentions``: the extractor's cheap prefilter), newest first.

    A podcast episode's candidates are its show-note links that say transcript, then
    its own page; a video's, its captions. Each planned episode takes one from the
    budget; they do not count against the articles' cap.
    """
    if kind not in (FeedKind.PODCAST, FeedKind.VIDEO):
        return []
    found: list[FollowUp] = []
    newest = sorted((e for e in entries if not e.transcripts),
                    key=lambda e: e.published_at.timestamp() if e.published_at else 0.0,
                    reverse=True)
    for entry in newest:
        if kind == FeedKind.VIDEO and budget.captions > 0:
            vid = video_id(entry.url, entry.guid)
            if vid and mentions(entry):
                budget.captions -= 1
                found.append(FollowUp(entry.guid, CAPTIONS, ((vid, CAPTIONS),), counted=False))
        elif kind == FeedKind.PODCAST and budget.pages > 0 and mentions(entry):
            linked = transcript_links(entry.notes_html, entry.url)
            pages = [(u, LINKED) for u in linked]
            if entry.url and is_page_url(entry.url) and entry.url not in linked:
                pages.append((entry.url, OWN_PAGE))
            if pages:
                budget.pages -= 1
                found.append(FollowUp(entry.guid, TRANSCRIPT_PAGE, tuple(pages), counted=False))
    return found
