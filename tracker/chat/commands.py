"""Chat command parsing both bots share: argument text in, typed values or a UsageError out.

The usage messages live here, beside the syntax they describe; the help
(``tracker.chat.texts``) is built from the same constants. No I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from tracker.chat.text import safe_url, shorten
from tracker.errors import UsageError
from tracker.model import Counterpoint, FeedKind, Rebuttal, RebuttalStatus, Source

MAX_ARG_CHARS = 2000  # longer command arguments are refused with a short reply
LATEST_DEFAULT = 3
LATEST_MAX = 10
ONE_LINE = ("/addrebuttal claim_en | claim_zh | counterpoint_en | counterpoint_zh | "
            "source_url [| source title]")
EDITABLE = ("claim_en", "claim_zh", "counterpoint_en", "counterpoint_zh", "notes")
# Kinds /addfeed takes; a posts feed also names its speaker: `tracker feeds add --kind posts
# --speaker NAME` or [[feeds]] in the configuration.
FEED_KINDS = tuple(kind.value for kind in FeedKind if kind != FeedKind.POSTS)
# Database ids are 32-bit on PostgreSQL: a larger number names nothing, and would
# reach the database as an out-of-range error instead of a usage reply.
MAX_ID = 2**31 - 1
_NUMBER = re.compile(r"[0-9]{1,10}")  # ASCII digits only: int() also reads "²" and "٣"


@dataclass(frozen=True, slots=True)
class RebuttalEdit:
    """/editrebuttal: set ``field`` (one of EDITABLE) of a rebuttal to ``value``."""

    rebuttal_id: str
    field: str
    value: str


@dataclass(frozen=True, slots=True)
class Attach:
    """/attach: the rebuttal answers the statement."""

    statement_id: int
    rebuttal_id: str


@dataclass(frozen=True, slots=True)
class NewFeed:
    """/addfeed: a feed URL (an http(s) URL) and its kind."""

    url: str
    kind: FeedKind


def number(text: str) -> int | None:
    """A positive id or count written in ASCII digits (at most MAX_ID), else None."""
    if not _NUMBER.fullmatch(text) or not 0 < int(text) <= MAX_ID:
        return None
    return int(text)


def check_length(text: str) -> str:
    """Return ``text``; raises UsageError when it is longer than MAX_ARG_CHARS."""
    if len(text) > MAX_ARG_CHARS:
        raise UsageError(f"That is too long ({len(text)} characters; at most {MAX_ARG_CHARS}).")
    return text


def join_args(args: Sequence[str] | None) -> str:
    """All arguments of a command as one string, with the length check."""
    return check_length(" ".join(args or ()).strip())


def parse_latest(text: str) -> int:
    """/latest [n]: how many statements to show."""
    n = number(text) if text else LATEST_DEFAULT
    if n is None or n > LATEST_MAX:
        raise UsageError(f"Usage: /latest [n] with n from 1 to {LATEST_MAX}.")
    return n


def parse_search(text: str) -> str:
    """/search TEXT: the claim to find rebuttals for."""
    if not text:
        raise UsageError("Usage: /search TEXT, the claim to find the rebuttals that answer it.")
    return text


def parse_rebuttal_id(text: str, command: str = "rebuttal") -> str:
    """/rebuttal ID, /retire ID: the rebuttal id."""
    if not text:
        raise UsageError(f"Usage: /{command} ID (see /search for ids).")
    return text


def new_rebuttal(claim_en: str, claim_zh: str, counterpoint_en: str, counterpoint_zh: str,
                 url: str, title: str = "") -> Rebuttal:
    """A new (id-less, published) rebuttal with one counterpoint and its source.

    The source title defaults to the URL's host. The curation use case validates
    the rest (lengths, both languages) as it does for import files.
    """
    if not (claim_en or claim_zh) or not (counterpoint_en or counterpoint_zh):
        raise UsageError("A claim and a counterpoint are needed (in English or Chinese).")
    if safe_url(url) is None:
        raise UsageError(f"Not a valid http(s) URL: {shorten(url, 100)}")
    source = Source(title=title or urlsplit(url).netloc, url=url)
    counterpoint = Counterpoint(counterpoint_en, counterpoint_zh, (source,))
    return Rebuttal(id="", claim_en=claim_en, claim_zh=claim_zh,
                    counterpoints=(counterpoint,), status=RebuttalStatus.PUBLISHED)


def parse_one_line(text: str) -> Rebuttal:
    """Parse the one-line /addrebuttal syntax (ONE_LINE) into a new (id-less) rebuttal."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) not in (5, 6):
        raise UsageError(f"Expected 5 or 6 parts separated by |. Usage:\n{ONE_LINE}")
    claim_en, claim_zh, counterpoint_en, counterpoint_zh, url = parts[:5]
    return new_rebuttal(claim_en, claim_zh, counterpoint_en, counterpoint_zh, url,
                        title=parts[5] if len(parts) == 6 else "")


def parse_edit(text: str) -> RebuttalEdit:
    """/editrebuttal ID FIELD VALUE (VALUE is the rest of the line)."""
    parts = text.split(None, 2)
    if len(parts) < 3 or parts[1] not in EDITABLE:
        raise UsageError("Usage: /editrebuttal ID FIELD VALUE with FIELD one of "
                         + ", ".join(EDITABLE))
    return RebuttalEdit(*parts)


def parse_attach(text: str) -> Attach:
    """/attach STATEMENT_ID REBUTTAL_ID (the statement number may carry its "#")."""
    parts = text.split()
    statement_id = number(parts[0].removeprefix("#")) if len(parts) == 2 else None
    if statement_id is None:
        raise UsageError("Usage: /attach STATEMENT_ID REBUTTAL_ID (the statement number is in "
                         "the review message)")
    return Attach(statement_id, parts[1])


def parse_addfeed(text: str) -> NewFeed:
    """/addfeed URL [news|podcast]."""
    parts = text.split()
    if not parts or len(parts) > 2:
        raise UsageError(f"Usage: /addfeed URL [{'|'.join(FEED_KINDS)}]")
    return new_feed(*parts)


def parse_feed_ref(text: str, command: str) -> str:
    """/removefeed ID_OR_URL: the feed's number (as /feeds shows it) or its URL."""
    parts = text.split()
    if len(parts) != 1:
        raise UsageError(f"Usage: /{command} ID_OR_URL (the number /feeds shows, or the URL)")
    return parts[0].removeprefix("#")


def new_feed(url: str, kind: str = FeedKind.NEWS.value) -> NewFeed:
    """Check a feed URL and kind given in a chat (the use case then applies the SSRF guard)."""
    if safe_url(url) is None:
        raise UsageError(f"Not a valid http(s) URL: {shorten(url, 100)}")
    if kind.lower() not in FEED_KINDS:
        raise UsageError(f"The feed kind is {' or '.join(FEED_KINDS)}.")
    return NewFeed(url, FeedKind(kind.lower()))
