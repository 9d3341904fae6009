"""Turn feed bytes into entries with feedparser; meant to run in a process pool.

Everything returned is a frozen dataclass of plain values so it pickles cheaply
back from the worker process.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import UTC, datetime
from typing import Any

import feedparser

from tracker.feeds.decide import content_hash
from tracker.feeds.entries import ParsedEntry, ParsedFeed, TranscriptLink
from tracker.feeds.errors import ParseError
from tracker.feeds.htmltext import html_to_text
from tracker.feeds.transcript_pages import mentions_transcript
from tracker.feeds.transcripts import scan_podcast

# The XML parser's words for a document that ends before its elements do.
_CUT_SHORT = re.compile(r"no element found|unclosed token|unclosed CDATA")
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")


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
    found = list(doc.entries)
    if bozo and _CUT_SHORT.search(bozo):
        # A body cut short (a dropped connection, a server that stops mid-write): the
        # entries after the last closing tag are cut too, and would be stored cut (a
        # guid, a half description, or nothing at all). The next whole answer has them.
        found = found[:len(_ENTRY_END.findall(body))]
        if not found:
            raise ParseError(f"not a feed: cut short, no whole entry ({bozo})")
    if not found and (bozo or not doc.get("version")):
        raise ParseError(f"not a feed: {bozo or 'no RSS/Atom version and no entries'}")
    links, people = scan_podcast(body) if kind != "news" else ({}, {})
    entries = tuple(_entry(e, links, people, kind) for e in found)
    return ParsedFeed(str(doc.feed.get("title", "")), entries, bozo)


def _entry(
    e: Any, links: dict[str, list[TranscriptLink]], people: dict[str, list[str]],
    kind: str = "news",
) -> ParsedEntry:
    outlet = _outlet(e)
    title = strip_outlet(html_to_text(str(e.get("title", ""))), outlet)
    body = _body(e)
    if outlet and (_only_links(e) or (body.startswith(title)
                                      and body[len(title):].strip() in ("", outlet))):
        # An aggregator's description repeats the title and names the outlet, or lists
        # other outlets' headlines on the story (Google News): not this item's text.
        body = ""
    url = str(e.get("link", ""))
    guid = str(e.get("id") or url or "")
    if not guid:
        guid = "sha256:" + hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()
    key = next((k for k in (guid, url, str(e.get("title", "")).strip())
                if k in links or k in people), "")
    if kind == "posts":
        text = own_words(e, title, body)
    else:
        text = f"{title}\n\n{body}".strip() if body else title
    return ParsedEntry(
        guid=guid[:1024], url=url[:2048], title=title, text=text,
        published_at=_published(e), content_hash=content_hash(title, text), guests=_guests(e, people.get(key, [])),
        transcripts=tuple(links.get(key, ())),
        **(_episode_sources(e) if kind == "podcast" else {}),
    )


def _episode_sources(e: Any) -> dict[str, Any]:
    """Where a podcast episode's words may be besides a transcript tag: show notes that
    mention a transcript, and its audio (ParsedEntry.notes_html, audio_url)."""
    contents = [str(c.get("value", "")) for c in e.get("content") or []]
    notes = max([*contents, str(e.get("summary", ""))], key=len)
    audio = next((str(x.get("href", "")) for x in e.get("enclosures") or []
                  if str(x.get("type", "audio")).startswith("audio") and x.get("href")), "")
    return {"notes_html": notes if mentions_transcript(notes) else "", "audio_url": audio[:2048]}


def _outlet(e: Any) -> str:
    """The publisher an aggregator names: Google News in <source>, Bing in <News:Source>."""
    source = e.get("source")
    outlet = source.get("title", "") if isinstance(source, dict) else ""
    return str(outlet or e.get("news_source", "")).strip()


_LINK_OR_OUTLET = re.compile(r"<(a|font)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def _only_links(e: Any) -> bool:
    """A description that is only links and outlet names (an aggregator's coverage list)."""
    raw = str(e.get("summary", ""))
    if "<a" not in raw.lower():
        return False
    rest = _TAG.sub(" ", _LINK_OR_OUTLET.sub(" ", raw)).replace("&nbsp;", " ")
    return not rest.replace("\xa0", " ").strip()


def strip_outlet(title: str, outlet: str) -> str:
    """An aggregator's title without its " - Publisher" tail, when <source> names that outlet."""
    if outlet:
        for sep in (" - ", " – ", " — ", " | "):
            if title.endswith(sep + outlet):
                return title[: -len(sep + outlet)].rstrip()
    return title


# A last paragraph that only points to the article ("Continue reading...", Guardian).
_READ_ON = re.compile(r"(continue reading|read more|read the full story|阅读全文|閱讀全文|"
                      r"查看全文|点击阅读)\W*", re.I)


def _body(e: Any) -> str:
    contents = e.get("content") or []
    best = max((str(c.get("value", "")) for c in contents), key=len, default="")
    summary = str(e.get("summary", ""))
    if "yt_videoid" in e and len(summary) >= len(best):
        # A YouTube media:description is plain text whose lines are its paragraphs.
        return "\n\n".join(" ".join(line.split()) for line in summary.splitlines()
                             if line.strip())
    text = html_to_text(best if len(best) > len(summary) else summary)
    head, _, last = text.rpartition("\n\n")
    return head if head and _READ_ON.fullmatch(last) else text


# RSSHub's X routes put a quoted post (someone else's words) in a div after an <hr>.
_QUOTED = re.compile(r"(<hr\b[^>]*>\s*)?<div\s+class=[\"']rsshub-quote[\"'][\s\S]*$", re.I)
# A repost: RSSHub titles it "RT Name: ...", Nitter "RT by @name: ...".
_REPOST = re.compile(r"^(RT by @\w+|RT [^:\n]{1,80}|🔁 [^:\n]{1,80}):\s")
_REPLY = re.compile(r"^(Re|R to @\w+:|↩️)\s+")


def own_words(e: Any, title: str, body: str) -> str:
    """The text of an entry of a posts feed that is the speaker's own: a repost is none
    of it, a quoted post is cut off, a reply marker is dropped; the title is used only
    when there is no body (it repeats the post, often cut short)."""
    if _REPOST.match(title):
        return ""
    raw = max((str(c.get("value", "")) for c in e.get("content") or []), key=len, default="")
    raw = raw if len(raw) > len(str(e.get("summary", ""))) else str(e.get("summary", ""))
    if "rsshub-quote" in raw:
        body = html_to_text(_QUOTED.sub("", raw))
    return _REPLY.sub("", body or title, count=1).strip()


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
