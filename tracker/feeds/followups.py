"""Follow-up documents of new feed items: what to fetch besides the feed itself.

Pure decisions, no I/O. A news feed carries a summary; the speaker's words are in the
linked article. A podcast episode links its transcripts. The poller asks
:func:`plan` which follow-ups its new entries need and runs them through one queue
per poll cycle (``tracker/usecases/followups.py``), capped per cycle and per host. A
new kind of follow-up (a transcript page, video captions) is a new kind here and a
handler there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from tracker.feeds.entries import PREFERENCE, ParsedEntry
from tracker.model import FeedKind, FullText

ARTICLE = "article"
TRANSCRIPT = "transcript"

# Aggregator links that never redirect to the publisher: the page they return needs
# JavaScript (and a call to the aggregator's own API) to find the article, so fetching
# them only costs the aggregator a request. (host, path prefix)
NOT_AN_ARTICLE = (("news.google.com", "/rss/articles/"), ("news.google.com", "/articles/"),
                  ("news.google.com", "/read/"))
_OLDEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class FollowUp:
    """One extra document of one new item.

    Attributes:
        guid: The item's guid in its feed.
        kind: What it is (ARTICLE, TRANSCRIPT): picks the queue's handler.
        candidates: (url, format) pairs, best first; the first that fetches and
            parses is the document.
        counted: Whether it counts against the per-cycle cap (articles do; an
            episode's own transcript is part of the episode and does not).
    """

    guid: str
    kind: str
    candidates: tuple[tuple[str, str], ...]
    counted: bool = True


def article_url(link: str) -> str | None:
    """The URL to fetch an item's article from, or None when its link cannot lead there."""
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if any(host == h and parts.path.startswith(p) for h, p in NOT_AN_ARTICLE):
        return None
    return link


def wants_article(kind: FeedKind, mode: FullText, *, mentions: bool, eligible: bool) -> bool:
    """Whether a new item's linked article is fetched.

    ``always`` fetches every item's article; ``auto`` (the default) only a news item
    whose title or summary names a watched speaker (``mentions``: the extractor's cheap
    prefilter). Only items that may be posted (``eligible``) are worth a request:
    what a feed holds at its first poll, or items too old to post, keep their summary.
    """
    if mode == FullText.NEVER or not eligible:
        return False
    return mode == FullText.ALWAYS or (kind == FeedKind.NEWS and mentions)


def keeps_article(mode: FullText, article: str, *, mentions: bool) -> bool:
    """Whether a fetched article replaces the summary.

    With ``auto`` the article must name the speaker too: a consent page, a paywall or an
    aggregator's interstitial does not, and then the summary is the better text.
    """
    return bool(article.strip()) and (mode == FullText.ALWAYS or mentions)


def plan(entries: Sequence[ParsedEntry], kind: FeedKind, mode: FullText, *,
         eligible: Callable[[ParsedEntry], bool],
         mentions: Callable[[ParsedEntry], bool]) -> list[FollowUp]:
    """The follow-ups of a feed's new entries: transcripts first, then articles newest first
    (so the per-cycle cap leaves out the oldest)."""
    found = [FollowUp(e.guid, TRANSCRIPT, tuple(
        (t.url, t.format) for t in sorted(e.transcripts, key=lambda t: PREFERENCE.index(t.format))
    ), counted=False) for e in entries if e.transcripts]
    articles = [e for e in entries
                if e.url and article_url(e.url)
                and wants_article(kind, mode, mentions=mode == FullText.AUTO and mentions(e),
                                  eligible=eligible(e))]
    articles.sort(key=lambda e: e.published_at or _OLDEST, reverse=True)
    found += [FollowUp(e.guid, ARTICLE, ((e.url, "html"),)) for e in articles]
    return found
