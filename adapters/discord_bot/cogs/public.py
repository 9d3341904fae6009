"""Commands for everyone (/latest /search /rebuttal /help) and for channel moderators
(/subscribe /unsubscribe, default permission Manage Channels)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands as ext

from adapters.discord_bot import replies
from adapters.discord_bot.common import (
    BotContext,
    Refused,
    actor,
    bot_context,
    defer,
    language_of,
    moderators_only,
    parsed,
    reply,
)
from tracker.chat import commands, service, texts

logger = logging.getLogger(__name__)

AUTOCOMPLETE_SECONDS = 2.0  # Discord waits 3 s for the choices
POSTABLE = (discord.ChannelType.text, discord.ChannelType.news)
CANNOT_POST = ("I cannot post in this channel: give me View Channel, Send Messages and "
               "Embed Links here, then try again.")


async def rebuttal_ids(interaction: discord.Interaction[Any],
                       current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete of rebuttal ids: matching ids and claims, "id — claim" as the label."""
    ctx = bot_context(interaction)
    try:
        found = await asyncio.wait_for(service.rebuttal_choices(ctx.db, current[:100]),
                                       AUTOCOMPLETE_SECONDS)
    except TimeoutError:
        logger.warning("rebuttal autocomplete took over %s s", AUTOCOMPLETE_SECONDS)
        return []
    return [app_commands.Choice(name=" ".join(f"{rid} — {claim}".split())[:100], value=rid)
            for rid, claim in found if len(rid) <= 100]


def _check_postable(interaction: discord.Interaction[Any]) -> None:
    """Refuse a channel the bot cannot post embeds to (or that is no text channel)."""
    perms, channel = interaction.app_permissions, interaction.channel
    if channel is None or channel.type not in POSTABLE:
        raise Refused("Use /subscribe in a text or announcement channel.")
    if not (perms.view_channel and perms.send_messages and perms.embed_links):
        raise Refused(CANNOT_POST)


class Public(ext.Cog):
    """The public commands and the channel subscription."""

    def __init__(self, ctx: BotContext) -> None:
        self.ctx = ctx

    @app_commands.command(name="latest", description="The last posted statements")
    @app_commands.describe(n=f"How many (1-{commands.LATEST_MAX}, default "
                             f"{commands.LATEST_DEFAULT})")
    async def latest(self, interaction: discord.Interaction[Any],
                     n: app_commands.Range[int, 1, commands.LATEST_MAX] | None = None) -> None:
        """/latest [n]."""
        count = commands.parse_latest("" if n is None else str(n))
        await defer(interaction)
        statements = await service.latest(self.ctx.db, count)
        if not statements:
            await reply(interaction, texts.NOTHING_POSTED)
            return
        await reply(interaction, embed=replies.latest_embed(statements))

    @app_commands.command(name="search", description="Find the rebuttals that answer a claim")
    @app_commands.describe(text="The claim, in English or Chinese")
    async def search(self, interaction: discord.Interaction[Any],
                     text: app_commands.Range[str, 1, commands.MAX_ARG_CHARS]) -> None:
        """/search text."""
        claim = commands.parse_search(parsed(text))
        await defer(interaction)
        found = await service.search(self.ctx.db, self.ctx.matcher, claim)
        if not found:
            await reply(interaction, texts.NO_MATCH)
            return
        language = language_of(interaction, self.ctx.settings.discord.language)
        await reply(interaction, embed=replies.search_embed(found, language))

    @app_commands.command(name="rebuttal", description="One rebuttal with its sources")
    @app_commands.rename(rebuttal_id="id")
    @app_commands.describe(rebuttal_id="The rebuttal's id (type to search ids and claims)")
    @app_commands.autocomplete(rebuttal_id=rebuttal_ids)
    async def rebuttal(self, interaction: discord.Interaction[Any], rebuttal_id: str) -> None:
        """/rebuttal id."""
        rid = commands.parse_rebuttal_id(parsed(rebuttal_id))
        await defer(interaction)
        found = await service.get_rebuttal(self.ctx.db, rid)
        language = language_of(interaction, self.ctx.settings.discord.language)
        await reply(interaction, embed=replies.rebuttal_embed(found, language))

    @app_commands.command(name="help", description="What this bot posts, and its commands")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        """/help."""
        language = language_of(interaction, self.ctx.settings.discord.language)
        text = texts.help_text(self.ctx.settings.watch_list(), language,
                               admin_commands=replies.ADMIN_COMMANDS)
        await reply(interaction, embed=replies.help_embed(text))

    @app_commands.command(name="subscribe", description="Post new statements in this channel")
    @app_commands.describe(language="The language of the posts (default: the bot's)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_channels=True)
    @moderators_only
    async def subscribe(self, interaction: discord.Interaction[Any],
                        language: Literal["en", "zh"] | None = None) -> None:
        """/subscribe [language]: this channel receives posts."""
        _check_postable(interaction)
        lang = language or self.ctx.settings.discord.language
        channel = interaction.channel
        title = f"{interaction.guild.name if interaction.guild else ''} #{getattr(channel, 'name', '')}"
        await defer(interaction)
        created = await service.subscribe(self.ctx.db, "discord", str(interaction.channel_id),
                                          title=title.strip()[:200], language=lang,
                                          added_by=actor(interaction))
        await reply(interaction, texts.subscribed(created, lang))

    @app_commands.command(name="unsubscribe", description="Stop posting in this channel")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_channels=True)
    @moderators_only
    async def unsubscribe(self, interaction: discord.Interaction[Any]) -> None:
        """/unsubscribe: this channel stops receiving posts."""
        await defer(interaction)
        removed = await service.unsubscribe(self.ctx.db, "discord", str(interaction.channel_id))
        lang = language_of(interaction, self.ctx.settings.discord.language)
        await reply(interaction, texts.unsubscribed(removed, lang))
