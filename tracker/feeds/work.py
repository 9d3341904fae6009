"""Entry points run in the parse pool, importing the parsers only in the worker.

The poller submits these by reference; keeping feedparser, lxml and the
transcript parsers out of the main process saves its memory.
"""

from __future__ import annotations

from typing import Any


def parse_feed(body: bytes, headers: dict[str, str], kind: str) -> Any:
    """tracker.feeds.parse.parse_feed, in the worker."""
    from tracker.feeds.parse import parse_feed as parse

    return parse(body, headers, kind)


def parse_transcript(url: str, fmt: str, body: bytes) -> dict[str, Any]:
    """A transcript parsed in the worker, as the transcripts row's format, text and segments."""
    from tracker.feeds import transcripts

    parsed = transcripts.parse_transcript(url, fmt, body)
    return {"format": parsed.format, "text": transcripts.transcript_text(parsed),
            "segments": transcripts.segments_json(parsed)}


def extract_article(body: bytes) -> str:
    """tracker.feeds.fulltext.extract_article, in the worker."""
    from tracker.feeds.fulltext import extract_article as extract

    return extract(body)


def parse_page(url: str, body: bytes, explicit: bool,
               speakers: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, Any] | None:
    """A transcript page read in the worker, as a transcripts row; None when it holds none."""
    from tracker.feeds import transcript_pages, transcripts

    parsed = transcript_pages.parse_page(url, body, explicit=explicit, speakers=speakers)
    if parsed is None:
        return None
    return {"format": parsed.format, "text": transcripts.transcript_text(parsed),
            "segments": transcripts.segments_json(parsed)}
