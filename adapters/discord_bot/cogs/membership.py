"""The bot removed from a server, or a channel deleted: its destinations are deactivated.

Deactivation cancels the channel's unsent posts and (the reason being no one's choice)
alerts the admins once, as when a send is refused.
"""

from __future__ import annotations

import logging

import discord
from discord.ext import commands as ext

from adapters.discord_bot.common import BotContext
from tracker.chat import service

logger = logging.getLogger(__name__)

REMOVED = "bot removed from the server"
DELETED = "channel deleted"


class Membership(ext.Cog):
    """Follows the bot's servers and channels."""

    def __init__(self, ctx: BotContext) -> None:
        self.ctx = ctx

    @ext.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Kicked, banned, or the server deleted: stop posting to every channel of it."""
        stopped = 0
        for channel in guild.channels:
            stopped += await service.deactivate(self.ctx.db, "discord", str(channel.id), REMOVED)
        logger.info("removed from server %s: %d channel(s) deactivated", guild.id, stopped)

    @ext.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        """A deleted channel is no destination any more."""
        if await service.deactivate(self.ctx.db, "discord", str(channel.id), DELETED):
            logger.info("channel %s deleted: deactivated", channel.id)
