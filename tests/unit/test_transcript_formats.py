"""Transcript page formats met on a second batch: Q&A, hearing records, cue lists, calls.

Small pages of our own, one per class; as in ``test_transcript_turns``.
"""

from __future__ import annotations

from tracker.config import default_watches
from tracker.feeds.speakers import speakers_of
from tracker.feeds.transcript_pages import parse_page

SPEAKERS = speakers_of([w.to_watch() for w in default_watches()])
HIM = "Elon Musk"


def _his(body: str) -> list[tuple[float, str]]:
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    assert transcript is not None
    return [(s.start, s.text) for s in transcript.segments if s.speaker == HIM]


def test_a_hosts_name_with_accents_is_a_label() -> None:
    body = ("<p>[00:00:00] Tomás Lindqvist: Welcome, Elon.</p><p>[00:00:11] Elon Musk: Hi.</p>"
            "<p>[00:00:13] Tomás: Compute?</p><p>[00:00:17] Elon: Scarce.</p>")
    assert _his(body) == [(11.0, "Hi."), (17.0, "Scarce.")]
