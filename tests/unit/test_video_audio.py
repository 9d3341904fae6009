"""The video audio resolver's own decisions (the whole path runs in
tests/integration/test_transcribe_videos.py against the fake YouTube)."""

from __future__ import annotations

import sys
import types

import pytest

from tracker.config import Settings
from tracker.errors import ConfigError
from tracker.feeds.asr import build_transcriber
from tracker.feeds.fetch import FetchError
from tracker.feeds.video_audio import YtDlpAudio, _stream


def test_only_youtube_pages_are_handed_to_yt_dlp() -> None:
    for page in ("https://evil.example/watch?v=abc", "http://169.254.169.254/latest/",
                 "file:///etc/passwd"):
        with pytest.raises(FetchError) as info:
            YtDlpAudio().resolve(page)
        assert info.value.status == "refused" and "not YouTube" in str(info.value)


def test_the_chosen_format_gives_url_headers_duration_and_size() -> None:
    info = {"url": "https://rr1.googlevideo.com/videoplayback?itag=140", "duration": 734,
            "http_headers": {"User-Agent": "UA"}, "filesize_approx": 11_800_000}
    got = _stream(info, "https://www.youtube.com/watch?v=abc")
    assert (got.url, got.headers, got.seconds, got.size) == (
        info["url"], {"User-Agent": "UA"}, 734.0, 11_800_000)
    merged = {"duration": 60, "requested_formats": [
        {"url": "https://rr2.googlevideo.com/a", "filesize": 500}, {"url": "https://x/v"}]}
    got = _stream(merged, "https://www.youtube.com/watch?v=abc")
    assert (got.url, got.seconds, got.size) == ("https://rr2.googlevideo.com/a", 60.0, 500)
    unknown = _stream({"url": "https://rr1.googlevideo.com/x"}, "p")
    assert (unknown.seconds, unknown.size) == (None, None)


@pytest.mark.parametrize("info", [{}, {"url": "rtmp://live.example/stream"},
                                  {"url": "/relative"}, {"url": None}])
def test_no_http_stream_is_one_clear_error(info: dict[str, object]) -> None:
    with pytest.raises(FetchError) as caught:
        _stream(info, "https://www.youtube.com/watch?v=abc")
    assert caught.value.status == "resolve"
    assert str(caught.value) == ("no audio stream for https://www.youtube.com/watch?v=abc: "
                                 "yt-dlp found no HTTP format")


def test_yt_dlp_writes_nothing_and_says_nothing_on_stderr() -> None:
    opts = YtDlpAudio(user_agent="tracker/1").options()
    assert opts["skip_download"] and opts["noplaylist"] and opts["cachedir"] is False
    assert opts["quiet"] and opts["no_warnings"] and opts["format"] == "bestaudio/best"
    assert opts["http_headers"] == {"User-Agent": "tracker/1"}


def test_asr_videos_without_yt_dlp_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "faster_whisper", types.ModuleType("faster_whisper"))
    monkeypatch.setitem(sys.modules, "yt_dlp", None)  # import yt_dlp raises ImportError
    settings = Settings(transcripts={"asr": True})  # type: ignore[arg-type]
    with pytest.raises(ConfigError) as info:
        build_transcriber(settings)
    assert "yt-dlp is missing" in str(info.value) and "asr_videos = false" in str(info.value)
    off = Settings(transcripts={"asr": True, "asr_videos": False})  # type: ignore[arg-type]
    assert build_transcriber(off) is not None
