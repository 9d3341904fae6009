"""Admin commands that change data, through the real bot (need the rebuttals/ingest areas)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from adapters.telegram_bot import TelegramPlatform
from tests.e2e.conftest import fast_pacer
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import Settings, TelegramSettings
from tracker.storage.db import Database
from tracker.storage.schema_rebuttals import RebuttalRow, RevisionRow

ADMIN = 4242


@pytest.fixture
async def bot(api: FakeTelegramAPI, sqlite_db: Database) -> AsyncIterator[TelegramPlatform]:
    settings = Settings(telegram=TelegramSettings(
        token="123:TEST", api_base_url=api.base_url, admins=[ADMIN]))
    platform = TelegramPlatform(settings, sqlite_db, pacer=fast_pacer())
    await platform.start()
    yield platform
    await platform.stop()


async def ask(api: FakeTelegramAPI, text: str) -> str:
    before = len(api.sent(ADMIN))
    api.command(ADMIN, ADMIN, text)
    await api.wait_for(lambda: len(api.sent(ADMIN)) > before)
    return api.sent(ADMIN)[-1].text


async def test_rebuttal_lifecycle_is_recorded_with_the_telegram_user(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    added = await ask(api, "/addrebuttal China steals all tech | 中国窃取所有技术 | "
                           "Most patents are domestic | 大多数专利来自国内 | "
                           "https://wipo.int/report | WIPO report")
    assert added.startswith("Added rebuttal ")
    rid = added.removeprefix("Added rebuttal ").rstrip(".")
    assert "Most patents are domestic" in await ask(api, f"/rebuttal {rid}")
    # /search uses the matcher, which reloads when the rebuttals change.
    assert rid in await ask(api, "/search China steals all the technology")
    assert "Updated" in await ask(api, f"/editrebuttal {rid} claim_en China steals most tech")
    assert "Retired" in await ask(api, f"/retire {rid}")
    assert "No rebuttal with that id" in await ask(api, "/retire no-such-rebuttal")
    async with bot.db.session() as s:
        row = await s.get(RebuttalRow, rid)
        actors = set((await s.execute(select(RevisionRow.changed_by)
                                      .where(RevisionRow.rebuttal_id == rid))).scalars())
    assert row is not None and row.claim_en == "China steals most tech"
    assert actors == {f"telegram:{ADMIN}"}


async def test_guided_addrebuttal_saves_on_yes(api: FakeTelegramAPI,
                                               bot: TelegramPlatform) -> None:
    for text in ("/addrebuttal", "马斯克说中国没有法治", "2023年法院审结案件数千万件",
                 "https://court.gov.cn/report", "zh", "China has no rule of law"):
        await ask(api, text)
    summary = await ask(api, "Courts decided tens of millions of cases in 2023")
    assert "Save it?" in summary and "(China has no rule of law)" in summary
    added = await ask(api, "yes")
    assert added.startswith("Added rebuttal ")
    async with bot.db.session() as s:
        row = await s.get(RebuttalRow, added.removeprefix("Added rebuttal ").rstrip("."))
    assert row is not None
    assert (row.claim_en, row.claim_zh) == ("China has no rule of law", "马斯克说中国没有法治")


async def test_addfeed_applies_the_same_checks_as_the_cli(api: FakeTelegramAPI,
                                                         bot: TelegramPlatform) -> None:
    assert "No feeds yet" in await ask(api, "/feeds")
    refused = await ask(api, "/addfeed http://127.0.0.1:9/feed.xml podcast")
    assert "allow_private_hosts" in refused  # the SSRF guard's one-line reason
    assert "No feeds yet" in await ask(api, "/feeds")


async def test_removefeed_stops_polling_a_feed_and_keeps_what_it_brought(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    from tracker.model import FeedKind, utcnow
    from tracker.storage import feeds_repo

    feed = await feeds_repo.add_feed(bot.db, "https://news.example/rss", FeedKind.NEWS,
                                     "Example wire", utcnow(), added_by="cli")
    assert "Example wire" in await ask(api, "/feeds")
    assert (await ask(api, "/removefeed")).startswith("Usage: /removefeed ID_OR_URL")
    assert "no feed '999'" in await ask(api, "/removefeed 999")
    removed = await ask(api, f"/removefeed {feed.id}")
    assert removed.startswith(f"Removed feed {feed.id} (Example wire)")
    assert "No feeds yet" in await ask(api, "/feeds")
    [stored] = await feeds_repo.list_feeds(bot.db, include_removed=True)
    assert (stored.active, stored.inactive_reason) == (False, "removed")
