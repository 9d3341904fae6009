"""Ports: the small interfaces the core needs from the outside world.

Each has a real implementation (in ``adapters/`` for chat platforms) and a fake
one for tests. The core depends only on these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from tracker.model import Destination, Post, ScoredRebuttal, Statement


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
    """Sends posts to the chats of one platform.

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


class ChatPlatform(Protocol):
    """What a chat adapter gives the core: a notifier, and a bot to run beside the scheduler.

    The composition root (``adapters.main``) builds the platforms from the settings;
    the CLI receives them through ``STATE.platform_factory(settings, db)``.
    """

    name: str  # "telegram" | "discord" | "console"
    notifier: Notifier

    async def start(self) -> None: ...

    async def stop(self) -> None: ...
