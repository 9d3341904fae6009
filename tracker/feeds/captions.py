"""Video captions: a YouTube video's captions as a timed transcript, and links to a moment.

``YouTubeCaptions`` is the ``ports.CaptionSource`` of video feeds (``kind = "video"``):
youtube-transcript-api lists the video's caption tracks and fetches one, manual
captions first, automatic ones otherwise, in the configured languages first. Its
network access goes through the ``requests`` session given to it; ours refuses every
host but YouTube's (the SSRF guard of this path), caps each body, and can send the
requests to a local fake instead (``transcripts.youtube_base_url``, the tests' seam).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from tracker.errors import TrackerError
from tracker.model import Transcript, TranscriptSegment

logger = logging.getLogger(__name__)

YOUTUBE_HOSTS = frozenset({"www.youtube.com", "youtube.com", "m.youtube.com"})
_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
_SENTENCE_END = re.compile(r"[.?!。？！…]['\"”’）)]*$")
MAX_SEGMENT_SECONDS = 30.0  # captions are merged into segments of about a sentence
MAX_SEGMENT_CHARS = 300


class CaptionError(TrackerError):
    """Captions that could not be fetched (network, blocked, refused host); one line."""


def video_id(url: str, guid: str = "") -> str | None:
    """The YouTube video id of a feed entry: its ``yt:video:ID`` guid or its watch URL."""
    if guid.startswith("yt:video:") and _ID.match(guid[9:]):
        return guid[9:]
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    found: str | None = None
    if host in YOUTUBE_HOSTS:
        if parts.path == "/watch":
            found = (parse_qs(parts.query).get("v") or [""])[0]
        elif parts.path.startswith(("/shorts/", "/live/", "/embed/")):
            found = parts.path.split("/")[2]
    elif host == "youtu.be":
        found = parts.path.lstrip("/").split("/")[0]
    return found if found and _ID.match(found) else None


def moment_url(url: str, seconds: float | None) -> str:
    """The URL of a video at a second (``&t=NNs``); other URLs, and second 0, unchanged."""
    if seconds is None or seconds < 1:
        return url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in YOUTUBE_HOSTS and host != "youtu.be":
        return url
    query = [(k, v) for k, vs in parse_qs(parts.query, keep_blank_values=True).items() for v in vs
             if k != "t"]
    query.append(("t", f"{int(seconds)}s"))
    return urlunsplit(parts._replace(query=urlencode(query)))


def merge_snippets(snippets: Iterable[tuple[float, float, str]]) -> list[TranscriptSegment]:
    """Caption snippets (start, duration, text) merged into segments of about a sentence.

    A caption line is a few words; the extractor reads sentences, so lines are joined
    until one ends a sentence, or the segment reaches 30 s or 300 characters.
    """
    segments: list[TranscriptSegment] = []
    words: list[str] = []
    start = end = 0.0
    for at, duration, text in snippets:
        text = " ".join(text.split())
        if not text:
            continue
        if not words:
            start = at
        words.append(text)
        end = at + duration
        joined = " ".join(words)
        if (_SENTENCE_END.search(text) or end - start >= MAX_SEGMENT_SECONDS
                or len(joined) >= MAX_SEGMENT_CHARS):
            segments.append(TranscriptSegment(start, end, joined))
            words = []
    if words:
        segments.append(TranscriptSegment(start, end, " ".join(words)))
    return segments


def pick_track(tracks: Sequence[Any], languages: Sequence[str]) -> Any | None:
    """Manual captions in a wanted language first, automatic ones otherwise, then any."""
    for generated in (False, True):
        for code in languages:
            for track in tracks:
                if track.is_generated == generated and track.language_code == code:
                    return track
    for generated in (False, True):
        for track in tracks:
            if track.is_generated == generated:
                return track
    return None


class YouTubeCaptions:
    """Captions of YouTube videos through youtube-transcript-api (blocking; run in a thread)."""

    def __init__(self, *, base_url: str = "", timeout: float = 20.0, max_bytes: int = 10_000_000,
                 user_agent: str = "") -> None:
        self.base_url, self.timeout, self.max_bytes = base_url, timeout, max_bytes
        self.user_agent = user_agent

    def captions(self, video_id: str, languages: Sequence[str]) -> Transcript | None:
        """The video's best caption track as a transcript; None when it has no captions."""
        from requests import RequestException
        from youtube_transcript_api import YouTubeTranscriptApi
        from youtube_transcript_api._errors import (
            CouldNotRetrieveTranscript,
            NoTranscriptFound,
            TranscriptsDisabled,
            VideoUnavailable,
        )

        api = YouTubeTranscriptApi(http_client=self.session())
        try:
            track = pick_track(list(api.list(video_id)), languages)
            if track is None:
                return None
            fetched = track.fetch()
        except (TranscriptsDisabled, NoTranscriptFound, VideoUnavailable):
            return None
        except CouldNotRetrieveTranscript as exc:
            raise CaptionError(f"captions of {video_id}: {type(exc).__name__}") from None
        except RequestException as exc:
            raise CaptionError(f"captions of {video_id}: {_one_line(exc)}") from None
        kind = "automatic" if fetched.is_generated else "manual"
        logger.info("captions of %s: %s, %s", video_id, fetched.language_code, kind)
        segments = merge_snippets((s.start, s.duration, s.text) for s in fetched.snippets)
        return Transcript(url=f"https://www.youtube.com/watch?v={video_id}",
                          format="captions", segments=tuple(segments))

    def session(self) -> Any:
        """A requests session whose every request goes through the guarded adapter."""
        import requests

        session = requests.Session()
        adapter = _guarded_adapter(self.base_url, self.timeout, self.max_bytes)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        if self.user_agent:
            session.headers["User-Agent"] = self.user_agent
        return session


def route(url: str, base_url: str) -> str:
    """Where a request of the caption library goes: YouTube (or its local stand-in) only.

    Raises:
        CaptionError: for any other host (a player response cannot send us elsewhere).
    """
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in YOUTUBE_HOSTS:
        raise CaptionError(f"refused caption URL host {parts.hostname!r}: not YouTube")
    if not base_url:
        return url
    base = urlsplit(base_url)
    return urlunsplit((base.scheme, base.netloc, base.path.rstrip("/") + parts.path,
                       parts.query, ""))


def _guarded_adapter(base_url: str, timeout: float, max_bytes: int) -> Any:
    """An HTTPAdapter that routes (see ``route``), times out and caps every body."""
    from requests.adapters import HTTPAdapter

    class GuardedAdapter(HTTPAdapter):
        def send(self, request: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            request.url = route(request.url, base_url)
            kwargs.update(stream=True, timeout=timeout)
            response = super().send(request, **kwargs)
            body = bytearray()
            for chunk in response.raw.stream(65536, decode_content=True):
                body += chunk
                if len(body) > max_bytes:
                    response.close()
                    raise CaptionError(f"caption response exceeds {max_bytes} bytes")
            response._content = bytes(body)
            return response

    return GuardedAdapter()


def _one_line(exc: BaseException) -> str:
    return (f"{type(exc).__name__}: {exc}".splitlines() or [""])[0][:200]
