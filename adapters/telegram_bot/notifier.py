"""TelegramNotifier: the tracker.ports.Notifier for Telegram, over PTB's Bot.

Sends posts, reviews and alerts, and edits sent posts. Maps PTB errors to the
outbox's vocabulary: RetryAfter → ports.RetryAfter with the exact seconds,
BadRequest "chat not found" / Forbidden → DestinationGone, other BadRequest →
ContentRejected ("message is not modified" on an edit is a success), TimedOut /
NetworkError / 5xx → TransientError. BadRequest is a subclass of NetworkError, so
it is caught first.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram import error as tg_error
from telegram.constants import ParseMode

from adapters.telegram_bot import formatting
from adapters.telegram_bot.ratelimit import retry_seconds
from tracker import ports
from tracker.chat import actions
from tracker.config import WebSettings
from tracker.model import Destination, Post, ScoredRebuttal, Statement

logger = logging.getLogger(__name__)

MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit
_NOT_MODIFIED = "message is not modified"
_GONE = ("chat not found", "bot was kicked", "bot is not a member", "have no rights",
         "not enough rights", "need administrator rights", "group chat was deactivated",
         "chat_write_forbidden", "user is deactivated")


def _keyboard(rows: list[list[actions.Button]]) -> InlineKeyboardMarkup | None:
    """Inline buttons for the rows whose data fits callback_data; None when none does."""
    # An overlong rebuttal id cannot ride on a button; the message still goes out.
    fitting = [row for row in rows
               if all(len(b.data.encode()) <= MAX_CALLBACK_DATA for b in row)]
    if not fitting:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in fitting])


def vote_keyboard(post: Post) -> InlineKeyboardMarkup | None:
    """👍/👎 buttons for each rebuttal shown under a post (numbered when several)."""
    return _keyboard(actions.vote_buttons(post))


def review_keyboard(statement_id: int, candidates: Sequence[ScoredRebuttal],
                    language: str = "en") -> InlineKeyboardMarkup | None:
    """Review chat buttons: top candidates, post plain, write new, ignore."""
    return _keyboard(actions.review_buttons(statement_id, candidates, language))


class TelegramNotifier:
    """Sends posts, reviews and alerts, and edits posts, through a PTB bot (paced by its
    rate limiter)."""

    platform = "telegram"

    def __init__(self, bot: Bot, *, web: WebSettings | None = None) -> None:
        """Wrap a bot; give it a PacingRateLimiter (an ExtBot) so sends stay in limits.

        With ``web`` (its public_url set) each post links to the statement's public page.
        """
        self.bot, self.web = bot, web

    def _render(self, post: Post) -> str:
        context = self.web.statement_url(post.statement.id) if self.web else None
        return formatting.render_post(post, context_url=context)

    async def send_post(self, destination: Destination, post: Post) -> str:
        """Send a statement with its counterpoints and the vote buttons."""
        text = self._render(post)
        return await self._send(destination.chat_id, text, vote_keyboard(post))

    async def send_review(self, destination: Destination, statement: Statement,
                          candidates: Sequence[ScoredRebuttal], reason: str) -> str:
        """Send a held statement to the review chat with the decision buttons."""
        text = formatting.render_review(statement, candidates, reason, destination.language)
        markup = review_keyboard(statement.id, candidates, destination.language)
        return await self._send(destination.chat_id, text, markup)

    async def send_alert(self, destination: Destination, text: str) -> str:
        """Send an operator alert (plain text, escaped)."""
        return await self._send(destination.chat_id, formatting.render_alert(text), None)

    async def edit_post(self, destination: Destination, message_id: str, post: Post) -> str:
        """Replace a sent post's text and vote buttons with the post as it is now.

        Telegram answers an edit that changes nothing with "message is not modified":
        the message already shows this post, so that is a success.
        """
        kwargs = self._message(destination.chat_id, self._render(post),
                               vote_keyboard(post))
        try:
            await self._call(self.bot.edit_message_text, message_id=int(message_id), **kwargs)
        except ports.ContentRejected as exc:
            if _NOT_MODIFIED not in str(exc).lower():
                raise
        return message_id

    async def _send(self, chat_id: str, text: str, markup: InlineKeyboardMarkup | None) -> str:
        message = await self._call(self.bot.send_message, **self._message(chat_id, text, markup))
        return str(message.message_id)

    @staticmethod
    def _message(chat_id: str, text: str, markup: InlineKeyboardMarkup | None) -> dict[str, Any]:
        """The arguments of a message: HTML, no link previews, the buttons when there are any.

        Without reply_markup an edit removes the buttons, as it should when none remain.
        """
        kwargs: dict[str, Any] = {
            "chat_id": chat_id, "text": text, "parse_mode": ParseMode.HTML,
            "link_preview_options": LinkPreviewOptions(is_disabled=True),
        }
        if markup is not None:
            kwargs["reply_markup"] = markup
        return kwargs

    async def _call(self, method: Callable[..., Awaitable[Any]], **kwargs: Any) -> Any:
        try:
            return await self._call_once(method, **kwargs)
        except tg_error.RetryAfter as exc:
            # The rate limiter already paused and retried; the outbox takes it from here.
            raise ports.RetryAfter(retry_seconds(exc)) from None

    async def _call_once(self, method: Callable[..., Awaitable[Any]], **kwargs: Any) -> Any:
        """Call a Bot API method, mapping its errors to the outbox's vocabulary."""
        try:
            return await method(**kwargs)
        except tg_error.RetryAfter:
            raise
        except (tg_error.Forbidden, tg_error.ChatMigrated) as exc:
            raise ports.DestinationGone(str(exc)) from None
        except tg_error.BadRequest as exc:
            if any(marker in str(exc).lower() for marker in _GONE):
                raise ports.DestinationGone(str(exc)) from None
            raise ports.ContentRejected(str(exc)) from None
        except (tg_error.TimedOut, tg_error.NetworkError) as exc:
            raise ports.TransientError(str(exc) or type(exc).__name__) from None
        except tg_error.TelegramError as exc:  # e.g. InvalidToken: retrying helps little
            raise ports.TransientError(str(exc)) from None
