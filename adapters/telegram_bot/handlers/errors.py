"""The error handler: known user errors get their one-line reply; never a traceback in chat."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from adapters.telegram_bot.handlers.common import AnyApplication, reply
from tracker.chat import texts

logger = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply briefly; log unexpected errors with their traceback (server side only)."""
    error = context.error
    assert error is not None
    text = texts.user_message(error)
    if text is None:
        logger.error("error handling an update", exc_info=error)
        text = texts.UNEXPECTED
    if isinstance(update, Update):
        if update.callback_query is not None:
            await update.callback_query.answer(text[:190], show_alert=True)
        else:
            await reply(update, text)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any command the bot does not know."""
    await reply(update, texts.UNKNOWN_COMMAND)


async def plain_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message that is not a command, in a private chat: point to /help."""
    await reply(update, texts.COMMANDS_ONLY)


def register(app: AnyApplication) -> None:
    """Add the error handler and the unknown-command reply (registered last)."""
    app.add_error_handler(on_error)
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, plain_text))
