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

from tracker.model import Destination, Post, ScoredRebuttal, Statement
from tracker.ports import Notifier
from tracker.posting.labels import labels, pick

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
RULE = "─" * 60


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


def format_post(post: Post) -> str:
    """A post as plain text: the quote with speaker, date and source, then counterpoints."""
    st, lang, words = post.statement, post.language, post.labels or labels(post.language)
    date = st.published_at.date().isoformat() if st.published_at else ""
    lines = [f"{clean(st.speaker)} {date}".strip() + ":", f'  "{clean(st.text)}"']
    more = f" (+{post.extra_sources} {words['more_sources']})" if post.extra_sources else ""
    lines.append(f"  {words['sources']}: {clean(st.source_url)}{more}")
    if not post.rebuttals:
        return "\n".join(lines)
    lines.append(f"{words['counterpoints']}:")
    for n, rb in enumerate(post.rebuttals, 1):
        lines.append(f"  {n}. [{clean(rb.id)}] {clean(pick(rb.claim_en, rb.claim_zh, lang))}")
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

    def _write(self, destination: Destination, title: str, body: str) -> str:
        self.count += 1
        out = self.stream or sys.stdout
        out.write(f"{RULE}\n[{clean(destination.chat_id)}] {title} #{self.count}\n{body}\n")
        out.flush()
        return str(self.count)

    async def send_post(self, destination: Destination, post: Post) -> str:
        return self._write(destination, "post", format_post(post))

    async def send_review(self, destination: Destination, statement: Statement,
                          candidates: Sequence[ScoredRebuttal], reason: str) -> str:
        body = [f'{clean(statement.speaker)}: "{clean(statement.text)}"',
                f"  {clean(statement.source_url)}", f"  reason: {clean(reason)}"]
        body += [f"  candidate {c.rebuttal_id} ({c.score:.2f})" for c in candidates[:3]]
        return self._write(destination, "review", "\n".join(body))

    async def send_alert(self, destination: Destination, text: str) -> str:
        return self._write(destination, "alert", clean(text))


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
