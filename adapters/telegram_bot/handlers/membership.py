"""my_chat_member: the bot added to a chat subscribes it; removed or kicked deactivates it."""

from __future__ import annotations

import logging

from telegram import ChatMemberAdministrator, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import ChatMemberHandler, ContextTypes

from adapters.telegram_bot.handlers.common import (
    AnyApplication,
    actor,
    ctx_of,
    is_review_chat,
)
from tracker.chat import service

logger = logging.getLogger(__name__)

GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Follow the bot's own membership changes."""
    change = update.my_chat_member
    assert change is not None
    ctx, chat, new = ctx_of(context), change.chat, change.new_chat_member
    if new.status in GONE:
        logger.info("bot removed from chat %s (%s)", chat.id, new.status)
        await service.deactivate(ctx.db, "telegram", str(chat.id), f"bot {new.status}")
        return
    can_post = (isinstance(new, ChatMemberAdministrator) and new.can_post_messages is not False)
    if chat.type == ChatType.CHANNEL and not can_post:
        logger.info("bot in channel %s without the right to post: not subscribing", chat.id)
        return
    if chat.type == ChatType.PRIVATE:
        return  # a private chat subscribes with /subscribe
    if is_review_chat(ctx.settings, chat):
        logger.info("bot added to the review chat %s: it gets reviews and alerts, not posts",
                    chat.id)
        return
    await service.subscribe(ctx.db, "telegram", str(chat.id), title=chat.title or "",
                            language=ctx.settings.telegram.language, added_by=actor(update))
    logger.info("bot added to chat %s: subscribed", chat.id)


def register(app: AnyApplication) -> None:
    """Add the my_chat_member handler."""
    app.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
