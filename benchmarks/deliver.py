"""Delivery benchmark: one statement fanned out to 1,000 Telegram chats, or 500 Discord channels.

Runs the real outbox (tracker.runtime.delivery.DeliveryWorker) with the real
TelegramNotifier (PTB bot with the PacingRateLimiter, over loopback HTTP)
against the fake Bot API, served in a separate process (so its clock and the
client's do not share a GIL) and enforcing 30 messages/s overall and 1/s per
chat in sliding 1-second windows (429 with retry_after past the window).

With ``--discord``: the real DiscordNotifier (the bot discord.py runs in ``tracker run``)
against the fake Discord in a separate process, enforcing 5 messages per 5 s per channel
and 50 requests/s globally (429s with Discord's bodies and headers); see
``benchmarks.deliver_discord``.

    python -m benchmarks.deliver [--chats 1000] [--rate 30]
    python -m benchmarks.deliver --discord [--chats 500]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

from sqlalchemy import func, select
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from adapters.telegram_bot.notifier import TelegramNotifier
from adapters.telegram_bot.ratelimit import PacingRateLimiter, SendPacer
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import DeliverySettings, Settings
from tracker.model import Decision, utcnow
from tracker.ports import Notifier
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage.db import Database, open_database
from tracker.storage.schema_delivery import DeliveryRow, DestinationRow
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow

TOKEN = "123:BENCH"


async def seed_statement(db: Database, text: str = "China will be the biggest economy",
                         rebuttal_id: str = "china-economy", *, status: str = "queued",
                         decision: str | None = Decision.MATCH) -> int:
    """Store a feed, an item, a statement and a matched rebuttal; return the statement id."""
    now = utcnow()
    async with db.session() as s:
        feed = FeedRow(url=f"https://news.example/{uuid.uuid4().hex}.xml", added_at=now)
        s.add(feed)
        await s.flush()
        item = ItemRow(feed_id=feed.id, guid=rebuttal_id, url="https://news.example/a",
                       title="Musk on China", text=text, fetched_at=now, content_hash="h")
        s.add(item)
        await s.flush()
        st = StatementRow(watch="musk-china", speaker="Elon Musk", text=text, language="en",
                          confidence=0.9, item_id=item.id, span_start=0, span_end=len(text),
                          source_url="https://news.example/a", group_key=rebuttal_id,
                          created_at=now, status=status, published_at=now, decision=decision)
        s.add(st)
        if await s.get(RebuttalRow, rebuttal_id) is None:
            s.add(RebuttalRow(id=rebuttal_id, claim_en="China's economy will surpass the US",
                              claim_zh="中国经济将超过美国", status="published",
                              counterpoints=[{"text_en": "Per-capita output is far lower.",
                                              "text_zh": "人均产出低得多。",
                                              "sources": [{"title": "IMF WEO",
                                                           "url": "https://imf.org/weo"}]}],
                              created_at=now, updated_at=now))
        await s.flush()
        s.add(StatementMatchRow(statement_id=st.id, rebuttal_id=rebuttal_id, rank=1,
                                score=0.9 if decision == Decision.MATCH else 0.6,
                                decision=decision or Decision.NONE))
        await s.commit()
        return st.id


async def fan_out(db: Database, statement_id: int, chat_ids: list[int],
                  platform: str = "telegram") -> None:
    """Subscribe the chats and create one outbox row per chat (as the posting policy would)."""
    now = utcnow()
    async with db.session() as s:
        rows = [DestinationRow(platform=platform, chat_id=str(c), added_at=now)
                for c in chat_ids]
        s.add_all(rows)
        await s.flush()
        s.add_all(DeliveryRow(statement_id=statement_id, destination_id=r.id, status="pending",
                              next_attempt_at=now, created_at=now) for r in rows)
        await s.commit()


async def drain_outbox(db: Database, platform: str, notifier: Notifier,
                       settings: Settings) -> float:
    """Run the real delivery worker until no outbox row is left to send; the seconds it took."""
    worker = DeliveryWorker(db, {platform: notifier}, settings, concurrency=64)
    start = time.monotonic()
    while True:
        await worker.run_once()
        async with db.session() as s:
            left = await s.scalar(select(func.count()).select_from(DeliveryRow).where(
                DeliveryRow.status.in_(("pending", "sending"))))
        if not left:
            return time.monotonic() - start
        await asyncio.sleep(0.05)


@contextlib.contextmanager
def server_process(target: Callable[..., None], *args: object) -> Iterator[Connection]:
    """Run ``target(conn, *args)`` in a separate process (so the fake's clock and the
    client's do not share a GIL); yield this side's end of the pipe to it."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=target, args=(child, *args), daemon=True)
    server.start()
    try:
        yield parent
    finally:
        server.join(10)
        if server.is_alive():
            server.kill()


def figures(per_chat: dict[int, int], chat_ids: list[int], seconds: float, rate: int,
            count_429: int) -> dict[str, float]:
    """The figures both platforms report, from what the fake received per chat."""
    sent = sum(per_chat.values())
    return {"messages": sent, "seconds": seconds, "rate": sent / seconds,
            "fraction": sent / seconds / rate, "429s": count_429,
            "lost": sum(1 for c in chat_ids if per_chat.get(c, 0) == 0),
            "duplicated": sum(n - 1 for n in per_chat.values() if n > 1)}


async def _deliver_all(db: Database, base_url: str, settings: Settings) -> float:
    request = HTTPXRequest(connection_pool_size=64)
    limiter = PacingRateLimiter(SendPacer())
    # The same bot configuration as the Application's (adapters.telegram_bot.app).
    async with ExtBot(TOKEN, base_url=base_url, request=request,
                      rate_limiter=limiter) as bot:
        return await drain_outbox(db, "telegram", TelegramNotifier(bot), settings)


def serve(conn: Connection, chats: list[int], rate: int) -> None:
    """Server process: run the fake until told to stop, then report what it saw."""

    async def main() -> None:
        api = FakeTelegramAPI(TOKEN)
        await api.start()
        for c in chats:
            api.add_chat(c)
        api.enforce_rate(rate, 1)
        conn.send(api.port)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        conn.send((dict(Counter(m.chat_id for m in api.all_sent())), api.count_429))
        await api.stop()

    asyncio.run(main())


async def run(chats: int, rate: int) -> dict[str, float]:
    """Run the benchmark and return its figures."""
    chat_ids = [10_000 + i for i in range(chats)]
    with server_process(serve, chat_ids, rate) as parent:
        port = parent.recv()
        with tempfile.TemporaryDirectory() as tmp:
            db = await open_database(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
            settings = Settings(delivery=DeliverySettings(max_attempts=8, interval_seconds=0.05))
            sid = await seed_statement(db)
            await fan_out(db, sid, chat_ids)
            seconds = await _deliver_all(db, f"http://127.0.0.1:{port}/bot", settings)
            await db.engine.dispose()
        parent.send("stop")
        per_chat, count_429 = parent.recv()
    return figures(per_chat, chat_ids, seconds, rate, count_429)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--discord", action="store_true",
                        help="Discord channels instead of Telegram chats")
    parser.add_argument("--chats", type=int, default=None,
                        help="chats (default 1000) or channels (default 500) to post to")
    parser.add_argument("--rate", type=int, default=None,
                        help="the fake's messages/s limit (default 30; Discord: 50 requests/s)")
    args = parser.parse_args()
    if args.discord:
        from benchmarks.deliver_discord import run as run_discord

        args.chats, args.rate = args.chats or 500, args.rate or 50
        r = asyncio.run(run_discord(args.chats, args.rate))
        noun = "channels"
    else:
        args.chats, args.rate = args.chats or 1000, args.rate or 30
        r = asyncio.run(run(args.chats, args.rate))
        noun = "chats"
    print(f"messages:      {r['messages']:.0f} to {args.chats} {noun}")
    print(f"seconds:       {r['seconds']:.2f}")
    print(f"achieved rate: {r['rate']:.2f} msg/s = {r['fraction']:.1%} of the {args.rate}/s limit")
    if "send_rate" in r:
        print(f"  at Discord:  {r['send_rate']:.2f} msg/s = {r['send_fraction']:.1%} "
              f"(first to last message, {r['send_window']:.2f} s)")
    print(f"429s received: {r['429s']:.0f} ({r['429s'] / max(r['messages'], 1):.2%} of messages)")
    print(f"lost:          {r['lost']:.0f}")
    print(f"duplicated:    {r['duplicated']:.0f}")


if __name__ == "__main__":
    main()
