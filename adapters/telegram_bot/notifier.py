"""TelegramNotifier: the tracker.ports.Notifier for Telegram, over PTB's Bot.

Maps PTB errors to the outbox's vocabulary: RetryAfter → ports.RetryAfter with
the exact seconds, BadRequest "chat not found" / Forbidden → DestinationGone,
other BadRequest → ContentRejected, TimedOut / NetworkError / 5xx →
TransientError. BadRequest is a subclass of NetworkError, so it is caught first.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram import error as tg_error
from telegram.constants import ParseMode

from adapters.telegram_bot import formatting
from adapters.telegram_bot.ratelimit import retry_seconds
from tracker import ports
from tracker.chat import actions
from tracker.model import Destination, Post, ScoredRebuttal, Statement

logger = logging.getLogger(__name__)

MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit
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
    """Sends posts, reviews and alerts through a PTB bot (paced by its rate limiter)."""

    platform = "telegram"

    def __init__(self, bot: Bot) -> None:
        """Wrap a bot; give it a PacingRateLimiter (an ExtBot) so sends stay in limits."""
        self.bot = bot

    async def send_post(self, destination: Destination, post: Post) -> str:
        """Send a statement with its counterpoints and the vote buttons."""
        text = formatting.render_post(post)
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

    async def _send(self, chat_id: str, text: str, markup: InlineKeyboardMarkup | None) -> str:
        try:
            return await self._send_once(chat_id, text, markup)
        except tg_error.RetryAfter as exc:
            # The rate limiter already paused and retried; the outbox takes it from here.
            raise ports.RetryAfter(retry_seconds(exc)) from None

    async def _send_once(self, chat_id: str, text: str,
                         markup: InlineKeyboardMarkup | None) -> str:
        kwargs: dict[str, Any] = {
            "chat_id": chat_id, "text": text, "parse_mode": ParseMode.HTML,
            "link_preview_options": LinkPreviewOptions(is_disabled=True),
        }
        if markup is not None:
            kwargs["reply_markup"] = markup
        try:
            message = await self.bot.send_message(**kwargs)
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
        return str(message.message_id)
