"""/login: a one-time link into the web console, sent to an admin in a private chat."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CommandHandler, ContextTypes

from adapters.telegram_bot.handlers.common import (
    AnyApplication,
    admin_only,
    ctx_of,
    language_of,
    reply,
)
from tracker.chat import texts
from tracker.usecases import web_auth

PRIVATE_ONLY = "Send /login to me in a private chat: the link lets anyone who has it in."


@admin_only
async def login(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/login: reply with a login link, only in a private chat."""
    ctx, chat, user = ctx_of(context), update.effective_chat, update.effective_user
    if chat is None or chat.type != ChatType.PRIVATE or user is None:
        await reply(update, PRIVATE_ONLY)
        return
    language = language_of(update, ctx.settings.telegram.language)
    if not ctx.settings.web.enabled:
        await reply(update, texts.login("off", language))
        return
    link = await web_auth.issue_login_link(ctx.db, ctx.settings, "telegram", str(user.id))
    await reply(update, texts.login("link", language, link=link,
                                    minutes=ctx.settings.web.login_link_minutes))


def register(app: AnyApplication) -> None:
    """Add /login."""
    app.add_handler(CommandHandler("login", login))
