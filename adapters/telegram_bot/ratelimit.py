"""Pacing of sends to stay inside Telegram's rate limits without losing throughput.

Telegram allows about 30 messages per second overall, 1 per second per chat and
20 per minute per group. PTB's AIORateLimiter bursts then waits, which draws
429s; this pacer spaces sends smoothly instead: each send reserves the next
slot ``1/rate`` seconds after the previous one (never catching up in a burst
after an idle period), per chat at least ``per_chat_interval`` apart, and a 429
pauses every send for exactly the ``retry_after`` the server gave.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

logger = logging.getLogger(__name__)

# Bot API methods that post or change messages: the ones Telegram rate-limits.
_PACED = ("send", "edit", "copy", "forward")


class SendPacer:
    """Spaces sends; safe to share among concurrent senders on one event loop."""

    def __init__(
        self,
        per_second: float = 29.0,
        per_chat_interval: float = 1.05,
        per_group_interval: float = 3.05,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """Create a pacer.

        Args:
            per_second: Overall sends per second; slightly under Telegram's 30 so
                network jitter never puts 31 requests into one second.
            per_chat_interval: Minimum seconds between two sends to one chat.
            per_group_interval: Minimum seconds between sends to one group (20/min).
            clock: Monotonic clock, injectable for tests.
            sleep: Sleep function, injectable for tests.
        """
        self.interval = 1.0 / per_second
        self.slack = self.interval / 2
        self.per_chat_interval = per_chat_interval
        self.per_group_interval = per_group_interval
        self._clock, self._sleep = clock, sleep
        self._next_global = 0.0
        self._next_chat: dict[str, float] = {}
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self.pauses = 0

    async def wait(self, chat_id: str) -> None:
        """Sleep until this send may go out, then record it as sent now."""
        # The chat's own spacing is waited outside the lock: a chat that must wait
        # does not hold up sends to other chats.
        await self._wait_until(lambda: max(self._paused_until, self._next_chat.get(chat_id, 0.0)))
        async with self._lock:  # one sender at a time takes the next global slot, in order
            await self._wait_until(lambda: max(self._paused_until, self._next_global,
                                               self._next_chat.get(chat_id, 0.0)))
            # Slots follow a fixed grid while senders keep up; after a late wake-up (a
            # busy event loop) beyond a small slack, the grid restarts from the real
            # send time, so a stall never turns into a burst that overruns a 1-s window.
            now = self._clock()
            base = self._next_global if now - self._next_global <= self.slack else now
            self._next_global = base + self.interval
            gap = self.per_group_interval if _is_group(chat_id) else self.per_chat_interval
            self._next_chat[chat_id] = now + gap
            if len(self._next_chat) > 10_000:
                self._next_chat = {k: v for k, v in self._next_chat.items() if v > now}

    async def _wait_until(self, deadline: Callable[[], float]) -> None:
        while (delay := deadline() - self._clock()) > 0:
            await self._sleep(delay)

    def pause(self, seconds: float) -> None:
        """Stop every send for ``seconds`` (a 429's retry_after)."""
        self.pauses += 1
        self._paused_until = max(self._paused_until, self._clock() + seconds)


def _is_group(chat_id: str) -> bool:
    return chat_id.startswith("-") or chat_id.startswith("@")


class PacingRateLimiter(BaseRateLimiter[int]):
    """PTB rate limiter: every message-sending call of the bot goes through one SendPacer.

    Installed on the Application's bot, so posts from the outbox and replies to
    commands share one budget. On a 429 every send pauses for exactly
    ``retry_after``, then the call is retried (up to ``max_retries`` times, after
    which RetryAfter is raised and the outbox reschedules the message).
    ``rate_limit_args`` (an int) overrides max_retries for one call.
    """

    def __init__(self, pacer: SendPacer | None = None, max_retries: int = 3) -> None:
        self.pacer = pacer or SendPacer()
        self.max_retries = max_retries
        self.count_429 = 0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Wait for a slot (sends only), call, and on 429 pause everyone and retry."""
        chat_id = data.get("chat_id")
        paced = chat_id is not None and endpoint.startswith(_PACED)
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        attempt = 0
        while True:
            if paced:
                await self.pacer.wait(str(chat_id))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.count_429 += 1
                seconds = retry_seconds(exc)
                self.pacer.pause(seconds)
                attempt += 1
                logger.info("telegram 429 on %s (chat %s): pausing %.1fs", endpoint, chat_id,
                            seconds)
                if attempt > retries:
                    raise
                if not paced:
                    await asyncio.sleep(seconds)


def retry_seconds(exc: RetryAfter) -> float:
    """The exact wait a 429 asked for, in seconds (int or timedelta across PTB versions)."""
    with warnings.catch_warnings():
        # PTB 22 warns on reading an int retry_after; the value is what we need either way.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: int | float | timedelta = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
