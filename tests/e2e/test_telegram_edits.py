"""Sent Telegram posts stay true: editMessageText through the real outbox and the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.telegram_bot import TelegramPlatform
from benchmarks.deliver import seed_statement
from tests.e2e.conftest import fast_pacer
from tests.fakes.telegram_api import FakeTelegramAPI, SentMessage
from tracker.config import Settings, TelegramSettings
from tracker.model import DeliveryStatus, ExtractedStatement, utcnow
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage import deliveries_repo
from tracker.storage.db import Database
from tracker.storage.schema_feeds import ItemRow
from tracker.usecases import extract
from tracker.usecases import queue as posting

ADMIN, CHANNEL = 4242, -1001
TEXT = "China will be the biggest economy"


@pytest.fixture
async def bot(api: FakeTelegramAPI, sqlite_db: Database) -> AsyncIterator[TelegramPlatform]:
    api.add_chat(CHANNEL, "channel", "Facts", username="facts")
    settings = Settings(telegram=TelegramSettings(
        token="123:TEST", api_base_url=api.base_url, admins=[ADMIN], channels=["@facts"]))
    platform = TelegramPlatform(settings, sqlite_db, pacer=fast_pacer())
    await platform.start()
    yield platform
    await platform.stop()


async def deliver(bot: TelegramPlatform) -> dict[str, int]:
    return await DeliveryWorker(bot.db, {"telegram": bot.notifier}, bot.settings).run_once()


async def post(bot: TelegramPlatform, api: FakeTelegramAPI) -> tuple[int, SentMessage]:
    sid = await seed_statement(bot.db, TEXT, status="matched")
    await posting.queue_posts(bot.db, bot.settings)
    assert await deliver(bot) == {"sent": 1}
    [message] = api.sent(CHANNEL)
    return sid, message


async def ask(api: FakeTelegramAPI, text: str) -> str:
    before = len(api.sent(ADMIN))
    api.command(ADMIN, ADMIN, text)
    await api.wait_for(lambda: len(api.sent(ADMIN)) > before)
    return api.sent(ADMIN)[-1].text


async def test_a_post_gains_its_further_sources_in_place(api: FakeTelegramAPI,
                                                        bot: TelegramPlatform) -> None:
    sid, message = await post(bot, api)
    assert "more sources" not in message.text
    async with bot.db.transaction() as session:
        item = ItemRow(feed_id=1, guid="g2", url="https://other.example/a", title="Other",
                       text=TEXT, fetched_at=utcnow(), content_hash="h2")
        session.add(item)
        await session.flush()
        found = ExtractedStatement(TEXT, "Elon Musk", "musk-china", "en", 0.9, 0, len(TEXT))
        await extract.store_extracted(session, extract._item(item), [found], utcnow())
    assert await deliver(bot) == {"sent": 1}
    [edited] = api.sent(CHANNEL)  # the same message, edited: nothing new was sent
    assert "(+1 more sources)" in edited.text and len(edited.edits) == 1
    assert edited.reply_markup is not None  # the vote buttons stay
    assert str(edited.edits[0]["message_id"]) == str(message.message_id)


async def test_a_corrected_then_retired_counterpoint_changes_the_sent_post(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    _, message = await post(bot, api)
    assert "Per-capita output is far lower." in message.text
    assert "Updated" in await ask(
        api, "/editrebuttal china-economy counterpoint_en Output per person is a third of the US.")
    await deliver(bot)
    assert "Output per person is a third of the US." in message.text
    assert "Per-capita output is far lower." not in message.text
    assert "Retired" in await ask(api, "/retire china-economy")
    await deliver(bot)
    assert "withdrawn by the editors" in message.text
    assert "<s>China's economy will surpass the US</s>" in message.html
    assert message.reply_markup is None  # no vote on a withdrawn counterpoint
    assert len(message.edits) == 2 and len(api.sent(CHANNEL)) == 1


async def test_an_edit_that_changes_nothing_is_recorded_as_done(api: FakeTelegramAPI,
                                                               bot: TelegramPlatform) -> None:
    sid, message = await post(bot, api)
    async with bot.db.transaction() as session:
        assert await deliveries_repo.add_edits(session, [sid], "checked again", utcnow()) == 1
    assert await deliver(bot) == {"sent": 1}
    errors = [r for r in api.calls("editMessageText") if r.status == 400]
    assert len(errors) == 1 and message.edits == []  # Telegram: "message is not modified"
    async with bot.db.session() as session:
        [edit] = [d for d in await deliveries_repo.list_all(session) if d.kind == "edit"]
    assert edit.status == DeliveryStatus.SENT and edit.last_error is None
