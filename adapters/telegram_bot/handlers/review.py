"""Review chat buttons: attach a candidate, post without counterpoint, new rebuttal, ignore."""

from __future__ import annotations

import html
import logging

from telegram import CallbackQuery, Update
from telegram.ext import CallbackQueryHandler, ContextTypes

from adapters.telegram_bot.handlers.common import AnyApplication, actor, ctx_of
from tracker.chat import actions, texts
from tracker.errors import UsageError

logger = logging.getLogger(__name__)


async def on_review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Apply an admin's choice and record it; the buttons are then replaced by the outcome."""
    query = update.callback_query
    assert query is not None
    if not query.data:  # PTB hands a press without data to every pattern handler
        await query.answer(texts.BUTTON_EXPIRED)
        return
    if not ctx_of(context).is_admin(query.from_user.id):
        logger.warning("refused review button from user %s", query.from_user.id)
        await query.answer(texts.NOT_ADMIN_REVIEW, show_alert=True)
        return
    try:
        outcome = await actions.review(ctx_of(context).db, query.data, actor=actor(update))
    except UsageError as exc:
        await query.answer(str(exc))
        return
    await query.answer(outcome[:190])
    await _show_outcome(query, outcome, actor(update))


async def _show_outcome(query: CallbackQuery, outcome: str, who: str) -> None:
    """Replace the review message's buttons by the outcome and who chose it."""
    if query.message is not None and hasattr(query.message, "text_html"):
        note = f"<i>{html.escape(outcome)} — {html.escape(who)}</i>"
        await query.edit_message_text(f"{query.message.text_html or ''}\n\n{note}",
                                      parse_mode="HTML", reply_markup=None)


def register(app: AnyApplication) -> None:
    """Add the review button handler."""
    app.add_handler(CallbackQueryHandler(on_review, pattern=r"^r\|"))
