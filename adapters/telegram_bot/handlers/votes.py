"""Readers' 👍/👎 buttons under posts: one vote per user, totals shown in the answer."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, ContextTypes

from adapters.telegram_bot.handlers.common import AnyApplication, ctx_of
from tracker.chat import actions, texts
from tracker.errors import UsageError


async def on_vote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record the vote (a second press replaces the user's earlier vote)."""
    query = update.callback_query
    assert query is not None
    if not query.data:  # PTB hands a press without data to every pattern handler
        await query.answer(texts.BUTTON_EXPIRED)
        return
    ctx = ctx_of(context)
    try:
        up, down = await actions.vote(ctx.db, ctx.settings, query.data, platform="telegram",
                                      user_id=str(query.from_user.id))
    except UsageError as exc:
        await query.answer(str(exc))
        return
    await query.answer(texts.vote_thanks(up, down))


def register(app: AnyApplication) -> None:
    """Add the vote button handler."""
    app.add_handler(CallbackQueryHandler(on_vote, pattern=r"^v\|"))
