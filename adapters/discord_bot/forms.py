"""The admins' forms (Discord modals): a new rebuttal, and an edit pre-filled with the current text.

A form is checked whole before anything is stored (``tracker.chat.commands`` and the
curation use case's validation), and stored in one transaction, so a bad field leaves
nothing half-written. The admin check runs again on submit.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import discord
from discord import ui

from adapters.discord_bot import embeds
from adapters.discord_bot.common import (
    actor,
    bot_context,
    defer,
    is_admin,
    refuse,
    reply,
    reply_error,
)
from tracker.chat import commands, service, texts
from tracker.errors import UsageError
from tracker.model import Rebuttal
from tracker.rebuttals.format import MAX_CLAIM, MAX_COUNTERPOINT
from tracker.usecases.curate import EditConflict

logger = logging.getLogger(__name__)

FORM_MINUTES = 15  # a form left open longer is forgotten (its submit is then refused)
MAX_URL = 500
MAX_NOTES = 1000
MAX_INPUT = 4000  # Discord's limit on a text input
LONG = discord.TextStyle.paragraph


def _input(label: str, max_length: int, *, long: bool = True, default: str | None = None,
           required: bool = True) -> ui.TextInput[Any]:
    return ui.TextInput(label=label, style=LONG if long else discord.TextStyle.short,
                        max_length=max_length, default=default, required=required)


class _Form(ui.Modal):
    """A modal whose submit is checked for admin rights and whose errors get a short answer."""

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if is_admin(interaction, bot_context(interaction).settings.discord.admin_role):
            return True
        await refuse(interaction, f"form {self.title!r}", texts.NOT_ADMIN)
        return False

    async def on_error(  # type: ignore[override]  # a Modal's, as discord.py declares it
            self, interaction: discord.Interaction[Any], error: Exception, /) -> None:
        await reply_error(interaction, error)


class NewRebuttalForm(_Form, title="New rebuttal"):
    """/curate add, or a review's "write a new rebuttal" (then it answers that statement)."""

    claim_en: ui.TextInput[Any] = _input("Claim in English", MAX_CLAIM)
    claim_zh: ui.TextInput[Any] = _input("Claim in Chinese", MAX_CLAIM)
    counterpoint_en: ui.TextInput[Any] = _input("Counterpoint in English", MAX_COUNTERPOINT)
    counterpoint_zh: ui.TextInput[Any] = _input("Counterpoint in Chinese", MAX_COUNTERPOINT)
    source_url: ui.TextInput[Any] = _input("Source URL (http or https)", MAX_URL, long=False)

    def __init__(self, *, answers: int | None = None,
                 review_message: discord.Message | None = None) -> None:
        super().__init__(timeout=FORM_MINUTES * 60)
        self.answers = answers  # a statement held for review that the new rebuttal answers
        self.review_message = review_message

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        rebuttal = commands.new_rebuttal(
            self.claim_en.value.strip(), self.claim_zh.value.strip(),
            self.counterpoint_en.value.strip(), self.counterpoint_zh.value.strip(),
            self.source_url.value.strip())
        await defer(interaction)
        ctx, who = bot_context(interaction), actor(interaction)
        stored = await service.create_rebuttal(ctx.db, rebuttal, actor=who)
        lines = [texts.added_rebuttal(stored.id)]
        if self.answers is not None:  # the review's "write a new rebuttal", then attach it
            await service.apply_review(ctx.db, self.answers, "new_rebuttal", actor=who)
            outcome = await service.attach_statement(ctx.db, self.answers, stored.id, actor=who)
            lines.append(outcome)
            await _show_outcome(self.review_message, outcome, who)
        await reply(interaction, "\n".join(embeds.md(line, 900) for line in lines))


class EditRebuttalForm(_Form, title="Edit rebuttal"):
    """/curate edit id: the claims, the first counterpoint and the notes, as they are now."""

    def __init__(self, rebuttal: Rebuttal) -> None:
        super().__init__(timeout=FORM_MINUTES * 60)
        self.rebuttal = rebuttal
        first = rebuttal.counterpoints[0] if rebuttal.counterpoints else None
        self.claim_en = _input("Claim in English", MAX_CLAIM, default=rebuttal.claim_en)
        self.claim_zh = _input("Claim in Chinese", MAX_CLAIM, default=rebuttal.claim_zh)
        self.counterpoint_en = _input("Counterpoint in English", MAX_COUNTERPOINT,
                                      default=first.text_en if first else None,
                                      required=first is not None)
        self.counterpoint_zh = _input("Counterpoint in Chinese", MAX_COUNTERPOINT,
                                      default=first.text_zh if first else None,
                                      required=first is not None)
        # Notes longer than a form can hold are left out (and kept), never cut.
        self.notes = (None if len(rebuttal.notes) > MAX_INPUT else
                      _input("Notes (for editors)", max(MAX_NOTES, len(rebuttal.notes)),
                             default=rebuttal.notes or None, required=False))
        for item in (self.claim_en, self.claim_zh, self.counterpoint_en, self.counterpoint_zh,
                     self.notes):
            if item is not None:
                self.add_item(item)

    def changed(self) -> Rebuttal:
        """The rebuttal with the form's text (counterpoints after the first unchanged)."""
        rb = self.rebuttal
        points = list(rb.counterpoints)
        if points:
            points[0] = dataclasses.replace(points[0], text_en=self.counterpoint_en.value.strip(),
                                            text_zh=self.counterpoint_zh.value.strip())
        return dataclasses.replace(rb, claim_en=self.claim_en.value.strip(),
                                   claim_zh=self.claim_zh.value.strip(),
                                   counterpoints=tuple(points),
                                   notes=rb.notes if self.notes is None else self.notes.value.strip())

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        changed = self.changed()
        if changed == self.rebuttal:
            await reply(interaction, f"Nothing changed in {embeds.one_line(changed.id, 100)}.")
            return
        await defer(interaction)
        try:
            stored = await service.save_rebuttal(bot_context(interaction).db, changed,
                                                 expected_version=self.rebuttal.version,
                                                 actor=actor(interaction))
        except EditConflict:
            raise UsageError(f"{changed.id} was changed by someone else meanwhile; nothing "
                             "was saved. Open /curate edit again.") from None
        await reply(interaction, embeds.md(texts.updated_rebuttal(stored, "text"), 500))


async def _show_outcome(message: discord.Message | None, outcome: str, who: str) -> None:
    """Mark a review message as decided: the outcome added, its buttons removed."""
    if message is None or not message.embeds:
        return
    try:
        await message.edit(embed=embeds.with_outcome(message.embeds[0], outcome, who), view=None,
                           allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as exc:  # the decision stands; only its display failed
        logger.warning("could not mark review message %s as decided: %s", message.id, exc)
