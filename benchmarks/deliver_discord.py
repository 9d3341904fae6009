"""The Discord half of the delivery benchmark (``python -m benchmarks.deliver --discord``).

One statement fanned out to 500 subscribed channels through the real outbox and the real
DiscordNotifier, on the bot ``tracker run`` builds (discord.py, logged in over REST),
against the fake Discord served in a separate process: 5 messages per 5 s per channel,
50 requests/s over all routes, 429s with Discord's bodies and headers past either.
Besides the end-to-end figures it reports the rate at the fake, first message to last.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

from sqlalchemy import func, select

from adapters.discord_bot.app import DiscordPlatform
from benchmarks.deliver import fan_out, seed_statement
from tests.fakes.discord_api import TOKEN, FakeDiscord
from tracker.config import DatabaseSettings, DeliverySettings, DiscordSettings, Settings
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage.db import Database, open_database
from tracker.storage.schema_delivery import DeliveryRow


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
        worker = DeliveryWorker(db, {"discord": platform.notifier}, settings, concurrency=64)
        start = time.monotonic()
        while True:
            await worker.run_once()
            async with db.session() as s:
                left = await s.scalar(select(func.count()).select_from(DeliveryRow).where(
                    DeliveryRow.status.in_(("pending", "sending"))))
            if not left:
                return time.monotonic() - start
            await asyncio.sleep(0.05)
    finally:
        await platform.bot.close()


async def run(channels: int, rate: int) -> dict[str, float]:
    """Run the benchmark and return its figures."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=serve, args=(child, channels, rate), daemon=True)
    server.start()
    try:
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
    finally:
        server.join(10)
        if server.is_alive():
            server.kill()
    sent = sum(per_channel.values())
    # The rate at Discord: from the first message it received to the last, which leaves out
    # the outbox's claim of the rows before the first send (about 1 s on SQLite here).
    at_discord = (sent - 1) / window if window > 0 else 0.0
    return {"messages": sent, "seconds": seconds, "rate": sent / seconds,
            "fraction": sent / seconds / rate, "429s": count_429,
            "send_window": window, "send_rate": at_discord, "send_fraction": at_discord / rate,
            "lost": sum(1 for c in channel_ids if per_channel.get(c, 0) == 0),
            "duplicated": sum(n - 1 for n in per_channel.values() if n > 1)}
