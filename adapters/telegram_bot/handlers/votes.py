"""Readers' 👍/👎 buttons under posts: one vote per user, totals shown in the answer."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from adapters.telegram_bot.handlers.common import ctx_of
from tracker.chat import service


def parse_vote_data(data: str) -> tuple[int, str, int]:
    """Parse ``v|<statement id>|<rebuttal id>|<1|-1>``; raises ValueError."""
    kind, sid, rid, value = data.split("|", 3)
    if kind != "v" or not sid.isdigit() or value not in ("1", "-1") or not rid:
        raise ValueError(data)
    return int(sid), rid, int(value)


async def on_vote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record the vote (a second press replaces the user's earlier vote)."""
    query = update.callback_query
    assert query is not None and query.data is not None
    try:
        sid, rid, value = parse_vote_data(query.data)
    except ValueError:
        await query.answer("This button is no longer valid.")
        return
    up, down = await service.record_vote(ctx_of(context).db, sid, rid, "telegram",
                                         str(query.from_user.id), value)
    await query.answer(f"Thanks! 👍 {up} · 👎 {down}")


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the vote button handler."""
    app.add_handler(CallbackQueryHandler(on_vote, pattern=r"^v\|"))
