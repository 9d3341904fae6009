"""Turn feed bytes into entries with feedparser; meant to run in a process pool.

Everything returned is a frozen dataclass of plain values so it pickles cheaply
back from the worker process.
"""

from __future__ import annotations

import calendar
import hashlib
from datetime import UTC, datetime
from typing import Any

import feedparser

from tracker.feeds.decide import content_hash
from tracker.feeds.entries import ParsedEntry, ParsedFeed, TranscriptLink
from tracker.feeds.errors import ParseError
from tracker.feeds.htmltext import html_to_text
from tracker.feeds.transcripts import scan_podcast


def parse_feed(body: bytes, headers: dict[str, str] | None = None, kind: str = "news") -> ParsedFeed:
    """Parse RSS/Atom bytes; a malformed feed with entries is kept, one without is an error.

    Raises:
        ParseError: no feed version or no entries in a bozo document.
    """
    # No sanitising or URI resolving: every HTML field is reduced to plain text below
    # (script/style dropped) and never rendered, and skipping them halves the parse cost.
    doc: Any = feedparser.parse(body, response_headers=headers or {}, sanitize_html=False,
                                resolve_relative_uris=False)
    bozo = str(doc.get("bozo_exception", "")).splitlines()[0] if doc.get("bozo") else None
    if not doc.entries and (bozo or not doc.get("version")):
        raise ParseError(f"not a feed: {bozo or 'no RSS/Atom version and no entries'}")
    links, people = scan_podcast(body) if kind == "podcast" else ({}, {})
    entries = tuple(_entry(e, links, people) for e in doc.entries)
    return ParsedFeed(str(doc.feed.get("title", "")), entries, bozo)


def _entry(
    e: Any, links: dict[str, list[TranscriptLink]], people: dict[str, list[str]]
) -> ParsedEntry:
    outlet = _outlet(e)
    title = strip_outlet(html_to_text(str(e.get("title", ""))), outlet)
    body = _body(e)
    if outlet and body.startswith(title) and body[len(title):].strip() in ("", outlet):
        body = ""  # an aggregator's description repeats the title and names the outlet
    url = str(e.get("link", ""))
    guid = str(e.get("id") or url or "")
    if not guid:
        guid = "sha256:" + hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()
    key = next((k for k in (guid, url, str(e.get("title", "")).strip())
                if k in links or k in people), "")
    text = f"{title}\n\n{body}".strip() if body else title
    return ParsedEntry(
        guid=guid[:1024], url=url[:2048], title=title, text=text,
        published_at=_published(e), content_hash=content_hash(title, text), guests=_guests(e, people.get(key, [])),
        transcripts=tuple(links.get(key, ())),
    )


def _outlet(e: Any) -> str:
    """The publisher an aggregator names in the entry's <source> element (Google News, Bing)."""
    source = e.get("source")
    return str(source.get("title", "") if isinstance(source, dict) else "").strip()


def strip_outlet(title: str, outlet: str) -> str:
    """An aggregator's title without its " - Publisher" tail, when <source> names that outlet."""
    if outlet:
        for sep in (" - ", " – ", " — ", " | "):
            if title.endswith(sep + outlet):
                return title[: -len(sep + outlet)].rstrip()
    return title


def _body(e: Any) -> str:
    contents = e.get("content") or []
    best = max((str(c.get("value", "")) for c in contents), key=len, default="")
    summary = str(e.get("summary", ""))
    return html_to_text(best if len(best) > len(summary) else summary)


def _published(e: Any) -> datetime | None:
    parsed = e.get("published_parsed") or e.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _guests(e: Any, people: list[str]) -> tuple[str, ...]:
    """podcast:person names, else the itunes/author names."""
    names = list(people)
    if not names:
        names = [str(a["name"]) for a in e.get("authors", []) or []
                 if isinstance(a, dict) and a.get("name")]
    return tuple(dict.fromkeys(n.strip()[:200] for n in names if n.strip()))
