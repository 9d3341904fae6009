"""The buttons under posts (votes) and review messages (decisions), persistent across restarts.

A button's ``custom_id`` is the data ``tracker.chat.actions`` draws (``v|…`` or ``r|…``),
so a press is understood by the shared parser whenever it comes: the buttons are
``DynamicItem``s that discord.py matches by pattern, never views kept per message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import discord
from discord import ui

from adapters.discord_bot import embeds
from adapters.discord_bot.common import (
    BotContext,
    actor,
    bot_context,
    is_admin,
    refuse,
    reply,
    reply_error,
)
from adapters.discord_bot.forms import NewRebuttalForm
from tracker.chat import actions, texts
from tracker.errors import UsageError
from tracker.model import Post, ScoredRebuttal

logger = logging.getLogger(__name__)

MAX_CUSTOM_ID = 100  # Discord's limit on a component's custom_id
MAX_LABEL = 80


class VoteButton(ui.DynamicItem[ui.Button[Any]], template=re.compile(r"v\|.{1,98}")):
    """👍 or 👎 on one counterpoint of a post: one vote per reader, a second press replaces it."""

    def __init__(self, data: str, label: str = "👍") -> None:
        super().__init__(ui.Button(label=label[:MAX_LABEL], custom_id=data,
                                   style=discord.ButtonStyle.secondary))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: ui.Item[Any],
                             match: re.Match[str], /) -> VoteButton:
        return cls(match.group(0), getattr(item, "label", None) or "👍")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        ctx = bot_context(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            up, down = await actions.vote(ctx.db, ctx.settings, self.custom_id,
                                          platform="discord", user_id=str(interaction.user.id))
        except Exception as exc:
            await reply_error(interaction, exc)
            return
        await reply(interaction, texts.vote_thanks(up, down))


class ReviewButton(ui.DynamicItem[ui.Button[Any]], template=re.compile(r"r\|.{1,98}")):
    """An admin's decision on a statement held for review; others are refused."""

    def __init__(self, data: str, label: str = "?") -> None:
        super().__init__(ui.Button(label=label[:MAX_LABEL], custom_id=data,
                                   style=discord.ButtonStyle.primary))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: ui.Item[Any],
                             match: re.Match[str], /) -> ReviewButton:
        return cls(match.group(0), getattr(item, "label", None) or "?")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        ctx = bot_context(interaction)
        if not is_admin(interaction, ctx.settings.discord.admin_role):
            await refuse(interaction, "review button", texts.NOT_ADMIN_REVIEW)
            return
        try:
            action = actions.parse_review(self.custom_id)
        except UsageError as exc:
            await reply(interaction, str(exc))
            return
        if action.choice == actions.ReviewChoice.NEW_REBUTTAL:
            # Discord has forms: write the rebuttal now; on submit it answers the statement.
            form = NewRebuttalForm(answers=action.statement_id, review_message=interaction.message)
            await interaction.response.send_modal(form)
            return
        await interaction.response.defer()  # acknowledged as an update of the review message
        try:
            await self._decide(interaction, ctx)
        except Exception as exc:
            await reply_error(interaction, exc)

    async def _decide(self, interaction: discord.Interaction[Any], ctx: BotContext) -> None:
        """Apply the decision; the review message then shows it, without its buttons."""
        who = actor(interaction)
        outcome = await actions.review(ctx.db, self.custom_id, actor=who)
        message = interaction.message
        if message is not None and message.embeds:
            await interaction.edit_original_response(
                embed=embeds.with_outcome(message.embeds[0], outcome, who), view=None,
                allowed_mentions=discord.AllowedMentions.none())
        await reply(interaction, embeds.md(outcome, 1000))


def _view(rows: list[list[actions.Button]], item: type[VoteButton] | type[ReviewButton]
          ) -> ui.View | None:
    """The rows whose every custom_id fits Discord's limit, as one view (None when empty)."""
    fitting = [row for row in rows if all(len(b.data) <= MAX_CUSTOM_ID for b in row)]
    if not fitting:
        return None
    view = ui.View(timeout=None)
    for n, row in enumerate(fitting[:5]):
        for button in row[:5]:
            dynamic = item(button.data, button.label)
            dynamic.row = n
            view.add_item(dynamic)
    return view


def vote_view(post: Post) -> ui.View | None:
    """👍/👎 buttons for each counterpoint shown under a post (numbered when several)."""
    return _view(actions.vote_buttons(post), VoteButton)


def review_view(statement_id: int, candidates: Sequence[ScoredRebuttal],
                language: str = "en") -> ui.View | None:
    """Review buttons: top candidates, post without counterpoint, write new, ignore."""
    return _view(actions.review_buttons(statement_id, candidates, language), ReviewButton)
