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
import time
from collections.abc import Callable


class SendPacer:
    """Reserves send slots; safe to share among concurrent senders on one loop."""

    def __init__(
        self,
        per_second: float = 29.0,
        per_chat_interval: float = 1.05,
        per_group_interval: float = 3.05,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create a pacer.

        Args:
            per_second: Overall sends per second; slightly under Telegram's 30 so
                network jitter never puts 31 requests into one second.
            per_chat_interval: Minimum seconds between two sends to one chat.
            per_group_interval: Minimum seconds between sends to one group (20/min).
            clock: Monotonic clock, injectable for tests.
        """
        self.interval = 1.0 / per_second
        self.per_chat_interval = per_chat_interval
        self.per_group_interval = per_group_interval
        self._clock = clock
        self._next_global = 0.0
        self._next_chat: dict[str, float] = {}
        self._paused_until = 0.0
        self.pauses = 0

    def reserve(self, chat_id: str) -> float:
        """Reserve a slot for ``chat_id`` and return the delay until it (seconds)."""
        now = self._clock()
        start = max(now, self._paused_until, self._next_chat.get(chat_id, 0.0))
        slot = max(start, self._next_global)
        self._next_global = slot + self.interval
        # Negative ids and @names are groups or channels on Telegram: 20/min.
        gap = self.per_group_interval if _is_group(chat_id) else self.per_chat_interval
        self._next_chat[chat_id] = slot + gap
        if len(self._next_chat) > 10_000:
            self._forget(now)
        return slot - now

    async def wait(self, chat_id: str) -> None:
        """Sleep until this send may go out."""
        delay = self.reserve(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)

    def pause(self, seconds: float) -> None:
        """Stop every send for ``seconds`` (a 429's retry_after)."""
        self.pauses += 1
        until = self._clock() + seconds
        self._paused_until = max(self._paused_until, until)
        self._next_global = max(self._next_global, until)

    def _forget(self, now: float) -> None:
        self._next_chat = {k: v for k, v in self._next_chat.items() if v > now}


def _is_group(chat_id: str) -> bool:
    return chat_id.startswith("-") or chat_id.startswith("@")
