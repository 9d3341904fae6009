"""Shared pieces of the end-to-end tests: the fake Bot API and a fast pacer (Telegram),
the fake Discord with discord.py pointed at it and a server to use (Discord)."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
import yarl

from adapters.main import build_platforms
from adapters.telegram_bot.ratelimit import SendPacer
from tests.fakes.discord_api import APP_ID, FakeDiscord
from tests.fakes.discord_api import TOKEN as DISCORD_TOKEN
from tests.fakes.discord_model import (
    LOADING,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    SEND_MESSAGES,
    Guild,
    Interaction,
    SentMessage,
)
from tracker.config import DeliverySettings, DiscordSettings, MatchingSettings, Settings
from tracker.ports import Notifier
from tracker.runtime.delivery import DeliveryWorker
from tracker.runtime.startup import running_platforms
from tracker.storage.db import Database

with warnings.catch_warnings():
    # discord.player imports audioop, deprecated on 3.11-3.12; filterwarnings=error would fail here
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord


def fast_pacer() -> SendPacer:
    """Per-chat spacing off: tests send many commands to one chat (the pacer has unit tests)."""
    return SendPacer(per_chat_interval=0.0, per_group_interval=0.0)


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake Discord on 127.0.0.1; discord.py's REST base and gateway point at it (then
    restored: the bot sets both from its settings, and the next test must not inherit them)."""
    async with FakeDiscord() as server:
        monkeypatch.setattr(discord.http.Route, "BASE", server.base_url)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                            yarl.URL(server.gateway_url))
        yield server


@pytest.fixture
def guild(fake: FakeDiscord) -> Guild:
    """A server with #general, #news and #locked (the bot may not send there)."""
    server = fake.add_guild(channels=("general", "news"))
    fake.add_channel(server.id, "locked",
                     overwrites=[fake.overwrite(APP_ID, deny=SEND_MESSAGES, member=True)])
    return server


# ---- Discord: the product's composition against the fake ----------------------------
@dataclass
class Server:
    """The fake server the Discord tests use, and who is in it."""

    guild: Guild
    general: int  # where members run commands
    news: int  # a channel a moderator subscribes
    locked: int  # the bot may not send here
    review: int  # discord.review_channel
    admin: int  # Manage Server
    curator: int  # only the role named in discord.admin_role
    moderator: int  # Manage Channels
    reader: int  # nothing special


@pytest.fixture
def server(fake: FakeDiscord, guild: Guild) -> Server:
    """The ``guild`` with a review channel, an admin, a curator, a moderator and a reader."""
    review = fake.add_channel(guild.id, "review")
    admin = fake.add_member(guild.id, roles=[fake.add_role(guild.id, "Owners", MANAGE_GUILD)],
                            name="admin")
    curator = fake.add_member(guild.id, roles=[fake.add_role(guild.id, "Tracker Admin")],
                              name="curator")
    moderator = fake.add_member(guild.id, name="moderator",
                                roles=[fake.add_role(guild.id, "Mods", MANAGE_CHANNELS)])
    reader = fake.add_member(guild.id, name="reader")
    return Server(guild, guild.channel("general"), guild.channel("news"),
                  guild.channel("locked"), review, admin, curator, moderator, reader)


def discord_settings(fake: FakeDiscord, server: Server, **sections: Any) -> Settings:
    """Settings for the Discord bot on the fake (commands synced to the test server)."""
    return Settings(
        discord=DiscordSettings(token=DISCORD_TOKEN, api_base_url=fake.base_url,
                                gateway_url=fake.gateway_url, guild_ids=[server.guild.id],
                                review_channel=str(server.review)),
        delivery=DeliverySettings(interval_seconds=0.05),
        matching=MatchingSettings(embedder="hashing"), **sections)


@dataclass
class Running:
    """The product's platforms running on a database, as ``tracker run`` composes them."""

    db: Database
    settings: Settings
    notifiers: dict[str, Notifier]

    def worker(self, owner: str = "w1") -> DeliveryWorker:
        return DeliveryWorker(self.db, self.notifiers, self.settings, owner=owner)


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, db: Database, settings: Settings) -> AsyncIterator[Running]:
    """``tracker run``'s composition without the scheduler: the registry's platforms started
    (commands synced, gateway connected) and prepared, the outbox driven by the test."""
    async with running_platforms(db, settings, build_platforms) as notifiers:
        await fake.gateway.wait_ready()
        yield Running(db, settings, notifiers)


@pytest.fixture
async def discord_bot(fake: FakeDiscord, server: Server,
                      sqlite_db: Database) -> AsyncIterator[Running]:
    """The Discord bot on SQLite against the fake, as ``tracker run`` builds it."""
    async with running(fake, sqlite_db, discord_settings(fake, server)) as run:
        yield run


async def answered(fake: FakeDiscord, inter: Interaction, timeout: float = 10.0) -> SentMessage:
    """The interaction's visible answer once it is complete (a deferred one: its followup)."""
    def complete() -> SentMessage | None:
        found = fake.replies(inter)
        if not found or inter.response_type not in (4, 5):
            return None
        return found[0] if not found[0].flags & LOADING else None

    answer: SentMessage = await fake.wait_for(complete, timeout, f"the answer to {inter.id}")
    return answer


async def command(fake: FakeDiscord, server: Server, name: str, user: int,
                  options: dict[str, Any] | None = None, channel: int | None = None,
                  **kwargs: Any) -> SentMessage:
    """Run a slash command as ``user`` in #general (or ``channel``); return its answer."""
    inter = await fake.gateway.slash_command(name, options, guild_id=server.guild.id,
                                             channel_id=channel or server.general, user_id=user,
                                             **kwargs)
    return await answered(fake, inter)


def text_of(message: SentMessage) -> str:
    """Everything a reader sees in a message: content and embeds."""
    parts = [message.content or ""]
    for embed in message.embeds:
        parts += [embed.get("title", ""), embed.get("description", ""),
                  (embed.get("author") or {}).get("name", ""),
                  (embed.get("footer") or {}).get("text", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(p for p in parts if p)
