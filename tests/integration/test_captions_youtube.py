"""YouTubeCaptions through youtube-transcript-api, against the fake YouTube over loopback.

The library's own requests go through the session we give it: routed to the local
fake (``base_url``), capped in size, and refused for any host but YouTube's.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from tests.fakes.feed_server import FeedServer, Route, running_feed_server
from tests.fakes.youtube import FakeVideo, FakeYouTube
from tracker.feeds.captions import CaptionError, YouTubeCaptions


@pytest.fixture
async def youtube() -> AsyncIterator[FakeYouTube]:
    async with running_feed_server() as server:
        yield FakeYouTube(server)


def source(server: FeedServer, **kwargs: object) -> YouTubeCaptions:
    return YouTubeCaptions(base_url=server.base, timeout=5, **kwargs)  # type: ignore[arg-type]


async def test_manual_captions_in_a_wanted_language(youtube: FakeYouTube) -> None:
    youtube.videos["Ai7MuskChn1"] = FakeVideo(
        manual={"de": [(0.0, 1.0, "Hallo.")], "zh-Hans": [(3.0, 2.0, "中国的电网发展非常快。")]},
        generated={"en": [(0.0, 1.0, "hello")]})
    found = await asyncio.to_thread(source(youtube.server).captions, "Ai7MuskChn1",
                                    ["en", "zh-Hans"])
    assert found is not None
    assert (found.format, found.url) == ("captions",
                                         "https://www.youtube.com/watch?v=Ai7MuskChn1")
    assert [(s.start, s.end, s.text) for s in found.segments] == [(3.0, 5.0, "中国的电网发展非常快。")]
    assert youtube.timedtext == [("Ai7MuskChn1", "zh-Hans", "manual")]


async def test_automatic_captions_when_there_are_no_manual_ones(youtube: FakeYouTube) -> None:
    youtube.videos["Ai7MuskChn1"] = FakeVideo(generated={"en": [
        (10.0, 2.0, "china is building"), (12.0, 2.0, "power plants"), (14.0, 1.0, "fast")]})
    found = await asyncio.to_thread(source(youtube.server).captions, "Ai7MuskChn1", ["en"])
    assert found is not None
    assert [(s.start, s.text) for s in found.segments] == [(10.0, "china is building power "
                                                                  "plants fast")]
    assert youtube.timedtext == [("Ai7MuskChn1", "en", "asr")]


async def test_no_captions_is_none(youtube: FakeYouTube) -> None:
    youtube.videos["Ai7Disabled"] = FakeVideo(disabled=True)
    captions = source(youtube.server)
    assert await asyncio.to_thread(captions.captions, "Ai7Disabled", ["en"]) is None
    assert await asyncio.to_thread(captions.captions, "Ai7Missing1", ["en"]) is None


async def test_an_oversized_answer_is_refused(youtube: FakeYouTube) -> None:
    youtube.videos["Ai7MuskChn1"] = FakeVideo(manual={"en": [
        (float(i), 1.0, "words " * 50) for i in range(400)]})
    captions = source(youtube.server, max_bytes=20_000)
    with pytest.raises(CaptionError, match="exceeds 20000 bytes"):
        await asyncio.to_thread(captions.captions, "Ai7MuskChn1", ["en"])


async def test_a_caption_url_off_youtube_is_refused(youtube: FakeYouTube) -> None:
    async def player(request: web.Request) -> web.StreamResponse:
        track = {"baseUrl": "http://169.254.169.254/latest/meta-data?lang=en",
                 "name": {"runs": [{"text": "en"}]}, "languageCode": "en"}
        return web.json_response({"playabilityStatus": {"status": "OK"}, "captions": {
            "playerCaptionsTracklistRenderer": {"captionTracks": [track]}}})

    youtube.server.set("/youtubei/v1/player", Route(respond=player))
    with pytest.raises(CaptionError, match="not YouTube"):
        await asyncio.to_thread(source(youtube.server).captions, "Ai7MuskChn1", ["en"])


async def test_a_blocked_request_is_one_line_error(youtube: FakeYouTube) -> None:
    youtube.server.set("/watch", status=429, body=b"Too Many Requests")
    with pytest.raises(CaptionError) as info:
        await asyncio.to_thread(source(youtube.server).captions, "Ai7MuskChn1", ["en"])
    assert "\n" not in str(info.value) and "Ai7MuskChn1" in str(info.value)
