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
