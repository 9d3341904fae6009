"""OPML import (listparser) and export."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from tracker.errors import InputError
from tracker.model import Feed, FeedKind


class OPMLError(InputError):
    """An OPML document with no usable feeds."""


@dataclass(frozen=True)
class OPMLFeed:
    """One feed listed in an OPML file."""

    url: str
    name: str = ""
    kind: FeedKind = FeedKind.NEWS


def parse_opml(data: bytes | str) -> list[OPMLFeed]:
    """Feeds listed in an OPML document; a podcast category or type marks podcast feeds."""
    import listparser  # on use: it brings requests along (18 MB the poller never needs)

    result = listparser.parse(data)
    if not result.feeds:
        detail = str(result.get("bozo_exception", "")).splitlines()[:1]
        raise OPMLError("no feeds found in the OPML document" + (f": {detail[0]}" if detail else ""))
    feeds = []
    for f in result.feeds:
        tags = " ".join(" ".join(c) for c in f.get("categories", [])).lower()
        kind = FeedKind.PODCAST if "podcast" in tags else FeedKind.NEWS
        feeds.append(OPMLFeed(url=str(f.url).strip(), name=str(f.get("title", "")), kind=kind))
    return feeds


def export_opml(feeds: list[Feed], title: str = "statement-tracker feeds") -> str:
    """An OPML 2.0 document listing the feeds; podcasts carry category="podcast"."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_esc(title)}</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = f'type="rss" text={quoteattr(feed.name or feed.url)} xmlUrl={quoteattr(feed.url)}'
        if feed.kind == FeedKind.PODCAST:
            attrs += ' category="podcast"'
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return quoteattr(text)[1:-1]
