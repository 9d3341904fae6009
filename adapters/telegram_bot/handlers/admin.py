"""Admin commands: rebuttal curation, feeds, channels and stats (telegram.admins only)."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import CommandHandler, ContextTypes

from adapters.charts import png, weekly
from adapters.telegram_bot.formatting import render_stats
from adapters.telegram_bot.handlers import conversation
from adapters.telegram_bot.handlers.common import (
    AnyApplication,
    actor,
    admin_only,
    arg_text,
    ctx_of,
    reply,
)
from tracker.chat import commands, service, texts
from tracker.chat.text import clean
from tracker.errors import UsageError
from tracker.model import utcnow
from tracker.storage.db import Database
from tracker.usecases import console

logger = logging.getLogger(__name__)
CHART_CAPTION = f"{weekly.TITLE}, the last {weekly.WEEKS} weeks (as on the web console's /stats)"


@admin_only
async def addrebuttal_one_line(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addrebuttal with the whole rebuttal on one line."""
    rebuttal = commands.parse_one_line(arg_text(context))
    stored = await service.create_rebuttal(ctx_of(context).db, rebuttal, actor=actor(update))
    await reply(update, texts.added_rebuttal(stored.id))


@admin_only
async def editrebuttal(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/editrebuttal ID FIELD VALUE."""
    edit = commands.parse_edit(arg_text(context))
    stored = await service.edit_field(ctx_of(context).db, edit.rebuttal_id, edit.field,
                                      edit.value, actor=actor(update))
    await reply(update, texts.updated_rebuttal(stored, edit.field))


@admin_only
async def retire(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/retire ID."""
    rid = commands.parse_rebuttal_id(arg_text(context), "retire")
    stored = await service.retire_rebuttal(ctx_of(context).db, rid, actor=actor(update))
    await reply(update, texts.retired_rebuttal(stored))


@admin_only
async def attach(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/attach STATEMENT_ID REBUTTAL_ID: the rebuttal answers that statement."""
    request = commands.parse_attach(arg_text(context))
    outcome = await service.attach_statement(ctx_of(context).db, request.statement_id,
                                             request.rebuttal_id, actor=actor(update))
    await reply(update, clean(outcome))


@admin_only
async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/feeds: every feed with its health."""
    items = await service.list_feeds(ctx_of(context).db)
    await reply(update, "\n".join(texts.feed_line(f) for f in items[:50]) or texts.NO_FEEDS)


@admin_only
async def addfeed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addfeed URL [news|podcast]."""
    request = commands.parse_addfeed(arg_text(context))
    ctx = ctx_of(context)
    feed = await service.add_feed(ctx.db, ctx.settings, request.url, request.kind)
    await reply(update, texts.added_feed(feed))


@admin_only
async def removefeed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/removefeed ID_OR_URL."""
    ref = commands.parse_feed_ref(arg_text(context), "removefeed")
    feed = await service.remove_feed(ctx_of(context).db, ref)
    await reply(update, texts.removed_feed(feed))


async def _can_post(context: ContextTypes.DEFAULT_TYPE, chat_id: int | str) -> str:
    """Return "" when the bot can post in the chat, else why not."""
    member = await context.bot.get_chat_member(chat_id, context.bot.id)
    if member.status == ChatMemberStatus.ADMINISTRATOR:
        if getattr(member, "can_post_messages", True) is False:
            return "I am an admin there but lack the right to post messages."
        return ""
    return "I am not an admin of that channel: add me as an admin with the right to post."


@admin_only
async def addchannel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addchannel @name: check the bot can post there, then subscribe it."""
    name = arg_text(context)
    if not name or not (name.startswith("@") or name.lstrip("-").isdigit()):
        raise UsageError("Usage: /addchannel @channelname (or the numeric chat id)")
    try:
        chat = await context.bot.get_chat(name)
        why = await _can_post(context, chat.id)
    except (BadRequest, Forbidden) as exc:
        raise UsageError(f"I cannot reach {name}: {exc.message}. Is the name right, "
                         "and am I a member?") from None
    if why:
        raise UsageError(why)
    ctx = ctx_of(context)
    created = await service.subscribe(ctx.db, "telegram", str(chat.id), title=chat.title or name,
                                      language=ctx.settings.telegram.language,
                                      added_by=actor(update))
    kind = "channel" if chat.type == ChatType.CHANNEL else "chat"
    await reply(update, f"Posting to {kind} {chat.title or name}." if created
                else f"{chat.title or name} already receives posts.")


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: statements, deliveries and feeds by state, then readers' votes."""
    db = ctx_of(context).db
    counts, votes = await service.overview(db), await service.vote_stats(db)
    await reply(update, render_stats(counts, votes), html=True)
    await _send_weekly_chart(update, db)


async def _send_weekly_chart(update: Update, db: Database) -> None:
    """The web console's weekly chart as a photo under the text; nothing if no statement."""
    now = utcnow()
    numbers = await console.stats(db, weeks=weekly.WEEKS, now=now)
    if not numbers.weeks or update.effective_message is None:
        return
    try:  # some 50 ms of drawing: off the event loop
        image = await asyncio.to_thread(png.svg_to_png, weekly.chart(numbers, now))
    except ValueError:  # the text has been sent; a chart that cannot be drawn is a bug to log
        logger.exception("could not draw the /stats chart")
        return
    await update.effective_message.reply_photo(image, caption=CHART_CAPTION,
                                               filename="statements-per-week.png")


def register(app: AnyApplication) -> None:
    """Add the admin commands (the guided /addrebuttal first)."""
    app.add_handler(conversation.build(addrebuttal_one_line))
    for name, callback in (("editrebuttal", editrebuttal), ("retire", retire), ("attach", attach),
                           ("feeds", feeds), ("addfeed", addfeed),
                           ("removefeed", removefeed),
                           ("addchannel", addchannel), ("stats", stats)):
        app.add_handler(CommandHandler(name, callback))
