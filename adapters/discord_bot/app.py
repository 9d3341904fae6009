"""Builds the discord.py bot in one place, and the DiscordPlatform that runs it.

The bot uses no privileged intent (only ``guilds``: server, channel and role events),
pings nobody (``AllowedMentions.none()`` on the client), hands rate-limit waits over
30 s back to the outbox (``max_ratelimit_timeout``), and syncs its slash commands at
start: to ``discord.guild_ids`` (instant) or globally.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.ext import commands as ext

from adapters.discord_bot.buttons import ReviewButton, VoteButton
from adapters.discord_bot.cogs.curate import Curate, Feeds, Stats
from adapters.discord_bot.cogs.login import Login
from adapters.discord_bot.cogs.membership import Membership
from adapters.discord_bot.cogs.public import Public
from adapters.discord_bot.common import BotContext, reply_error
from adapters.discord_bot.notifier import DiscordNotifier, GlobalPacer
from tracker.chat.service import MatcherCache, sync_destinations
from tracker.config import DiscordSettings, Settings
from tracker.errors import ConfigError, TrackerError
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

MAX_RATELIMIT_WAIT = 30.0  # seconds discord.py may sleep on a 429; longer goes to the outbox
START_SECONDS = 60.0  # login and command sync


def use_endpoints(settings: DiscordSettings) -> None:
    """Point discord.py's REST client and gateway at the configured addresses.

    discord.py keeps both as class attributes: one Discord bot per process.
    """
    discord.http.Route.BASE = settings.api_base_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


class TrackerBot(ext.Bot):
    """The bot: slash commands in cogs, persistent buttons, membership listeners."""

    def __init__(self, ctx: BotContext, *, guild_ready_timeout: float = 2.0,
                 updates: bool = True) -> None:
        # No voice here: without this, every start warns that voice libraries are missing.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(command_prefix=ext.when_mentioned, intents=intents, help_command=None,
                         allowed_mentions=discord.AllowedMentions.none(),
                         max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
                         guild_ready_timeout=guild_ready_timeout)
        self.ctx = ctx
        self.updates = updates  # False: a sender only (REST), no cogs, no command sync
        self.prepared = asyncio.Event()  # logged in, cogs loaded, commands synced
        self.tree.error(self._on_command_error)

    async def setup_hook(self) -> None:
        """Load the cogs, listen for the buttons of earlier posts, sync the commands."""
        if not self.updates:
            self.prepared.set()
            return
        for cog in (Public(self.ctx), Curate(self.ctx), Feeds(self.ctx), Stats(self.ctx),
                    Login(self.ctx), Membership(self.ctx)):
            await self.add_cog(cog)
        self.add_dynamic_items(VoteButton, ReviewButton)
        await self.sync_commands()
        self.prepared.set()

    async def sync_commands(self) -> None:
        """Register the slash commands with Discord: per server when listed, else globally."""
        guild_ids = self.ctx.settings.discord.guild_ids
        if not guild_ids:
            synced = await self.tree.sync()
            logger.info("synced %d slash commands globally (clients see them within an hour)",
                        len(synced))
            return
        for guild_id in guild_ids:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            try:
                synced = await self.tree.sync(guild=guild)
            except discord.HTTPException as exc:  # not in that server, or no access
                logger.error("could not sync slash commands to server %s: %s", guild_id, exc)
                continue
            logger.info("synced %d slash commands to server %s", len(synced), guild_id)

    async def _on_command_error(self, interaction: discord.Interaction[Any],
                                error: app_commands.AppCommandError) -> None:
        await reply_error(interaction, error)


class DiscordPlatform:
    """The Discord ChatPlatform: the gateway bot plus the notifier the outbox uses."""

    name = "discord"

    def __init__(self, settings: Settings, db: Database, *, pacer: GlobalPacer | None = None,
                 guild_ready_timeout: float = 2.0, updates: bool = True) -> None:
        if settings.discord.token is None:
            raise ConfigError("discord.token is not set")
        use_endpoints(settings.discord)
        self.settings, self.db = settings, db
        ctx = BotContext(db=db, settings=settings, matcher=MatcherCache(db, settings))
        self.bot = TrackerBot(ctx, guild_ready_timeout=guild_ready_timeout, updates=updates)
        self.notifier = DiscordNotifier(self.bot, pacer, web=settings.web)
        self._task: asyncio.Task[None] | None = None
        self._closed: asyncio.Event | None = None  # a sender's wait (updates=False)

    async def start(self) -> None:
        """Log in and sync the commands (the gateway connects in the background), then make
        the configured channels destinations. Raises TrackerError when login fails."""
        assert self.settings.discord.token is not None
        token = self.settings.discord.token.get_secret_value()
        # A sender only logs in (REST); the gateway is the update stream's.
        run = self.bot.start(token) if self.bot.updates else self._sender(token)
        self._task = asyncio.create_task(run, name="discord-bot")
        self._task.add_done_callback(_report_end)
        prepared = asyncio.create_task(self.bot.prepared.wait())
        await asyncio.wait({self._task, prepared}, timeout=START_SECONDS,
                           return_when=asyncio.FIRST_COMPLETED)
        if not prepared.done():
            prepared.cancel()
            reason = _failure(self._task)
            await self.stop()
            raise TrackerError(f"the Discord bot did not start: {reason}")
        await sync_destinations(self.db, self.settings)
        logger.info("discord bot %s started", self.bot.user)

    async def _sender(self, token: str) -> None:
        """Log in for REST only and wait until closed (what ``bot.start`` is without the gateway)."""
        await self.bot.login(token)
        closed = asyncio.Event()
        self._closed = closed
        await closed.wait()

    async def stop(self) -> None:
        """Close the gateway and the HTTP session (safe to call twice)."""
        if self._closed is not None:
            self._closed.set()
        task, self._task = self._task, None
        if task is None:
            return
        await self.bot.close()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(task, 10)


def _failure(task: asyncio.Task[None]) -> str:
    if not task.done():
        return f"no answer from Discord within {START_SECONDS:.0f} s"
    exc = task.exception()
    if isinstance(exc, discord.LoginFailure):
        return "Discord refused the token (discord.token / DISCORD_BOT_TOKEN)"
    return f"{type(exc).__name__}: {exc}" if exc else "the bot stopped"


def _report_end(task: asyncio.Task[None]) -> None:
    """Log a bot that ended on its own (a closed gateway it cannot reconnect to)."""
    if task.cancelled() or task.exception() is None:
        return
    logger.error("the Discord bot stopped: %s", _failure(task))
