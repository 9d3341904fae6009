"""`tracker run` with a Discord token, as a real subprocess against the fake Discord.

The console script builds the Discord platform from the config (the token from
DISCORD_BOT_TOKEN), syncs the commands, answers a slash command, posts a queued statement
as an embed through its delivery loop, and on SIGTERM closes the gateway and exits 0,
never writing the token to its logs.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.deliver import seed_statement
from tests.e2e.conftest import Server, command, text_of
from tests.fakes.discord_api import TOKEN, FakeDiscord
from tests.fakes.process import tracker_process
from tracker.config import Settings
from tracker.storage.db import open_database
from tracker.usecases import queue as posting


def config(tmp_path: Path, fake: FakeDiscord, server: Server) -> Path:
    path = tmp_path / "tracker.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n'
        "[polling]\ninterval_seconds = 3600\n"
        "[delivery]\ninterval_seconds = 0.1\n"
        '[matching]\nembedder = "hashing"\n'
        f'[discord]\napi_base_url = "{fake.base_url}"\ngateway_url = "{fake.gateway_url}"\n'
        f"guild_ids = [{server.guild.id}]\nreview_channel = {server.review}\n"
        '[[feeds]]\nurl = "http://127.0.0.1:9/none.xml"\n')
    return path


async def test_run_serves_discord_posts_and_closes_the_gateway_on_sigterm(
        tmp_path: Path, fake: FakeDiscord, server: Server) -> None:
    env = {"DISCORD_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin",  # and the code under test
           **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}}
    async with tracker_process("--debug", "-c", str(config(tmp_path, fake, server)), "run",
                               cwd=tmp_path, env=env) as service:
        await fake.wait_for(lambda: fake.commands.get(server.guild.id), 60, "commands synced")
        await fake.gateway.wait_ready(timeout=30)
        assert "/curate add" in text_of(await command(fake, server, "help", server.reader))
        subscribed = await command(fake, server, "subscribe", server.moderator,
                                   channel=server.news)
        assert "Subscribed" in subscribed.content
        db = await open_database(f"sqlite+aiosqlite:///{tmp_path}/t.db")
        try:
            await seed_statement(db, status="matched")
            await posting.queue_posts(db, Settings())
        finally:
            await db.dispose()
        [post] = await fake.wait_for_messages(server.news, timeout=30)
        code, out, logs = await service.stop()
    assert code == 0, logs[-2000:]
    assert "Per-capita output is far lower." in text_of(post)
    assert fake.gateway.close_codes == [4000]  # discord.py's close: the session stays resumable
    assert "DEBUG" in logs and TOKEN not in logs and TOKEN not in out
    assert TOKEN.split(".")[0] not in logs
    shutdown = logs[logs.index("INFO tracker.runtime.scheduler: stopping"):]
    assert " ERROR " not in shutdown and "Traceback" not in shutdown, shutdown  # SIGTERM is quiet
