"""What the transcript-page tests share: the default watch's speakers and his turns on a page."""

from __future__ import annotations

from tracker.config import default_watches
from tracker.feeds.speakers import speakers_of
from tracker.feeds.transcript_pages import parse_page

SPEAKERS = speakers_of([w.to_watch() for w in default_watches()])
HIM = "Elon Musk"


def his(body: str) -> list[tuple[float, str]]:
    """(start, text) of his turns on a page whose body is ``body``."""
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    assert transcript is not None
    return [(s.start, s.text) for s in transcript.segments if s.speaker == HIM]


def speakers_turns(body: str) -> list[tuple[str, float, str]]:
    """(speaker, start, text) of every turn on a page whose body is ``body``; [] when the
    page holds no transcript."""
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    return [(s.speaker, s.start, s.text) for s in transcript.segments] if transcript else []


def his_turns(body: str) -> list[tuple[float, str]]:
    """(start, text) of his turns; [] when the page holds no transcript."""
    return [(start, text) for who, start, text in speakers_turns(body) if who == HIM]
