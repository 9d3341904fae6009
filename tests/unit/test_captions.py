"""Video captions, the pure parts: video ids, links to a moment, merging, track choice."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tracker.errors import TrackerError
from tracker.feeds.captions import CaptionError, merge_snippets, moment_url, pick_track, route
from tracker.feeds.captions import video_id as vid
from tracker.model import TranscriptSegment


@pytest.mark.parametrize(("url", "guid", "expected"), [
    ("https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks", "", "Qx7Lm2Rv9Ks"),
    ("", "yt:video:Qx7Lm2Rv9Ks", "Qx7Lm2Rv9Ks"),
    ("https://youtu.be/Qx7Lm2Rv9Ks?si=abc", "", "Qx7Lm2Rv9Ks"),
    ("https://www.youtube.com/shorts/Qx7Lm2Rv9Ks", "", "Qx7Lm2Rv9Ks"),
    ("https://www.youtube.com/live/Qx7Lm2Rv9Ks", "", "Qx7Lm2Rv9Ks"),
    ("https://vimeo.com/12345678", "", None),
    ("https://www.youtube.com/watch?v=<script>", "", None),
])
def test_video_id(url: str, guid: str, expected: str | None) -> None:
    assert vid(url, guid) == expected


@pytest.mark.parametrize(("url", "seconds", "expected"), [
    ("https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks", 754.6,
     "https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks&t=754s"),
    ("https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks&t=10s", 95.0,
     "https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks&t=95s"),
    ("https://youtu.be/Qx7Lm2Rv9Ks", 61.0, "https://youtu.be/Qx7Lm2Rv9Ks?t=61s"),
    ("https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks", 0.0,
     "https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks"),
    ("https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks", None,
     "https://www.youtube.com/watch?v=Qx7Lm2Rv9Ks"),
    ("https://lexfridman.com/elon-musk-5-transcript", 199.0,
     "https://lexfridman.com/elon-musk-5-transcript"),
])
def test_moment_url_links_a_video_to_the_second(url: str, seconds: float | None,
                                                expected: str) -> None:
    assert moment_url(url, seconds) == expected


def test_caption_lines_are_merged_into_sentences() -> None:
    snippets = [(0.0, 2.0, "the Chinese car companies"), (2.0, 2.5, "are the most competitive."),
                (4.5, 1.0, "Next."), (6.0, 40.0, "a line that never ends a sentence"),
                (50.0, 1.0, "last words")]
    assert merge_snippets(snippets) == [
        TranscriptSegment(0.0, 4.5, "the Chinese car companies are the most competitive."),
        TranscriptSegment(4.5, 5.5, "Next."),
        TranscriptSegment(6.0, 46.0, "a line that never ends a sentence"),
        TranscriptSegment(50.0, 51.0, "last words"),
    ]


@dataclass
class Track:
    language_code: str
    is_generated: bool


def test_manual_captions_first_automatic_otherwise() -> None:
    auto_en, manual_de, manual_zh = Track("en", True), Track("de", False), Track("zh-Hans", False)
    assert pick_track([auto_en, manual_zh], ["en", "zh-Hans"]) is manual_zh
    assert pick_track([auto_en, manual_de], ["en"]) is auto_en
    assert pick_track([manual_de], ["en"]) is manual_de
    assert pick_track([], ["en"]) is None


def test_requests_go_to_youtube_or_its_stand_in_only() -> None:
    assert route("https://www.youtube.com/watch?v=abc", "") == "https://www.youtube.com/watch?v=abc"
    assert route("https://www.youtube.com/api/timedtext?v=abc&lang=en", "http://127.0.0.1:9") == (
        "http://127.0.0.1:9/api/timedtext?v=abc&lang=en")
    with pytest.raises(CaptionError, match="not YouTube"):
        route("http://169.254.169.254/latest/meta-data", "")
    assert issubclass(CaptionError, TrackerError)
