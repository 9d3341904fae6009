"""Commands for everyone: /start /help /subscribe /unsubscribe /latest /search /rebuttal."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CommandHandler, ContextTypes

from adapters.telegram_bot.formatting import render_latest, render_rebuttal, render_search
from adapters.telegram_bot.handlers.common import (
    AnyApplication,
    actor,
    arg_text,
    ctx_of,
    is_review_chat,
    language_of,
    reply,
)
from tracker.chat import commands, service, texts
from tracker.errors import UsageError


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user and show the commands."""
    watches = ctx_of(context).settings.watch_list()
    await reply(update, texts.help_text(watches, language_of(update)))


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Make this chat (private or group) receive posts."""
    chat = update.effective_chat
    assert chat is not None
    if chat.type == ChatType.CHANNEL:
        raise UsageError("To post in a channel, an admin uses /addchannel @name.")
    ctx = ctx_of(context)
    if is_review_chat(ctx.settings, chat):
        raise UsageError(texts.REVIEW_CHAT_NO_POSTS)
    lang = language_of(update, ctx.settings.telegram.language)
    created = await service.subscribe(ctx.db, "telegram", str(chat.id), title=chat.title or "",
                                      language=lang, added_by=actor(update))
    await reply(update, texts.subscribed(created, lang))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop posts to this chat."""
    chat = update.effective_chat
    assert chat is not None
    ctx = ctx_of(context)
    removed = await service.unsubscribe(ctx.db, "telegram", str(chat.id))
    lang = language_of(update, ctx.settings.telegram.language)
    await reply(update, texts.unsubscribed(removed, lang))


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the last n posted statements."""
    n = commands.parse_latest(arg_text(context))
    statements = await service.latest(ctx_of(context).db, n)
    if not statements:
        await reply(update, texts.NOTHING_POSTED)
        return
    await reply(update, render_latest(statements), html=True)


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the rebuttals that best answer the given text."""
    text = commands.parse_search(arg_text(context))
    ctx = ctx_of(context)
    found = await service.search(ctx.db, ctx.matcher, text)
    if not found:
        await reply(update, texts.NO_MATCH)
        return
    lang = language_of(update, ctx.settings.telegram.language)
    await reply(update, render_search(found, lang), html=True)


async def rebuttal(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show one rebuttal with its counterpoints and sources."""
    rid = commands.parse_rebuttal_id(arg_text(context))
    rb = await service.get_rebuttal(ctx_of(context).db, rid)
    await reply(update, render_rebuttal(rb), html=True)


def register(app: AnyApplication) -> None:
    """Add the public commands."""
    for name, callback in (("start", start), ("help", start), ("subscribe", subscribe),
                           ("unsubscribe", unsubscribe), ("latest", latest),
                           ("search", search), ("rebuttal", rebuttal)):
        app.add_handler(CommandHandler(name, callback))
