"""What every handler module shares: the bot context, admin checks, usage errors."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes

from tracker.chat.service import MatcherCache
from tracker.config import Settings
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

MAX_ARG_CHARS = 2000  # longer command arguments are refused with a short reply

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[Any]]
H = TypeVar("H", bound=Handler)


class UsageError(Exception):
    """Bad input from a user: the message is replied as is (no traceback)."""


@dataclass
class BotContext:
    """What handlers need, stored once in ``application.bot_data['ctx']``."""

    db: Database
    settings: Settings
    matcher: MatcherCache

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.telegram.admins


def ctx_of(context: ContextTypes.DEFAULT_TYPE | Application[Any, Any, Any, Any, Any, Any]) -> BotContext:
    """The BotContext of a handler's context or of the application."""
    ctx = context.bot_data["ctx"]
    assert isinstance(ctx, BotContext)
    return ctx


def actor(update: Update) -> str:
    """The revision-history actor for the user behind an update."""
    user = update.effective_user
    return f"telegram:{user.id if user else 'unknown'}"


def language_of(update: Update, default: str = "en") -> str:
    """The user's language: zh when their client is Chinese, else ``default``."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "zh" if code.lower().startswith("zh") else default


def arg_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    """All arguments of a command as one string, with a length check."""
    text = " ".join(context.args or []).strip()
    if len(text) > MAX_ARG_CHARS:
        raise UsageError(f"That is too long ({len(text)} characters; at most {MAX_ARG_CHARS}).")
    return text


async def reply(update: Update, text: str, *, html: bool = False) -> None:
    """Reply in the chat of the update (HTML only for text we escaped ourselves)."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            text, parse_mode=ParseMode.HTML if html else None,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )


def admin_only(func: H) -> H:
    """Refuse (and log) a command from a user who is not in telegram.admins."""

    @wraps(func)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
        user = update.effective_user
        if not ctx_of(context).is_admin(user.id if user else None):
            text = update.effective_message.text if update.effective_message else ""
            command = (text or "").split(" ", 1)[0][:64]
            logger.warning("refused admin command %s from user %s", command,
                           user.id if user else None)
            await reply(update, "Sorry, only the bot's admins can use this command.")
            return None
        return await func(update, context)

    return wrapper  # type: ignore[return-value]
