"""The admins' commands: /curate (add, edit, retire, attach), /feeds (list, add) and /stats.

Each carries the default member permission Manage Server, so Discord shows it only to
those members (and to a role a server admin allows under Server Settings ->
Integrations); the bot checks again on every call: Manage Server or ``discord.admin_role``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands as ext

from adapters.discord_bot import embeds, replies
from adapters.discord_bot.cogs.public import rebuttal_ids
from adapters.discord_bot.common import BotContext, actor, admin_only, defer, parsed, reply
from adapters.discord_bot.forms import EditRebuttalForm, NewRebuttalForm
from tracker.chat import commands, service, texts
from tracker.errors import UsageError

logger = logging.getLogger(__name__)

FETCH_SECONDS = 2.0  # a form must be the first answer, within Discord's 3 s
KINDS = [app_commands.Choice(name=kind, value=kind) for kind in commands.FEED_KINDS]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Curate(ext.GroupCog, group_name="curate", group_description="Curate the rebuttals"):
    """/curate add|edit|retire|attach: every change is recorded as discord:<user id>."""

    def __init__(self, ctx: BotContext) -> None:
        self.ctx = ctx
        super().__init__()

    @app_commands.command(name="add", description="Add a rebuttal (opens a form)")
    @admin_only
    async def add(self, interaction: discord.Interaction[Any]) -> None:
        """/curate add: the new-rebuttal form."""
        await interaction.response.send_modal(NewRebuttalForm())

    @app_commands.command(name="edit", description="Edit a rebuttal's text (opens a form)")
    @app_commands.rename(rebuttal_id="id")
    @app_commands.describe(rebuttal_id="The rebuttal's id")
    @app_commands.autocomplete(rebuttal_id=rebuttal_ids)
    @admin_only
    async def edit(self, interaction: discord.Interaction[Any], rebuttal_id: str) -> None:
        """/curate edit id: a form filled with the rebuttal's current text."""
        rid = commands.parse_rebuttal_id(parsed(rebuttal_id), "curate edit")
        try:  # a form cannot follow a deferral: read the rebuttal within the 3 s
            current = await asyncio.wait_for(service.get_rebuttal(self.ctx.db, rid),
                                             FETCH_SECONDS)
        except TimeoutError:
            raise UsageError("The database is slow right now; try again.") from None
        await interaction.response.send_modal(EditRebuttalForm(current))

    @app_commands.command(name="retire", description="Stop matching a rebuttal")
    @app_commands.rename(rebuttal_id="id")
    @app_commands.describe(rebuttal_id="The rebuttal's id")
    @app_commands.autocomplete(rebuttal_id=rebuttal_ids)
    @admin_only
    async def retire(self, interaction: discord.Interaction[Any], rebuttal_id: str) -> None:
        """/curate retire id."""
        rid = commands.parse_rebuttal_id(parsed(rebuttal_id), "curate retire")
        await defer(interaction)
        stored = await service.retire_rebuttal(self.ctx.db, rid, actor=actor(interaction))
        await reply(interaction, embeds.md(texts.retired_rebuttal(stored), 500))

    @app_commands.command(name="attach", description="A rebuttal answers a statement")
    @app_commands.describe(statement="The statement's number (in the review message)",
                           rebuttal="The rebuttal's id")
    @app_commands.autocomplete(rebuttal=rebuttal_ids)
    @admin_only
    async def attach(self, interaction: discord.Interaction[Any],
                     statement: app_commands.Range[int, 1, commands.MAX_ID],
                     rebuttal: str) -> None:
        """/curate attach statement rebuttal: posts the statement if it waits in review."""
        request = commands.parse_attach(f"{statement} {parsed(rebuttal)}")
        await defer(interaction)
        outcome = await service.attach_statement(self.ctx.db, request.statement_id,
                                                 request.rebuttal_id, actor=actor(interaction))
        await reply(interaction, embeds.md(outcome, 1000))


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Feeds(ext.GroupCog, group_name="feeds", group_description="The feeds the bot polls"):
    """/feeds list|add."""

    def __init__(self, ctx: BotContext) -> None:
        self.ctx = ctx
        super().__init__()

    @app_commands.command(name="list", description="Every feed with its health")
    @admin_only
    async def list_feeds(self, interaction: discord.Interaction[Any]) -> None:
        """/feeds list."""
        await defer(interaction)
        found = await service.list_feeds(self.ctx.db)
        if not found:
            await reply(interaction, texts.NO_FEEDS.replace("/addfeed URL", "/feeds add url"))
            return
        await reply(interaction, embed=replies.feeds_embed(found))

    @app_commands.command(name="add", description="Add a feed (its current items are not posted)")
    @app_commands.describe(url="The feed's http(s) URL", kind="What the feed holds")
    @app_commands.choices(kind=KINDS)
    @admin_only
    async def add(self, interaction: discord.Interaction[Any], url: str,
                  kind: str = commands.FEED_KINDS[0]) -> None:
        """/feeds add url [kind]."""
        request = commands.new_feed(parsed(url), kind)
        await defer(interaction)
        feed = await service.add_feed(self.ctx.db, self.ctx.settings, request.url, request.kind)
        await reply(interaction, embeds.md(texts.added_feed(feed), 500))


class Stats(ext.Cog):
    """/stats."""

    def __init__(self, ctx: BotContext) -> None:
        self.ctx = ctx

    @app_commands.command(name="stats", description="Statements, deliveries, feeds and votes")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @admin_only
    async def stats(self, interaction: discord.Interaction[Any]) -> None:
        """/stats: statements, deliveries and feeds by state, then readers' votes."""
        await defer(interaction)
        counts, votes = await service.overview(self.ctx.db), await service.vote_stats(self.ctx.db)
        await reply(interaction, embed=replies.stats_embed(counts, votes))
