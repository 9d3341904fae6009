"""The error handler: known user errors get their one-line reply; never a traceback in chat."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from adapters.telegram_bot.handlers.common import UsageError, reply

logger = logging.getLogger(__name__)

# Errors from the use cases whose message is meant for the user (matched by class
# name so this module does not depend on every area being importable).
USER_ERRORS = {"RebuttalNotFound": "No rebuttal with that id. Try /search.",
               "RebuttalFormatError": None, "FeedError": None, "UserError": None}


def user_message(error: BaseException) -> str | None:
    """The short reply for a user-facing error, or None for an unexpected one."""
    if isinstance(error, UsageError):
        return str(error)
    name = type(error).__name__
    if name in USER_ERRORS:
        return USER_ERRORS[name] or str(error)[:500] or "That did not work."
    return None


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply briefly; log unexpected errors with their traceback (server side only)."""
    error = context.error
    assert error is not None
    text = user_message(error)
    if text is None:
        logger.error("error handling an update", exc_info=error)
        text = "Sorry, something went wrong. The admins can see the details in the log."
    if isinstance(update, Update):
        if update.callback_query is not None:
            await update.callback_query.answer(text[:190], show_alert=True)
        else:
            await reply(update, text)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any command the bot does not know."""
    await reply(update, "I don't know that command. Send /help for the list.")


async def plain_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message that is not a command, in a private chat: point to /help."""
    await reply(update, "I understand commands only. Send /help for the list, "
                        "or /search TEXT to find rebuttals.")


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the error handler and the unknown-command reply (registered last)."""
    app.add_error_handler(on_error)
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, plain_text))
