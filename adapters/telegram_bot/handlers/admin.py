"""Admin commands: rebuttal curation, feeds, channels and stats (telegram.admins only)."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, CommandHandler, ContextTypes

from adapters.telegram_bot.formatting import clean, safe_url, shorten
from adapters.telegram_bot.handlers import conversation
from adapters.telegram_bot.handlers.common import (
    UsageError,
    actor,
    admin_only,
    arg_text,
    ctx_of,
    reply,
)
from tracker.chat import service
from tracker.model import Counterpoint, FeedKind, Rebuttal, RebuttalStatus, Source

ONE_LINE = ("/addrebuttal claim_en | claim_zh | counterpoint_en | counterpoint_zh | "
            "source_url [| source title]")
EDITABLE = ("claim_en", "claim_zh", "counterpoint_en", "counterpoint_zh", "notes")


def parse_one_line(text: str) -> Rebuttal:
    """Parse the one-line /addrebuttal syntax into a new (id-less) rebuttal."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) not in (5, 6):
        raise UsageError(f"Expected 5 or 6 parts separated by |. Usage:\n{ONE_LINE}")
    claim_en, claim_zh, cp_en, cp_zh, url = parts[:5]
    if not (claim_en or claim_zh) or not (cp_en or cp_zh):
        raise UsageError("A claim and a counterpoint are needed (in English or Chinese).")
    if safe_url(url) is None:
        raise UsageError(f"Not a valid http(s) URL: {shorten(url, 100)}")
    title = parts[5] if len(parts) == 6 and parts[5] else urlsplit(url).netloc
    counterpoint = Counterpoint(cp_en, cp_zh, (Source(title=title, url=url),))
    return Rebuttal(id="", claim_en=claim_en, claim_zh=claim_zh,
                    counterpoints=(counterpoint,), status=RebuttalStatus.PUBLISHED)


@admin_only
async def addrebuttal_one_line(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addrebuttal with the whole rebuttal on one line."""
    ctx = ctx_of(context)
    stored = await service.create_rebuttal(ctx.db, parse_one_line(arg_text(context)),
                                           actor=actor(update))
    await reply(update, f"Added rebuttal {stored.id}.")


@admin_only
async def editrebuttal(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/editrebuttal ID FIELD VALUE."""
    args = context.args or []
    if len(args) < 3 or args[1] not in EDITABLE:
        raise UsageError("Usage: /editrebuttal ID FIELD VALUE with FIELD one of "
                         + ", ".join(EDITABLE))
    ctx = ctx_of(context)
    rid, field, value = args[0], args[1], arg_text(context).split(None, 2)[2]
    if field.startswith("counterpoint_"):
        rb = await service.get_rebuttal(ctx.db, rid)
        if not rb.counterpoints:
            raise UsageError("That rebuttal has no counterpoint to edit.")
        first = rb.counterpoints[0]
        first = (Counterpoint(value, first.text_zh, first.sources) if field.endswith("en")
                 else Counterpoint(first.text_en, value, first.sources))
        changes: dict[str, object] = {"counterpoints": (first, *rb.counterpoints[1:])}
    else:
        changes = {field: value}
    stored = await service.edit_rebuttal(ctx.db, rid, actor=actor(update), **changes)
    await reply(update, f"Updated {stored.id} ({field}); version {stored.version}.")


@admin_only
async def retire(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/retire ID."""
    rid = arg_text(context)
    if not rid:
        raise UsageError("Usage: /retire ID")
    stored = await service.retire_rebuttal(ctx_of(context).db, rid, actor=actor(update))
    await reply(update, f"Retired {stored.id}: it will no longer be matched.")


@admin_only
async def attach(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/attach STATEMENT_ID REBUTTAL_ID: the rebuttal answers that statement."""
    args = context.args or []
    if len(args) != 2 or not args[0].lstrip("#").isdigit():
        raise UsageError("Usage: /attach STATEMENT_ID REBUTTAL_ID (the statement number is in "
                         "the review message)")
    ctx = ctx_of(context)
    try:
        outcome = await service.attach_statement(ctx.db, int(args[0].lstrip("#")), args[1],
                                                 actor=actor(update))
    except service.RebuttalNotFound:
        raise
    except LookupError as exc:
        raise UsageError(str(exc)) from None
    await reply(update, clean(outcome))


@admin_only
async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/feeds: every feed with its health."""
    items = await service.list_feeds(ctx_of(context).db)
    if not items:
        await reply(update, "No feeds yet. Add one with /addfeed URL [news|podcast].")
        return
    lines = []
    for f in items[:50]:
        state = f"failing ({f.error_count}×: {shorten(f.last_error or '', 80)})" \
            if f.failing else "ok"
        lines.append(f"{f.id}. {f.kind} {shorten(clean(f.name or f.url), 60)} — {state}")
    await reply(update, "\n".join(lines))


@admin_only
async def addfeed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addfeed URL [news|podcast]."""
    args = context.args or []
    if not args or len(args) > 2:
        raise UsageError("Usage: /addfeed URL [news|podcast]")
    if safe_url(args[0]) is None:
        raise UsageError(f"Not a valid http(s) URL: {shorten(args[0], 100)}")
    kind_raw = args[1].lower() if len(args) == 2 else "news"
    if kind_raw not in ("news", "podcast"):
        raise UsageError("The feed kind is news or podcast.")
    ctx = ctx_of(context)
    feed = await service.add_feed(ctx.db, ctx.settings, args[0], FeedKind(kind_raw))
    await reply(update, f"Added feed {feed.id} ({feed.kind}). Its current items are stored, "
                        "not posted.")


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
    counts = await service.overview(db)
    lines = []
    for title, key in (("Statements", "statements"), ("Deliveries", "deliveries"),
                       ("Feeds", "feeds")):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(counts[key].items())) or "none"
        lines.append(f"<b>{title}</b>: {html.escape(parts, quote=False)}")
    rows = await service.vote_stats(db)
    if rows:
        lines.append("<b>Votes</b> (statement · rebuttal: 👍 / 👎)")
        lines += [html.escape(_stat_line(row), quote=False) for row in list(rows)[:30]]
    else:
        lines.append("No votes yet.")
    await reply(update, "\n".join(lines), html=True)


def _stat_line(row: object) -> str:
    if isinstance(row, tuple) and len(row) == 4:  # (statement id, rebuttal id, up, down)
        return f"#{row[0]} · {row[1]}: {row[2]} / {row[3]}"
    get = getattr
    return (f"#{get(row, 'statement_id', '?')} · {get(row, 'rebuttal_id', '?')}: "
            f"{get(row, 'up', 0)} / {get(row, 'down', 0)}")


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the admin commands (the guided /addrebuttal first)."""
    app.add_handler(conversation.build(addrebuttal_one_line))
    for name, callback in (("editrebuttal", editrebuttal), ("retire", retire), ("attach", attach),
                           ("feeds", feeds), ("addfeed", addfeed),
                           ("addchannel", addchannel), ("stats", stats)):
        app.add_handler(CommandHandler(name, callback))
