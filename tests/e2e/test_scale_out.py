"""Several `tracker run` processes on one PostgreSQL database: nothing lost, nothing twice.

Three `--role worker` processes and one `--role bots` process, 300 feeds on the local
feed server, statements posted to 200 channels on the fake Bot API, which answers 40 of
the first sends with 429 and 40 more with 500, and to 20 channels on the fake Discord
(REST and gateway; the bots process holds the gateway, the workers send). After that storm
a worker is killed with SIGKILL while it delivers; the others finish its work. Every item
is stored once, every statement extracted once, every post delivered (at most one repeat
per channel: the message in flight when the worker died).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_model import TOKEN as DISCORD_TOKEN
from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.fakes.workers import (
    Schema,
    kill_holder,
    rss,
    start,
    stop_all,
    until,
    worker_config,
)

TOKEN = "987654:SECRET-token-value"
ENV = {"TELEGRAM_BOT_TOKEN": TOKEN, "DISCORD_BOT_TOKEN": DISCORD_TOKEN}
FEEDS, CHANNELS, DISCORD_CHANNELS = 300, 200, 20
REVIEW = -1009999999999
STORM = 40  # sends answered 429, then as many answered 500
QUOTES = ("China's carmakers are the most competitive in the world",
          "BYD builds batteries faster than anyone on earth",
          "Shanghai is the best factory we have anywhere",
          "Chinese engineers work incredibly hard and it shows",
          "China has more high-speed rail than the rest of the world combined")


def _config(tmp_path: Path, url: str, server: FeedServer, api: FakeTelegramAPI,
            discord: FakeDiscord, discord_channels: list[int], guild: int) -> str:
    on_discord = ", ".join(f'"{c}"' for c in discord_channels)
    return worker_config(
        tmp_path, url, [server.url(f"/f{i}.xml") for i in range(FEEDS)], api.base_url,
        [-1001000000000 - i for i in range(CHANNELS)],
        extra=f'review_chat = "{REVIEW}"\n'
              f'[discord]\napi_base_url = "{discord.base_url}"\n'
              f'gateway_url = "{discord.gateway_url}"\n'
              f"channels = [{on_discord}]\nguild_ids = [{guild}]\n")


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    fake = FakeTelegramAPI(token=TOKEN)
    await fake.start()
    for i in range(CHANNELS):
        fake.add_chat(-1001000000000 - i, kind="channel")
    fake.add_chat(REVIEW, kind="supergroup")
    yield fake
    await fake.stop()


@pytest.fixture
async def discord() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        yield fake


async def test_three_workers_and_a_bots_process_lose_nothing_when_a_worker_is_killed(
        tmp_path: Path, pg_url: str, api: FakeTelegramAPI, discord: FakeDiscord) -> None:
    db = Schema(pg_url)
    guild = discord.add_guild(channels=tuple(f"news-{i}" for i in range(DISCORD_CHANNELS)))
    on_discord = [guild.channel(f"news-{i}") for i in range(DISCORD_CHANNELS)]
    stack: list[Any] = []
    async with running_feed_server() as server:
        for i in range(FEEDS):
            server.set(f"/f{i}.xml", body=rss([(f"old{i}", "Old news", "Nothing said.")]))
        cfg = _config(tmp_path, pg_url, server, api, discord, on_discord, guild.id)
        try:
            workers = [await start(cfg, tmp_path, "worker", stack, ENV) for _ in range(3)]
            await start(cfg, tmp_path, "bots", stack, ENV)
            await until(db.ready(f"SELECT count(*) = {FEEDS} FROM feeds WHERE baselined"),
                         180, "the first poll of every feed")
            for i in range(FEEDS):  # a new item in every feed; five of them quote him
                new = [(f"new{i}", f"Story {i}", f"Markets moved on day {i}.")]
                if i % 60 == 0:
                    quote = QUOTES[i // 60]
                    new = [(f"new{i}", f"Musk on China {i}", f'"{quote}," Elon Musk said.')]
                server.set(f"/f{i}.xml", body=rss([(f"old{i}", "Old news", "Nothing said."),
                                                      *new]))
            # A storm on the chat API as the posts start going out: 429s, then 5xx, then calm;
            # the kill comes after it, so the recovery measured is the kill's alone.
            api.fail_next("sendMessage", "429", times=STORM, retry_after=1)
            api.fail_next("sendMessage", "500", times=STORM)
            await until(lambda: not any(f.times for f in api._failures), 120, "the storm")
            victim = await kill_holder(db, workers, "deliveries WHERE status = 'sending' AND "
                                       "claimed_by LIKE {owner}", "delivering")
            killed = time.monotonic()
            held = db.one("SELECT array_agg(id) FROM deliveries WHERE status = 'sending' "
                          f"AND claimed_by LIKE '%-{victim}'")
            recovered = await until(db.ready(
                "SELECT count(*) = 0 FROM deliveries WHERE status <> 'sent' AND "
                f"id = ANY(ARRAY{held}::int[])"), 60, "the dead worker's posts sent")
            await until(db.ready(
                f"SELECT count(*) = {len(QUOTES) * (CHANNELS + DISCORD_CHANNELS)} FROM "
                "deliveries d JOIN destinations t ON t.id = d.destination_id "
                "WHERE d.status = 'sent' AND t.role = 'channel'"), 120, "every post sent")
            finished = time.monotonic() - killed
            await until(lambda: db.one("SELECT count(*) FROM statements WHERE status <> "
                                        "'posted'") == 0, 30, "every statement posted")
        finally:
            await stop_all(stack)
    assert victim and held
    assert recovered < 30
    assert db.one("SELECT count(*) FROM items") == 2 * FEEDS
    assert db.one("SELECT count(*) FROM items WHERE processed_at IS NULL") == 0
    assert db.one("SELECT count(*) FROM statements") == len(QUOTES)
    assert db.one("SELECT count(DISTINCT text) FROM statements") == len(QUOTES)
    assert db.one("SELECT count(*) FROM statement_sources") == len(QUOTES)
    repeats = 0
    for i in range(CHANNELS):
        texts = Counter(q for m in api.sent(-1001000000000 - i) for q in QUOTES if q in m.text)
        assert set(texts) == set(QUOTES), f"channel {i} misses a post"
        extra = sum(n - 1 for n in texts.values())
        assert extra <= 1, f"channel {i} got {extra} repeats"
        repeats += extra
    for channel in on_discord:
        texts = Counter(q for m in discord.sent(channel) for q in QUOTES
                        if q in json.dumps(m.payload, ensure_ascii=False))
        assert set(texts) == set(QUOTES), f"Discord channel {channel} misses a post"
        extra = sum(n - 1 for n in texts.values())
        assert extra <= 1, f"Discord channel {channel} got {extra} repeats"
        repeats += extra
    assert api.count_429 == STORM
    print(f"{len(held)} posts held by the killed worker, sent by the others {recovered:.1f} s "
          f"after the kill; all {len(QUOTES) * (CHANNELS + DISCORD_CHANNELS)} posts (Telegram "
          f"and Discord) sent {finished:.1f} s after it; {repeats} repeated messages")
