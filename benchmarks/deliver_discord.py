"""The Discord half of the delivery benchmark (``python -m benchmarks.deliver --discord``).

One statement fanned out to 500 subscribed channels through the real outbox and the real
DiscordNotifier, on the bot ``tracker run`` builds (discord.py, logged in over REST),
against the fake Discord served in a separate process: 5 messages per 5 s per channel,
50 requests/s over all routes, 429s with Discord's bodies and headers past either.
Besides the end-to-end figures it reports the rate at the fake, first message to last.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

from adapters.discord_bot.app import DiscordPlatform
from benchmarks.deliver import drain_outbox, fan_out, figures, seed_statement, server_process
from tests.fakes.discord_api import TOKEN, FakeDiscord
from tracker.config import DatabaseSettings, DeliverySettings, DiscordSettings, Settings
from tracker.storage.db import Database, open_database


def serve(conn: Connection, channels: int, rate: int) -> None:
    """Server process: a server with ``channels`` channels until told to stop; then report."""

    async def main() -> None:
        fake = FakeDiscord(global_limit=rate)
        await fake.start()
        guild = fake.add_guild("Bench", channels=tuple(f"c{i}" for i in range(channels)))
        conn.send((fake.port, list(guild.channels)))
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        sent = [m for m in fake.messages.values() if m.source == "channel"]
        times = sorted(m.created for m in sent) or [0.0]
        conn.send((dict(Counter(m.channel_id for m in sent)), sum(fake.count_429.values()),
                   times[-1] - times[0]))
        await fake.stop()

    asyncio.run(main())


async def _deliver_all(db: Database, settings: Settings) -> float:
    """Send every outbox row through the platform's notifier; the seconds it took."""
    platform = DiscordPlatform(settings, db)
    await platform.bot.login(TOKEN)  # REST only: the outbox needs no gateway
    try:
        return await drain_outbox(db, "discord", platform.notifier, settings)
    finally:
        await platform.bot.close()


async def run(channels: int, rate: int) -> dict[str, float]:
    """Run the benchmark and return its figures."""
    with server_process(serve, channels, rate) as parent:
        port, channel_ids = parent.recv()
        base = f"http://127.0.0.1:{port}/api/v10"
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
            db = await open_database(url)
            settings = Settings(
                database=DatabaseSettings(url=url),
                discord=DiscordSettings(token=TOKEN, api_base_url=base,
                                        gateway_url=f"ws://127.0.0.1:{port}/gateway"),
                delivery=DeliverySettings(max_attempts=8, interval_seconds=0.05))
            sid = await seed_statement(db)
            await fan_out(db, sid, channel_ids, platform="discord")
            seconds = await _deliver_all(db, settings)
            await db.dispose()
        parent.send("stop")
        per_channel, count_429, window = parent.recv()
    sent = sum(per_channel.values())
    # The rate at Discord: from the first message it received to the last, which leaves out
    # the outbox's claim of the rows before the first send (about 1 s on SQLite here).
    at_discord = (sent - 1) / window if window > 0 else 0.0
    return {**figures(per_channel, channel_ids, seconds, rate, count_429),
            "send_window": window, "send_rate": at_discord, "send_fraction": at_discord / rate}
