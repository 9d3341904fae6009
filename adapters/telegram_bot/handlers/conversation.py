"""The guided /addrebuttal conversation: claim, counterpoint, source URL, language, confirm.

Rebuttals are bilingual (the curated DB requires the claim and the counterpoint
in English and Chinese), so after the language the admin wrote in, the bot asks
for the claim and the counterpoint in the other language before confirming.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from adapters.telegram_bot.handlers.common import Handler, actor, admin_only, ctx_of, reply
from tracker.chat import commands, service, texts
from tracker.chat.text import safe_url, shorten
from tracker.errors import UsageError
from tracker.model import Rebuttal

CLAIM, COUNTERPOINT, URL, LANGUAGE, OTHER_CLAIM, OTHER_COUNTERPOINT, CONFIRM = range(7)
END = ConversationHandler.END


def _draft(context: ContextTypes.DEFAULT_TYPE) -> dict[str, str]:
    assert context.user_data is not None
    draft: dict[str, str] = context.user_data.setdefault("addrebuttal", {})
    return draft


async def _text(update: Update) -> str | None:
    """The message text, or None (with a reply) when it is over the limit."""
    text = (update.effective_message.text or "").strip() if update.effective_message else ""
    try:
        return commands.check_length(text)
    except UsageError as exc:
        await reply(update, f"{exc} Try again.")
        return None


def build(one_line: Handler) -> ConversationHandler[Any]:
    """The ConversationHandler; ``/addrebuttal ARGS`` goes to ``one_line`` instead."""

    @admin_only
    async def entry(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        if context.args:
            await one_line(update, context)
            return END
        _draft(context).clear()
        await reply(update, "New rebuttal. Send the claim it answers (/cancel to stop).")
        return CLAIM

    async def step(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str,
                   prompt: str, state: int) -> int:
        text = await _text(update)
        if not text:
            return state
        _draft(context)[key] = text
        await reply(update, prompt)
        return state + 1

    async def claim(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await step(update, context, "claim", "Now the counterpoint.", CLAIM)

    async def counterpoint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await step(update, context, "counterpoint", "The source URL (http or https).",
                          COUNTERPOINT)

    async def url(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        text = await _text(update) or ""
        if safe_url(text) is None:
            await reply(update, "That is not a valid http(s) URL. Send the source URL again.")
            return URL
        _draft(context)["url"] = text
        await reply(update, "Which language is this in? Reply en or zh.")
        return LANGUAGE

    async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        text = (await _text(update) or "").lower()
        if text not in ("en", "zh"):
            await reply(update, "Please reply en or zh.")
            return LANGUAGE
        _draft(context)["language"] = text
        other = "Chinese" if text == "en" else "English"
        await reply(update, f"Rebuttals are bilingual: now the claim in {other}.")
        return OTHER_CLAIM

    async def other_claim(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await step(update, context, "other_claim", "And the counterpoint in that language.",
                          OTHER_CLAIM)

    async def other_counterpoint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        text = await _text(update)
        if not text:
            return OTHER_COUNTERPOINT
        draft = _draft(context)
        draft["other_counterpoint"] = text
        await reply(update, f"Claim: {shorten(draft['claim'], 300)}\n"
                            f"  ({shorten(draft['other_claim'], 300)})\n"
                            f"Counterpoint: {shorten(draft['counterpoint'], 500)}\n"
                            f"  ({shorten(text, 500)})\n"
                            f"Source: {draft['url']}\n\nSave it? yes / no")
        return CONFIRM

    async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        answer = (await _text(update) or "").lower()
        if answer not in ("yes", "y", "no", "n"):
            await reply(update, "Reply yes to save or no to drop it.")
            return CONFIRM
        draft = _draft(context)
        if answer.startswith("n"):
            await reply(update, "Dropped.")
            return END
        stored = await service.create_rebuttal(ctx_of(context).db, _rebuttal(draft),
                                               actor=actor(update))
        await reply(update, texts.added_rebuttal(stored.id))
        return END

    async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        _draft(context).clear()
        await reply(update, "Cancelled.")
        return END

    text_only = filters.TEXT & ~filters.COMMAND
    return ConversationHandler(
        entry_points=[CommandHandler("addrebuttal", entry)],
        states={CLAIM: [MessageHandler(text_only, claim)],
                COUNTERPOINT: [MessageHandler(text_only, counterpoint)],
                URL: [MessageHandler(text_only, url)],
                LANGUAGE: [MessageHandler(text_only, language)],
                OTHER_CLAIM: [MessageHandler(text_only, other_claim)],
                OTHER_COUNTERPOINT: [MessageHandler(text_only, other_counterpoint)],
                CONFIRM: [MessageHandler(text_only, confirm)]},
        fallbacks=[CommandHandler("cancel", cancel)],
    )


def _rebuttal(draft: dict[str, str]) -> Rebuttal:
    """The draft as a rebuttal: the first answers are in the language the admin named."""
    zh = draft["language"] == "zh"
    claim_en, claim_zh = ((draft["other_claim"], draft["claim"]) if zh
                          else (draft["claim"], draft["other_claim"]))
    cp_en, cp_zh = ((draft["other_counterpoint"], draft["counterpoint"]) if zh
                    else (draft["counterpoint"], draft["other_counterpoint"]))
    return commands.new_rebuttal(claim_en, claim_zh, cp_en, cp_zh, draft["url"],
                                 title=draft["url"])
