"""Review chat buttons: attach a candidate, post without counterpoint, new rebuttal, ignore."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from adapters.telegram_bot.handlers.common import actor, ctx_of
from tracker.chat import service

logger = logging.getLogger(__name__)

ACTIONS = ("attach", "post_plain", "new_rebuttal", "ignore")


def parse_review_data(data: str) -> tuple[int, str, str | None]:
    """Parse ``r|<statement id>|<action>|<rebuttal id>``; raises ValueError."""
    kind, sid, action, rid = data.split("|", 3)
    if kind != "r" or action not in ACTIONS or not sid.isdigit():
        raise ValueError(data)
    return int(sid), action, (rid or None)


async def on_review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Apply an admin's choice and record it; the buttons are then removed."""
    query = update.callback_query
    assert query is not None and query.data is not None
    ctx = ctx_of(context)
    if not ctx.is_admin(query.from_user.id):
        logger.warning("refused review button from user %s", query.from_user.id)
        await query.answer("Only the bot's admins can review.", show_alert=True)
        return
    try:
        sid, action, rid = parse_review_data(query.data)
    except ValueError:
        await query.answer("This button is no longer valid.")
        return
    outcome = await service.apply_review(ctx.db, sid, action, actor=actor(update),
                                         rebuttal_id=rid)
    await query.answer(outcome[:190])
    if query.message is not None and hasattr(query.message, "text_html"):
        text = query.message.text_html or ""
        await query.edit_message_text(
            f"{text}\n\n<i>{html.escape(outcome)} — {html.escape(actor(update))}</i>",
            parse_mode="HTML", reply_markup=None,
        )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the review button handler."""
    app.add_handler(CallbackQueryHandler(on_review, pattern=r"^r\|"))
