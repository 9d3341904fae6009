"""DiscordNotifier: the tracker.ports.Notifier for Discord, over discord.py's REST client.

Sends posts (an embed with 👍/👎 buttons), reviews (an embed with decision buttons) and
alerts to channels by id, and edits sent posts. Maps discord.py's errors to the outbox's
vocabulary. What discord.py already does, and what this adds:

* 429s are waited out inside each call (the body's ``retry_after``, up to 5 tries) and
  the X-RateLimit headers pace each channel's bucket. A wait over the client's
  ``max_ratelimit_timeout`` raises ``RateLimited`` instead of sleeping: that goes back to
  the outbox as ``ports.RetryAfter``, so a long wait holds no send slot.
* Discord's global limit (50 requests/s per bot) is only learnt from a global 429, so
  :class:`GlobalPacer` spaces the notifier's requests evenly below it.
* Every send carries a nonce with ``enforce_nonce``: discord.py's own retries (5xx) and an
  outbox retry after a crash reuse it, and Discord answers a repeated nonce with the
  message it already created instead of posting twice. The nonce names the outbox row:
  (statement, destination) is unique per row, and the channel is the destination.
* 403 (missing access or permissions) and 404 Unknown Channel mean the destination is
  gone; another 4xx rejects the content; 5xx and network errors are transient.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import aiohttp
import discord

from adapters.discord_bot import embeds
from adapters.discord_bot.buttons import review_view, vote_view
from tracker import ports
from tracker.config import WebSettings
from tracker.model import Destination, Post, ScoredRebuttal, Statement

logger = logging.getLogger(__name__)

T = TypeVar("T")
UNKNOWN_CHANNEL = 10003
GLOBAL_RATE = 48.0  # requests/s: Discord allows 50 per bot; a little room for jitter
NO_MENTIONS = discord.AllowedMentions.none()


class GlobalPacer:
    """Spaces requests evenly at ``rate`` per second across every caller (no bursts)."""

    def __init__(self, rate: float = GLOBAL_RATE) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0

    async def wait(self) -> None:
        """Wait for this request's slot (the slot is taken before any await: no lock needed)."""
        if not self.interval:
            return
        now = asyncio.get_running_loop().time()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


def delivery_nonce(kind: str, statement: Statement) -> str:
    """The nonce of the outbox row sending ``statement`` to a channel (at most 25 characters).

    The id alone would repeat after a database is recreated; the text's digest does not.
    """
    digest = hashlib.sha256(f"{statement.id}\n{statement.text}".encode()).hexdigest()[:10]
    return f"{kind}{statement.id}.{digest}"[:25]


def _retry_seconds(exc: discord.HTTPException) -> float:
    """The wait a 429 asked for (body, else Retry-After header), or 5 s when it gave none."""
    data = getattr(exc, "response", None)
    header = data.headers.get("Retry-After") if data is not None else None
    try:
        return float(header) if header else 5.0
    except ValueError:
        return 5.0


def translate(exc: Exception) -> Exception:
    """The ports error for a discord.py or network error (other errors are returned as is)."""
    message = f"{type(exc).__name__}: {exc}"[:500]
    if isinstance(exc, discord.RateLimited):
        return ports.RetryAfter(exc.retry_after)
    if isinstance(exc, discord.Forbidden):
        return ports.DestinationGone(message)
    if isinstance(exc, discord.NotFound):
        gone = exc.code == UNKNOWN_CHANNEL
        return ports.DestinationGone(message) if gone else ports.ContentRejected(message)
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:  # still limited after discord.py's tries, or a Cloudflare block
            return ports.RetryAfter(_retry_seconds(exc))
        if exc.status >= 500 or exc.status == 401:
            return ports.TransientError(message)
        return ports.ContentRejected(message)
    if isinstance(exc, aiohttp.ClientError | TimeoutError | OSError):
        return ports.TransientError(message)
    return exc


class DiscordNotifier:
    """Sends posts, reviews and alerts, and edits posts, through a discord.py client."""

    platform = "discord"

    def __init__(self, client: discord.Client, pacer: GlobalPacer | None = None, *,
                 web: WebSettings | None = None) -> None:
        """With ``web`` (its public_url set) each post links to the statement's public page."""
        self.client = client
        self.pacer = pacer or GlobalPacer()
        self.web = web

    def _embed(self, post: Post) -> discord.Embed:
        context = self.web.statement_url(post.statement.id) if self.web else None
        return embeds.post_embed(post, context_url=context)

    async def send_post(self, destination: Destination, post: Post) -> str:
        """Send a statement with its counterpoints and the vote buttons."""
        return await self._send(destination, embed=self._embed(post),
                                view=vote_view(post), nonce=delivery_nonce("p", post.statement))

    async def send_review(self, destination: Destination, statement: Statement,
                          candidates: Sequence[ScoredRebuttal], reason: str) -> str:
        """Send a held statement to the review channel with the decision buttons."""
        embed = embeds.review_embed(statement, candidates, reason, destination.language)
        view = review_view(statement.id, candidates, destination.language)
        return await self._send(destination, embed=embed, view=view,
                                nonce=delivery_nonce("r", statement))

    async def send_alert(self, destination: Destination, text: str) -> str:
        """Send an operator alert as plain, escaped text."""
        return await self._send(destination, content=embeds.alert_content(text))

    async def edit_post(self, destination: Destination, message_id: str, post: Post) -> str:
        """Replace a sent post's embed and buttons with the post as it is now."""
        if not message_id.isdigit():
            raise ports.ContentRejected(f"not a Discord message id: {message_id[:40]}")
        message = self._channel(destination).get_partial_message(int(message_id))
        # view=None removes the buttons, as it should when no counterpoint is left to vote on.
        await self._call(lambda: message.edit(embed=self._embed(post), view=vote_view(post),
                                              allowed_mentions=NO_MENTIONS))
        return message_id

    def _channel(self, destination: Destination) -> discord.PartialMessageable:
        if not destination.chat_id.isdigit():
            raise ports.DestinationGone(f"not a Discord channel id: {destination.chat_id[:40]}")
        return self.client.get_partial_messageable(int(destination.chat_id))

    async def _send(self, destination: Destination, **kwargs: Any) -> str:
        channel = self._channel(destination)
        message = await self._call(lambda: channel.send(allowed_mentions=NO_MENTIONS, **kwargs))
        return str(message.id)

    async def _call(self, request: Callable[[], Awaitable[T]]) -> T:
        """Make one paced request, with discord.py's errors as the outbox's."""
        await self.pacer.wait()
        try:
            return await request()
        except Exception as exc:
            translated = translate(exc)
            if translated is exc:
                raise
            raise translated from None


__all__ = ["DiscordNotifier", "GlobalPacer", "delivery_nonce", "translate"]
