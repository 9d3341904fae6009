"""The error handler and the fallbacks: every update gets a short answer, never a traceback.

Registered last: commands no other handler knows get "unknown command" (unless they
are another bot's), button presses no other handler claims get "no longer valid".
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, ContextTypes, MessageHandler, filters

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


def _meant_for_us(update: Update, bot_username: str) -> bool:
    """Whether an unknown command is ours to answer.

    ``/latest@other_bot`` is another bot's. In a group a bare unknown command may be
    too (several bots share the chat), so only a private chat, or a command naming
    this bot, gets the "unknown command" reply.
    """
    message, chat = update.effective_message, update.effective_chat
    command = ((message.text if message else None) or "").split(maxsplit=1)
    _, at, target = (command[0] if command else "").partition("@")
    if at:
        return target.lower() == bot_username.lower()
    return chat is not None and chat.type == ChatType.PRIVATE


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any command the bot does not know (other bots' commands are left alone)."""
    if _meant_for_us(update, context.bot.username):
        await reply(update, texts.UNKNOWN_COMMAND)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press no handler claims (data we never made, or none): answer it.

    Unanswered, the client shows a spinner on the button until it times out.
    """
    if update.callback_query is not None:
        await update.callback_query.answer(texts.BUTTON_EXPIRED)


async def plain_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message that is not a command, in a private chat: point to /help."""
    await reply(update, texts.COMMANDS_ONLY)


def register(app: AnyApplication) -> None:
    """Add the error handler and the unknown-command reply (registered last)."""
    app.add_error_handler(on_error)
    app.add_handler(CallbackQueryHandler(stale_button))
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, plain_text))
