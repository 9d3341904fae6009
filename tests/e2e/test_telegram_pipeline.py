"""The whole product through Telegram: a new feed item becomes a post with counterpoints.

Real feed server, real ingestion, extraction, matching, posting policy, outbox,
PTB Application and fake Bot API. Runs once the extraction stage has landed.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from email.utils import format_datetime

from adapters.telegram_bot import TelegramPlatform
from tests.e2e.conftest import fast_pacer
from tests.fakes.feed_server import running_feed_server
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import (
    FeedSettings,
    PollingSettings,
    Settings,
    TelegramSettings,
)
from tracker.model import utcnow
from tracker.runtime.pipeline import Stages
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


@contextlib.asynccontextmanager
async def subscribed_bot(api: FakeTelegramAPI, db: Database,
                         settings: Settings) -> AsyncIterator[Stages]:
    """The real bot on ``db`` with READER subscribed; yields the product's stages."""
    from tracker.runtime.pipeline import default_stages
    from tracker.usecases.curate import ensure_seed

    await ensure_seed(db)
    platform = TelegramPlatform(settings, db, pacer=fast_pacer())
    await platform.start()
    try:
        api.command(READER, READER, "/subscribe")
        await api.wait_for(lambda: api.sent(READER))
        yield default_stages({"telegram": platform.notifier})
    finally:
        await platform.stop()


async def test_a_new_feed_item_reaches_a_subscriber_with_counterpoints(
        sqlite_db: Database) -> None:
    from tracker.runtime.pipeline import run_cycle

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
        async with subscribed_bot(api, sqlite_db, settings) as stages:
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
    await api.stop()


async def test_the_same_quote_in_english_and_chinese_is_posted_once(sqlite_db: Database) -> None:
    from tracker.runtime.pipeline import run_cycle

    api = FakeTelegramAPI()
    await api.start()
    async with running_feed_server() as feeds:
        en_url = feeds.set("/en.xml", body=rss(feeds.base, []))
        zh_url = feeds.set("/zh.xml", body=rss(feeds.base, []))
        settings = Settings(
            feeds=[FeedSettings(url=en_url), FeedSettings(url=zh_url, language="zh")],
            polling=PollingSettings(allow_private_hosts=True, parse_workers=1),
            telegram=TelegramSettings(token="123:TEST", api_base_url=api.base_url))
        async with subscribed_bot(api, sqlite_db, settings) as stages:
            await run_cycle(sqlite_db, settings, stages, force=True)  # baseline, empty feeds
            feeds.set("/en.xml", body=rss(feeds.base, [(
                "en-1", "Musk on power", "Elon Musk said on Monday: \u201cChina's electricity "
                "generation will be about three times that of the US next year.\u201d")]))
            await run_cycle(sqlite_db, settings, stages, force=True)
            # An hour later a Chinese outlet reports the same quote.
            feeds.set("/zh.xml", body=rss(feeds.base, [(
                "zh-1", "马斯克谈电力", "马斯克周一表示：\u201c明年中国的发电量将是美国的三倍左右。\u201d")]))
            stats = await run_cycle(sqlite_db, settings, stages, force=True)
            posts = [m for m in api.sent(READER) if "Counterpoints" in m.text]
            assert len(posts) == 1, [m.text for m in posts]
            # Grouped when matched: the Chinese report joins the English statement.
            assert dict(stats.stages)["match"]["grouped"] == 1
            async with sqlite_db.session() as s:
                from tracker.storage import statements_repo

                [shown] = await statements_repo.latest_posted(s, 5)
            assert {src.url for src in shown.sources} == {f"{feeds.base}/en-1",
                                                          f"{feeds.base}/zh-1"}
    await api.stop()
