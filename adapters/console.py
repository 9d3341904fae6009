"""The console platform: prints posts to stdout as readable plain text.

It is the default when no chat token is configured, so ``tracker run`` and
``tracker demo`` show the product working on a fresh machine. Feed text is
hostile: control characters (ANSI escapes included) and bidi overrides are
stripped before anything reaches the terminal.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO

from tracker.model import Destination, Post, RebuttalStatus, ScoredRebuttal, Statement
from tracker.ports import Notifier
from tracker.posting.labels import labels, pick

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
RULE = "─" * 60
MAX_SOURCES = 5  # reports of one statement listed under a post; the rest are counted


def clean(text: str, *, keep_newlines: bool = False) -> str:
    """Strip control and bidi-override characters so feed text cannot drive the terminal."""
    out = []
    for ch in text:
        if ch == "\n" and keep_newlines:
            out.append(ch)
        elif ch in "\t\r\n":
            out.append(" ")
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out).strip()


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def source_lines(st: Statement, words: dict[str, str], extra: int | None = None) -> list[str]:
    """Every report of a statement, one URL a line: a terminal has room to name them all
    (the same quote from several outlets), up to MAX_SOURCES, then a count.

    ``extra`` is how many reports besides the first the post counts (its
    ``extra_sources``); by default, the statement's other source URLs.
    """
    urls = list(dict.fromkeys([st.source_url, *(s.url for s in st.sources if s.url)]))
    shown = [clean(u) for u in urls[:MAX_SOURCES]]
    lines = [f"  {words['sources']}: {shown[0]}"]
    lines += [" " * (_width(words["sources"]) + 4) + url for url in shown[1:]]
    more = max(len(urls) - 1 if extra is None else extra, len(urls) - 1) - (len(shown) - 1)
    if more > 0:
        lines[-1] += f" (+{more} {words['more_sources']})"
    return lines


def format_post(post: Post) -> str:
    """A post as plain text: the quote with speaker, date and source, then counterpoints."""
    st, lang, words = post.statement, post.language, post.labels or labels(post.language)
    date = st.published_at.date().isoformat() if st.published_at else ""
    lines = [f"{clean(st.speaker)} {date}".strip() + ":", f'  "{clean(st.text)}"']
    lines += source_lines(st, words, post.extra_sources)
    if not post.rebuttals:
        return "\n".join(lines)
    lines.append(f"{words['counterpoints']}:")
    for n, rb in enumerate(post.rebuttals, 1):
        claim = clean(pick(rb.claim_en, rb.claim_zh, lang))
        if rb.status == RebuttalStatus.RETIRED:  # an edited post keeps its place, marked
            lines.append(f"  {n}. [{clean(rb.id)}] ({words['withdrawn']}) {claim}")
            continue
        lines.append(f"  {n}. [{clean(rb.id)}] {claim}")
        for cp in rb.counterpoints:
            lines.append(f"     - {clean(pick(cp.text_en, cp.text_zh, lang))}")
            lines += [f"       {clean(s.title)} <{clean(s.url)}>" for s in cp.sources]
    return "\n".join(lines)


class ConsoleNotifier:
    """A Notifier writing to a text stream (stdout by default)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.platform = "console"
        self.stream = stream
        self.count = 0

    def _write(self, destination: Destination, title: str, body: str, note: str = "") -> str:
        self.count += 1
        out = self.stream or sys.stdout
        out.write(f"{RULE}\n[{clean(destination.chat_id)}] {title} #{self.count}{note}\n"
                  f"{body}\n")
        out.flush()
        return str(self.count)

    async def send_post(self, destination: Destination, post: Post) -> str:
        return self._write(destination, "post", format_post(post))

    async def send_review(self, destination: Destination, statement: Statement,
                          candidates: Sequence[ScoredRebuttal], reason: str) -> str:
        body = [f'{clean(statement.speaker)}: "{clean(statement.text)}"',
                *source_lines(statement, labels(destination.language)),
                f"  statement #{statement.id}, reason: {clean(reason)}"]
        body += [f"  candidate {c.rebuttal_id} ({c.score:.2f})" for c in candidates[:3]]
        return self._write(destination, "review", "\n".join(body))

    async def send_alert(self, destination: Destination, text: str) -> str:
        return self._write(destination, "alert", clean(text))

    async def edit_post(self, destination: Destination, message_id: str, post: Post) -> str:
        """A terminal cannot change what it printed: print the post again as an edit of it."""
        self._write(destination, "edit", format_post(post), f" of post #{clean(message_id)}")
        return message_id


class ConsolePlatform:
    """The console as a chat platform: a notifier and nothing to run."""

    name = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.console = ConsoleNotifier(stream)
        # Typed as the port: ChatPlatform.notifier is a mutable (invariant) attribute.
        self.notifier: Notifier = self.console

    async def start(self) -> None:
        """Nothing to start: the console has no bot."""

    async def stop(self) -> None:
        """Nothing to stop."""
