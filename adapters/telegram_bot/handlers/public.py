"""Commands for everyone: /start /help /subscribe /unsubscribe /latest /search /rebuttal."""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CommandHandler, ContextTypes

from adapters.telegram_bot.formatting import clean, link, shorten
from adapters.telegram_bot.handlers.common import (
    UsageError,
    actor,
    arg_text,
    ctx_of,
    language_of,
    reply,
)
from tracker.chat import service

HELP_EN = """I post what Elon Musk says about China, with the counterpoints that answer it.

Everyone:
/subscribe – this chat gets new posts
/unsubscribe – stop them
/latest [n] – the last n posted statements (default 3, at most 10)
/search TEXT – rebuttals that answer TEXT
/rebuttal ID – one rebuttal with its sources

Admins:
/addrebuttal – add a rebuttal step by step, or in one line:
/addrebuttal claim_en | claim_zh | counterpoint_en | counterpoint_zh | source_url [| source title]
/editrebuttal ID FIELD VALUE – FIELD: claim_en, claim_zh, counterpoint_en, counterpoint_zh, notes
/retire ID – stop matching a rebuttal
/attach STATEMENT_ID REBUTTAL_ID – this rebuttal answers that statement (posts it if in review)
/feeds – feeds and their health
/addfeed URL [news|podcast]
/addchannel @name – post to a channel where the bot is an admin
/stats – statements, deliveries, failing feeds and readers' votes"""

HELP_ZH = """我会发布马斯克关于中国的言论，并附上反驳要点。

/subscribe – 本聊天接收新帖子
/unsubscribe – 取消接收
/latest [n] – 最近发布的 n 条言论
/search 文本 – 搜索相关反驳
/rebuttal ID – 查看一条反驳及其来源
管理员命令见 /help（英文）。"""


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user and show the commands."""
    await reply(update, HELP_ZH if language_of(update) == "zh" else HELP_EN)


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Make this chat (private or group) receive posts."""
    chat = update.effective_chat
    assert chat is not None
    if chat.type == ChatType.CHANNEL:
        raise UsageError("To post in a channel, an admin uses /addchannel @name.")
    ctx = ctx_of(context)
    lang = language_of(update, ctx.settings.telegram.language)
    created = await service.subscribe(ctx.db, "telegram", str(chat.id), title=chat.title or "",
                                      language=lang, added_by=actor(update))
    await reply(update, "Subscribed: new posts will arrive here." if created
                else "This chat is already subscribed.")


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop posts to this chat."""
    chat = update.effective_chat
    assert chat is not None
    removed = await service.unsubscribe(ctx_of(context).db, "telegram", str(chat.id))
    await reply(update, "Unsubscribed." if removed else "This chat was not subscribed.")


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the last n posted statements."""
    raw = arg_text(context) or "3"
    if not raw.isdigit() or not 1 <= int(raw) <= 10:
        raise UsageError("Usage: /latest [n] with n from 1 to 10.")
    statements = await service.latest(ctx_of(context).db, int(raw))
    if not statements:
        await reply(update, "Nothing has been posted yet.")
        return
    lines = []
    for st in statements:
        date = st.published_at.date().isoformat() if st.published_at else ""
        quote = html.escape(shorten(clean(st.text), 300), quote=False)
        lines.append(f"<b>{html.escape(clean(st.speaker))}</b> {date}: «{quote}» "
                     f"{link('source', st.source_url)}")
    await reply(update, "\n\n".join(lines), html=True)


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the rebuttals that best answer the given text."""
    text = arg_text(context)
    if not text:
        raise UsageError("Usage: /search TEXT, e.g. /search China will overtake the US")
    ctx = ctx_of(context)
    result = await ctx.matcher.search(text, top_k=5)
    if not result.matches:
        await reply(update, "No rebuttal matches that.")
        return
    lang = language_of(update, ctx.settings.telegram.language)
    lines = []
    for m in result.matches:
        rb = await service.get_rebuttal(ctx.db, m.rebuttal_id)
        claim = rb.claim_zh if lang == "zh" and rb.claim_zh else rb.claim_en or rb.claim_zh
        lines.append(f"<code>{html.escape(rb.id)}</code> ({m.score:.2f}) "
                     f"{html.escape(shorten(clean(claim), 200), quote=False)}")
    await reply(update, "\n".join(lines), html=True)


async def rebuttal(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show one rebuttal with its counterpoints and sources."""
    rid = arg_text(context)
    if not rid:
        raise UsageError("Usage: /rebuttal ID (see /search for ids).")
    rb = await service.get_rebuttal(ctx_of(context).db, rid)
    lines = [f"<b>{html.escape(rb.id)}</b> [{rb.status}]",
             html.escape(shorten(clean(rb.claim_en), 500), quote=False),
             html.escape(shorten(clean(rb.claim_zh), 500), quote=False)]
    for cp in rb.counterpoints:
        body = cp.text_en or cp.text_zh
        lines.append("• " + html.escape(shorten(clean(body), 800), quote=False))
        lines += ["   " + link(s.title, s.url) for s in cp.sources[:5]]
    await reply(update, "\n".join(line for line in lines if line.strip()), html=True)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the public commands."""
    for name, callback in (("start", start), ("help", start), ("subscribe", subscribe),
                           ("unsubscribe", unsubscribe), ("latest", latest),
                           ("search", search), ("rebuttal", rebuttal)):
        app.add_handler(CommandHandler(name, callback))
