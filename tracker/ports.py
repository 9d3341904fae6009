"""Ports: the small interfaces the core needs from the outside world.

Each has a real implementation (in ``adapters/`` for chat platforms) and a fake
one for tests. The core depends only on these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from tracker.model import (
    AudioStream,
    Destination,
    Post,
    ScoredRebuttal,
    Statement,
    Transcript,
    TranscriptSegment,
)


class DeliveryError(Exception):
    """A send failed. Subclasses tell the outbox what to do next."""


class RetryAfter(DeliveryError):
    """The platform asked us to wait exactly ``seconds`` (Telegram/Discord 429)."""

    def __init__(self, seconds: float, message: str = "rate limited") -> None:
        super().__init__(f"{message} (retry after {seconds}s)")
        self.seconds = seconds


class TransientError(DeliveryError):
    """Timeout, connection error or 5xx: retry with exponential backoff."""


class DestinationGone(DeliveryError):
    """Bot kicked, chat not found, forbidden: deactivate the destination."""


class ContentRejected(DeliveryError):
    """The platform refused this message (e.g. 400 bad request): do not retry as is."""


@runtime_checkable
class Notifier(Protocol):
    """Sends posts to the chats of one platform, and edits the posts it sent.

    Each method returns the platform's message id as a string.
    """

    platform: str

    async def send_post(self, destination: Destination, post: Post) -> str: ...

    async def send_review(
        self,
        destination: Destination,
        statement: Statement,
        candidates: Sequence[ScoredRebuttal],
        reason: str,
    ) -> str: ...

    async def send_alert(self, destination: Destination, text: str) -> str: ...

    async def edit_post(self, destination: Destination, message_id: str, post: Post) -> str:
        """Replace a sent post's message (``message_id``) with ``post`` as it is now.

        An edit that changes nothing is a success (Telegram's "message is not
        modified"). Raises the same ``DeliveryError`` subclasses as the sends; a
        message that no longer exists is ``ContentRejected``.
        """
        ...


class Service(Protocol):
    """What the long-running service runs beside the scheduler (the web console)."""

    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class ChatPlatform(Protocol):
    """What a chat adapter gives the core: a notifier, and a bot to run beside the scheduler.

    The composition root (``adapters.main``) builds the platforms from the settings;
    each command gets them through ``tracker.runtime.bootstrap.App.platforms``.
    """

    name: str  # "telegram" | "discord" | "console"
    notifier: Notifier

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class CaptionSource(Protocol):
    """The captions of a video, with their timings (YouTube: youtube-transcript-api).

    Blocking: the caller runs it in a thread. Returns None when the video has no
    captions in any language; raises ``TrackerError`` subclasses for network failures.
    """

    def captions(self, video_id: str, languages: Sequence[str]) -> Transcript | None: ...


class AudioResolver(Protocol):
    """Where a video's audio stream is (yt-dlp reads the video's page).

    Blocking: the caller runs it in a thread. Raises ``FetchError`` with one line when
    the video has no audio stream it can reach.
    """

    def resolve(self, page_url: str) -> AudioStream: ...


class Transcriber(Protocol):
    """Speech recognition of one audio file (faster-whisper, or a fake in tests).

    Both methods are blocking and run in a worker process, so an implementation
    must pickle: keep settings in it and load the model lazily in the worker.
    """

    def duration(self, audio_path: str) -> float:
        """Seconds of audio in the file (read from its header, cheap)."""
        ...

    def transcribe(self, audio_path: str) -> Sequence[TranscriptSegment]:
        """The speech in the file as timed segments, without speaker labels."""
        ...
