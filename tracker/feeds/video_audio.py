"""Where a video's audio stream is: yt-dlp resolves it, our guarded downloader fetches it.

A video without captions is transcribed like a podcast episode (usecases/transcribe.py);
its audio has no enclosure URL, so yt-dlp reads the video's page and picks the best
audio-only format. yt-dlp is asked only for YouTube addresses (``captions.route``
refuses any other host; tests route them to a local stand-in, where yt-dlp's generic
HTML5 extractor reads the page); the stream itself is fetched by
``feeds.audio.download`` with the SSRF guard and the size cap, never by yt-dlp.

yt-dlp is part of the ``asr`` extra. YouTube changes its player often: keep yt-dlp
current (``pip install -U yt-dlp``); recent versions may need a JavaScript runtime
(Deno) for some videos, see yt-dlp's documentation.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tracker.feeds.captions import CaptionError, route
from tracker.feeds.fetch import FetchError
from tracker.model import AudioStream

logger = logging.getLogger(__name__)

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class _Quiet:
    """yt-dlp's logger: its chatter to debug, its warnings to our log, nothing on stderr."""

    def debug(self, msg: str) -> None:
        logger.debug("yt-dlp: %s", msg)

    def info(self, msg: str) -> None:
        logger.debug("yt-dlp: %s", msg)

    def warning(self, msg: str) -> None:
        logger.info("yt-dlp: %s", _ANSI.sub("", msg)[:300])

    def error(self, msg: str) -> None:
        logger.debug("yt-dlp: %s", msg)


@dataclass(frozen=True)
class YtDlpAudio:
    """``ports.AudioResolver`` with yt-dlp (blocking: the caller runs it in a thread)."""

    base_url: str = ""  # "" is YouTube itself; tests point it at a local fake
    timeout: float = 20.0
    user_agent: str = ""

    def options(self) -> dict[str, Any]:
        """yt-dlp's options: one video, the best audio-only format, nothing written to disk."""
        opts: dict[str, Any] = {
            "format": "bestaudio/best", "noplaylist": True, "skip_download": True,
            "quiet": True, "no_warnings": True, "noprogress": True, "logger": _Quiet(),
            "socket_timeout": self.timeout, "cachedir": False, "extractor_retries": 1,
            "allowed_extractors": ["youtube", "generic", "html5"],
        }
        if self.user_agent:
            opts["http_headers"] = {"User-Agent": self.user_agent}
        return opts

    def resolve(self, page_url: str) -> AudioStream:
        """The audio stream of the video at ``page_url``.

        Raises:
            FetchError: a page that is not YouTube's, a video that is unavailable or
                has no audio, a network failure (one line, status "resolve").
        """
        import yt_dlp

        try:
            url = route(page_url, self.base_url)
        except CaptionError:
            host = urlsplit(page_url).hostname
            raise FetchError(f"refused video page host {host!r}: not YouTube",
                             status="refused") from None
        try:
            with yt_dlp.YoutubeDL(self.options()) as ydl:
                info = ydl.extract_info(url, download=False)
        except yt_dlp.utils.YoutubeDLError as exc:
            raise FetchError(f"no audio stream for {page_url}: {_one_line(exc)}",
                             status="resolve") from None
        return _stream(info or {}, page_url)


def _stream(info: dict[str, Any], page_url: str) -> AudioStream:
    chosen = info
    if not chosen.get("url") and info.get("requested_formats"):
        chosen = info["requested_formats"][0]
    stream = str(chosen.get("url") or "")
    if not stream.startswith(("http://", "https://")):
        raise FetchError(f"no audio stream for {page_url}: yt-dlp found no HTTP format",
                         status="resolve")
    headers = {str(k): str(v) for k, v in (chosen.get("http_headers") or {}).items()}
    size = chosen.get("filesize") or chosen.get("filesize_approx")
    seconds = info.get("duration")
    return AudioStream(stream, headers, float(seconds) if seconds else None,
                       int(size) if size else None)


def _one_line(exc: BaseException) -> str:
    text = _ANSI.sub("", str(exc)).removeprefix("ERROR: ").strip()
    return (text.splitlines() or [type(exc).__name__])[0][:300]


def yt_dlp_missing() -> bool:
    """Whether yt-dlp (part of the ``asr`` extra) is not installed."""
    try:
        import yt_dlp  # noqa: F401
    except ImportError:
        return True
    return False
