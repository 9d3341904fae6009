"""What every handler module shares: the bot context, arguments, admin checks, replies."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from telegram import Chat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes

from tracker.chat import commands, texts
from tracker.chat.service import MatcherCache
from tracker.config import Settings
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

# PTB's Application is generic over six types that no handler here depends on.
AnyApplication = Application[Any, Any, Any, Any, Any, Any]
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[Any]]
H = TypeVar("H", bound=Handler)


@dataclass
class BotContext:
    """What handlers need, stored once in ``application.bot_data['ctx']``."""

    db: Database
    settings: Settings
    matcher: MatcherCache

    def is_admin(self, user_id: int | None) -> bool:
        """Whether the user is one of telegram.admins."""
        return user_id is not None and user_id in self.settings.telegram.admins


def is_review_chat(settings: Settings, chat: Chat) -> bool:
    """Whether ``chat`` is the configured review chat (by id, or by @username)."""
    review = (settings.telegram.review_chat or "").strip()
    if not review:
        return False
    if review == str(chat.id):
        return True
    return bool(chat.username) and review.lstrip("@").lower() == str(chat.username).lower()


def ctx_of(context: ContextTypes.DEFAULT_TYPE | AnyApplication) -> BotContext:
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
    """All arguments of a command as one string; raises UsageError when too long."""
    return commands.join_args(context.args)


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
            await reply(update, texts.NOT_ADMIN)
            return None
        return await func(update, context)

    return wrapper  # type: ignore[return-value]
