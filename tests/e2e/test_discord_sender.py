"""A worker's Discord bot only sends: it logs in over REST and never opens the gateway."""

from __future__ import annotations

import functools

from tests.e2e.conftest import Running, Server, discord_settings
from tests.e2e.test_discord_delivery import post_one
from tests.fakes.discord_api import FakeDiscord
from tracker.runtime.startup import running_platforms
from tracker.storage.db import Database


async def test_a_worker_posts_to_discord_without_a_gateway_session(
        fake: FakeDiscord, server: Server, sqlite_db: Database) -> None:
    from adapters.main import build_platforms

    settings = discord_settings(fake, server)
    settings = settings.model_copy(update={"discord": settings.discord.model_copy(
        update={"channels": [str(server.news)]})})
    senders = functools.partial(build_platforms, updates=False)
    async with running_platforms(sqlite_db, settings, senders) as notifiers:
        await post_one(Running(sqlite_db, settings, notifiers))
    [post] = fake.sent(server.news)
    assert "Per-capita output is far lower." in post.embeds[0]["fields"][0]["value"]
    assert fake.gateway.identifies == 0  # no gateway session: the bots process has it
    assert not fake.commands.get(server.guild.id)  # nor did it sync the slash commands
