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
from tracker.model import Destination, Post, ScoredRebuttal, Statement

logger = logging.getLogger(__name__)

MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit
_GONE = ("chat not found", "bot was kicked", "bot is not a member", "have no rights",
         "not enough rights", "need administrator rights", "group chat was deactivated",
         "chat_write_forbidden", "user is deactivated")


def vote_keyboard(post: Post) -> InlineKeyboardMarkup | None:
    """👍/👎 buttons for each rebuttal shown under a post (numbered when several)."""
    rows = []
    for n, rb in enumerate(post.rebuttals[:3], 1):
        up, down = (f"v|{post.statement.id}|{rb.id}|{v}" for v in ("1", "-1"))
        if len(down.encode()) > MAX_CALLBACK_DATA:
            continue  # an overlong id cannot carry a vote; the post still goes out
        tag = f"{n} " if len(post.rebuttals) > 1 else ""
        rows.append([InlineKeyboardButton(f"{tag}👍", callback_data=up),
                     InlineKeyboardButton(f"{tag}👎", callback_data=down)])
    return InlineKeyboardMarkup(rows) if rows else None


def review_keyboard(statement_id: int, candidates: Sequence[ScoredRebuttal],
                    language: str = "en") -> InlineKeyboardMarkup:
    """Review chat buttons: top candidates, post plain, write new, ignore."""
    zh = language == "zh"
    rows = []
    for c in candidates[:3]:
        data = f"r|{statement_id}|attach|{c.rebuttal_id}"
        if len(data.encode()) <= MAX_CALLBACK_DATA:
            rows.append([InlineKeyboardButton(f"✅ {c.rebuttal_id[:40]} ({c.score:.2f})",
                                              callback_data=data)])
    rows.append([InlineKeyboardButton("发布（无反驳）" if zh else "Post without counterpoint",
                                      callback_data=f"r|{statement_id}|post_plain|")])
    rows.append([InlineKeyboardButton("撰写新反驳" if zh else "Write a new rebuttal",
                                      callback_data=f"r|{statement_id}|new_rebuttal|"),
                 InlineKeyboardButton("忽略" if zh else "Ignore",
                                      callback_data=f"r|{statement_id}|ignore|")])
    return InlineKeyboardMarkup(rows)


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
