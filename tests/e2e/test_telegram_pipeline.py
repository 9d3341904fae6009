"""The whole product through Telegram: a new feed item becomes a post with counterpoints.

Real feed server, real ingestion, extraction, matching, posting policy, outbox,
PTB Application and fake Bot API. Runs once the extraction stage has landed.
"""

from __future__ import annotations

from email.utils import format_datetime

from adapters.telegram_bot import TelegramPlatform
from adapters.telegram_bot.ratelimit import SendPacer
from tests.fakes.feed_server import running_feed_server
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import (
    FeedSettings,
    PollingSettings,
    Settings,
    TelegramSettings,
)
from tracker.model import utcnow
from tracker.storage.db import Database

READER = 777


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>{base}/{guid}</link>"
        f"<description>{text}</description><pubDate>{format_datetime(utcnow())}</pubDate></item>"
        for guid, title, text in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<link>{base}</link><description>news</description>{entries}</channel></rss>"
            ).encode()


async def test_a_new_feed_item_reaches_a_subscriber_with_counterpoints(
        sqlite_db: Database) -> None:
    from tracker.pipeline import default_stages, run_cycle
    from tracker.rebuttals import ensure_seed

    api = FakeTelegramAPI()
    await api.start()
    async with running_feed_server() as feeds:
        old = ("old-1", "Earlier", "Elon Musk said the weather is nice.")
        url = feeds.set("/wire.xml", body=rss(feeds.base, [old]))
        settings = Settings(
            feeds=[FeedSettings(url=url)],
            polling=PollingSettings(allow_private_hosts=True, parse_workers=1),
            telegram=TelegramSettings(token="123:TEST", api_base_url=api.base_url,
                                      review_chat="-2002"))
        api.add_chat(-2002, "supergroup", "Editors")
        await ensure_seed(sqlite_db)
        platform = TelegramPlatform(settings, sqlite_db,
                                    pacer=SendPacer(per_chat_interval=0, per_group_interval=0))
        await platform.start()
        try:
            api.command(READER, READER, "/subscribe")
            await api.wait_for(lambda: api.sent(READER))
            stages = default_stages({"telegram": platform.notifier})
            await run_cycle(sqlite_db, settings, stages, force=True)  # first contact: baseline
            quote = ("Elon Musk said on Monday: \u201cChina's electricity generation will be "
                     "about three times that of the US next year.\u201d")
            feeds.set("/wire.xml", body=rss(feeds.base, [old, ("new-1", "Musk on China", quote)]))
            await run_cycle(sqlite_db, settings, stages, force=True)
            [post] = [m for m in api.sent(READER) if "three times" in m.text]
            assert "<blockquote>" in post.html and "Counterpoints" in post.text
            assert "about 2.3 times as much" in post.text  # china-power-three-times-us
            assert post.reply_markup["inline_keyboard"][0][0]["callback_data"].endswith(
                "|china-power-three-times-us|1")
            assert not any("weather" in m.text for m in api.all_sent())  # history not dumped
        finally:
            await platform.stop()
    await api.stop()
