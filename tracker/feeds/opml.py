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
    speaker: str = ""  # a posts feed's speaker


def parse_opml(data: bytes | str) -> list[OPMLFeed]:
    """Feeds listed in an OPML document.

    The kind comes from the outline's categories: one naming a kind ("posts", "video"),
    or any mentioning podcasts; a posts feed names its speaker as the category
    "speaker/NAME" (what :func:`export_opml` writes).
    """
    import listparser  # on use: it brings requests along (18 MB the poller never needs)

    result = listparser.parse(data)
    if not result.feeds:
        detail = str(result.get("bozo_exception", "")).splitlines()[:1]
        raise OPMLError("no feeds found in the OPML document" + (f": {detail[0]}" if detail else ""))
    feeds = []
    for f in result.feeds:
        categories = [[str(part) for part in c] for c in f.get("categories", []) if c]
        feeds.append(OPMLFeed(url=str(f.url).strip(), name=str(f.get("title", "")),
                              kind=_kind(categories), speaker=next(
                                  (c[1] for c in categories if len(c) == 2
                                   and c[0].lower() == "speaker"), "")))
    return feeds


def _kind(categories: list[list[str]]) -> FeedKind:
    named = {c[0].lower() for c in categories if len(c) == 1}
    for kind in FeedKind:
        if kind.value in named:
            return kind
    tags = " ".join(" ".join(c) for c in categories).lower()
    return FeedKind.PODCAST if "podcast" in tags else FeedKind.NEWS


def export_opml(feeds: list[Feed], title: str = "statement-tracker feeds") -> str:
    """An OPML 2.0 document listing the feeds: a feed that is not news names its kind as its
    category (category="podcast"), a posts feed also its speaker ("posts,speaker/NAME")."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_esc(title)}</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = f'type="rss" text={quoteattr(feed.name or feed.url)} xmlUrl={quoteattr(feed.url)}'
        if feed.kind != FeedKind.NEWS:
            category = feed.kind.value
            if feed.kind == FeedKind.POSTS and feed.speaker:
                category += ",speaker/" + feed.speaker.replace(",", " ").replace("/", " ")
            attrs += f" category={quoteattr(category)}"
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return quoteattr(text)[1:-1]
