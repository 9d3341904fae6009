"""From a matched statement to messages in Telegram chats, through the real bot and outbox."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from adapters.telegram_bot import TelegramPlatform
from benchmarks.deliver import seed_statement
from tests.e2e.conftest import fast_pacer
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import DeliverySettings, MatchingSettings, Settings, TelegramSettings
from tracker.model import Decision, DeliveryStatus, utcnow
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage.db import Database
from tracker.storage.schema_delivery import DeliveryRow
from tracker.usecases import queue as posting

ADMIN, READER, OTHER = 4242, 777, 778
CHANNEL, REVIEW = -1001, -2002


@pytest.fixture
def api(api: FakeTelegramAPI) -> FakeTelegramAPI:
    """The shared fake with the channel and the review group."""
    api.add_chat(CHANNEL, "channel", "Facts", username="facts")
    api.add_chat(REVIEW, "supergroup", "Editors")
    return api


def settings_for(api: FakeTelegramAPI) -> Settings:
    return Settings(
        telegram=TelegramSettings(token="123:TEST", api_base_url=api.base_url, admins=[ADMIN],
                                  review_chat=str(REVIEW)),
        delivery=DeliverySettings(interval_seconds=0.05))


@pytest.fixture
async def bot(api: FakeTelegramAPI, sqlite_db: Database) -> AsyncIterator[TelegramPlatform]:
    platform = TelegramPlatform(settings_for(api), sqlite_db, pacer=fast_pacer())
    await platform.start()
    yield platform
    await platform.stop()


def worker(bot: TelegramPlatform, owner: str = "w1") -> DeliveryWorker:
    return DeliveryWorker(bot.db, {"telegram": bot.notifier}, bot.settings, owner=owner)


async def ask(api: FakeTelegramAPI, user: int, chat: int, text: str) -> str:
    before = len(api.sent(chat))
    api.command(user, chat, text)
    await api.wait_for(lambda: len(api.sent(chat)) > before)
    return api.sent(chat)[before].text  # the first answer: /stats sends its chart after it


async def recorded_sent(db: Database, count: int, timeout: float = 10.0) -> None:
    """Poll the outbox until ``count`` deliveries are recorded sent; fail after ``timeout``."""
    deadline = asyncio.get_running_loop().time() + timeout
    query = select(func.count()).select_from(DeliveryRow).where(
        DeliveryRow.status == DeliveryStatus.SENT)
    while True:
        async with db.session() as session:
            sent = (await session.execute(query)).scalar_one()
        if sent >= count:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{sent} deliveries recorded sent, expected {count}")
        await asyncio.sleep(0.02)


async def test_matched_statement_is_posted_with_counterpoints_to_each_chat_once(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    assert "Subscribed" in await ask(api, READER, READER, "/subscribe")
    assert "Posting to channel Facts" in await ask(api, ADMIN, ADMIN, "/addchannel @facts")
    sid = await seed_statement(bot.db, "China <i>will</i> win", status="matched")
    assert (await posting.queue_posts(bot.db, bot.settings)).get("post") == 1
    await worker(bot).run_once()
    await worker(bot).run_once()  # a second pass sends nothing again
    for chat in (READER, CHANNEL):
        [message] = [m for m in api.sent(chat) if "China" in m.text]
        assert "China <i>will</i> win" in message.text
        assert "Per-capita output is far lower." in message.text
        assert '<a href="https://imf.org/weo">IMF WEO</a>' in message.html
        assert message.reply_markup["inline_keyboard"][0][0]["callback_data"] == (
            f"v|{sid}|china-economy|1")
    assert "China" in (await ask(api, READER, READER, "/latest 1"))


async def test_votes_count_one_per_user(api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    await ask(api, READER, READER, "/subscribe")
    sid = await seed_statement(bot.db, status="matched")
    await posting.queue_posts(bot.db, bot.settings)
    await worker(bot).run_once()
    post = api.sent(READER)[-1]
    for user, value in ((READER, "1"), (OTHER, "-1"), (READER, "1"), (READER, "-1")):
        api.press(user, post, f"v|{sid}|china-economy|{value}")
        count = len(api.callback_answers)
        await api.wait_for(lambda c=count: len(api.callback_answers) > c)
    assert api.callback_answers[-1]["text"].endswith("👍 0 · 👎 2")
    stats = await ask(api, ADMIN, ADMIN, "/stats")
    assert f"#{sid} · china-economy: 0 / 2" in stats


async def test_review_buttons_apply_the_admins_choice(api: FakeTelegramAPI,
                                                      bot: TelegramPlatform) -> None:
    await ask(api, READER, READER, "/subscribe")
    sid = await seed_statement(bot.db, status="matched", decision=Decision.SUGGEST)
    await posting.queue_posts(bot.db, bot.settings)
    await worker(bot).run_once()
    [review] = api.sent(REVIEW)
    data = [b["callback_data"] for row in review.reply_markup["inline_keyboard"] for b in row]
    assert f"r|{sid}|attach|china-economy" in data and f"r|{sid}|ignore|" in data
    assert not [m for m in api.sent(READER) if "China" in m.text]  # held for review
    api.press(READER, review, f"r|{sid}|attach|china-economy")
    await api.wait_for(lambda: api.callback_answers)
    assert "Only the bot's admins" in api.callback_answers[-1]["text"]
    api.press(ADMIN, review, f"r|{sid}|attach|china-economy")
    await api.wait_for(lambda: len(api.callback_answers) > 1)
    await api.wait_for(lambda: api.sent(REVIEW)[0].reply_markup is None)
    assert "telegram:4242" in api.sent(REVIEW)[0].text
    await worker(bot).run_once()
    [post] = [m for m in api.sent(READER) if "China" in m.text]
    assert "Per-capita output is far lower." in post.text


async def test_new_rebuttal_from_review_then_attach_posts_with_it(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    await ask(api, READER, READER, "/subscribe")
    sid = await seed_statement(bot.db, "China runs on my ideas", status="matched",
                               decision=Decision.SUGGEST)
    await posting.queue_posts(bot.db, bot.settings)
    await worker(bot).run_once()
    [review] = api.sent(REVIEW)
    api.press(ADMIN, review, f"r|{sid}|new_rebuttal|")
    await api.wait_for(lambda: api.callback_answers)
    assert f"/attach {sid}" in api.callback_answers[-1]["text"]
    added = await ask(api, ADMIN, ADMIN, "/addrebuttal China runs on Musk's ideas | 中国靠马斯克的"
                      "主意运转 | China's plans predate him | 中国的规划早于他 | https://gov.cn/plan")
    rid = added.removeprefix("Added rebuttal ").rstrip(".")
    assert "Usage: /attach" in await ask(api, ADMIN, ADMIN, "/attach x")
    assert "No rebuttal with that id" in await ask(api, ADMIN, ADMIN, f"/attach {sid} nope")
    assert "queued for posting" in await ask(api, ADMIN, ADMIN, f"/attach {sid} {rid}")
    await worker(bot).run_once()
    [post] = [m for m in api.sent(READER) if "China runs on my ideas" in m.text]
    assert "China's plans predate him" in post.text
    # Attaching a posted statement again only teaches the matcher.
    again = await ask(api, ADMIN, ADMIN, f"/attach {sid} china-economy")
    assert "not posted again" in again
    await worker(bot).run_once()
    assert len([m for m in api.sent(READER) if "China runs on my ideas" in m.text]) == 1
    stats = await ask(api, ADMIN, ADMIN, "/stats")
    assert "Statements: posted 1" in stats and "Deliveries: sent 2" in stats
    assert "Feeds: FAILING 0, new 1" in stats and "No votes yet." in stats


async def test_a_429_storm_loses_nothing(api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    chats = [9001, 9002, 9003]
    for chat in chats:
        await ask(api, chat, chat, "/subscribe")
    await seed_statement(bot.db, status="matched")
    await posting.queue_posts(bot.db, bot.settings)
    api.fail_next("sendMessage", "429", times=6, retry_after=1)
    w = worker(bot)
    for _ in range(20):
        await w.run_once(now=utcnow() + timedelta(seconds=30))
        if all(any("China" in m.text for m in api.sent(c)) for c in chats):
            break
    assert [sum("China" in m.text for m in api.sent(c)) for c in chats] == [1, 1, 1]
    assert api.count_429 == 6


async def test_restart_mid_delivery_posts_nothing_twice(api: FakeTelegramAPI,
                                                        bot: TelegramPlatform) -> None:
    chats = [9101, 9102, 9103, 9104]
    for chat in chats:
        await ask(api, chat, chat, "/subscribe")
    await seed_statement(bot.db, status="matched")
    await posting.queue_posts(bot.db, bot.settings)
    api.hold(9103)  # this chat's send hangs when the process "crashes"
    crashed = asyncio.create_task(worker(bot, "crashed").run_once())
    # The fake's receipt of a post is not enough: the crash must come after the outbox
    # recorded the three sends, or their rows would be sent again (the documented repeat).
    await recorded_sent(bot.db, 3)
    crashed.cancel()
    with pytest.raises(asyncio.CancelledError):
        await crashed
    api.release(9103)
    # The crashed worker's lease on 9103 expires; a new worker sends only that one.
    await worker(bot, "restarted").run_once(now=utcnow() + timedelta(minutes=10))
    posts = Counter(m.chat_id for m in api.all_sent() if "China" in m.text)
    assert posts == dict.fromkeys(chats, 1)


async def test_kicked_bot_deactivates_the_chat(api: FakeTelegramAPI,
                                               bot: TelegramPlatform) -> None:
    api.add_chat(-3003, "supergroup", "Group", bot_status="member")
    api.chat_member_update(-3003, READER, "left", "member")
    await api.wait_for(lambda: api.calls("getUpdates") and True)

    async def active() -> set[str]:
        from tracker.usecases import destinations

        return {d.chat_id for d in await destinations.list_destinations(bot.db, "telegram")}

    for _ in range(100):
        if "-3003" in await active():
            break
        await asyncio.sleep(0.05)
    assert "-3003" in await active()
    api.chat_member_update(-3003, READER, "member", "kicked")
    for _ in range(100):
        if "-3003" not in await active():
            break
        await asyncio.sleep(0.05)
    assert "-3003" not in await active()


async def test_chinese_reader_gets_the_post_in_chinese(api: FakeTelegramAPI,
                                                       bot: TelegramPlatform) -> None:
    api.command(READER, READER, "/subscribe", language_code="zh-hans")
    await api.wait_for(lambda: api.sent(READER))
    await seed_statement(bot.db, status="matched")
    await posting.queue_posts(bot.db, bot.settings)
    await worker(bot).run_once()
    post = api.sent(READER)[-1].text
    assert "反驳要点" in post and "人均产出低得多。" in post and "中国经济将超过美国" in post


@pytest.mark.postgres
async def test_delivery_on_postgresql(api: FakeTelegramAPI, pg_db: Database) -> None:
    db = pg_db
    platform = TelegramPlatform(settings_for(api), db, pacer=fast_pacer())
    await platform.start()
    try:
        await ask(api, READER, READER, "/subscribe")
        await seed_statement(db, status="matched")
        await posting.queue_posts(db, platform.settings)
        await worker(platform).run_once()
        await worker(platform, "second").run_once(now=utcnow() + timedelta(minutes=10))
        assert sum("China" in m.text for m in api.sent(READER)) == 1
    finally:
        await platform.stop()


async def test_search_ranks_rebuttals_with_the_matcher(api: FakeTelegramAPI,
                                                       sqlite_db: Database) -> None:
    settings = Settings(telegram=settings_for(api).telegram,
                        matching=MatchingSettings(embedder="hashing"))
    await seed_statement(sqlite_db)
    platform = TelegramPlatform(settings, sqlite_db, pacer=fast_pacer())
    await platform.start()
    try:
        found = await ask(api, READER, READER, "/search China's economy will surpass the US")
        assert "china-economy" in found
        assert "China's economy will surpass the US" in found
        shown = await ask(api, READER, READER, "/rebuttal china-economy")
        assert "IMF WEO" in shown and "Per-capita output is far lower." in shown
        assert "No rebuttal with that id" in await ask(api, READER, READER, "/rebuttal nope")
    finally:
        await platform.stop()


async def test_a_channel_that_rejects_the_bot_is_deactivated_and_admins_told_once(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    await ask(api, ADMIN, ADMIN, "/addchannel @facts")
    for n in range(2):
        await seed_statement(bot.db, f"China statement {n}", status="matched")
    await posting.queue_posts(bot.db, bot.settings)
    api.fail_next("sendMessage", "403", chat_id=CHANNEL, times=5)
    await worker(bot).run_once()
    await worker(bot).run_once(now=utcnow() + timedelta(minutes=10))
    assert not [m for m in api.sent(CHANNEL) if "China" in m.text]
    alerts = [m for m in api.sent(REVIEW) if "Facts" in m.text or str(CHANNEL) in m.text]
    assert len(alerts) == 1, [m.text for m in api.sent(REVIEW)]
    assert len(api.calls("sendMessage")) - len(api.sent(ADMIN)) - len(api.sent(REVIEW)) == 1


async def test_channel_admin_rights_decide_the_subscription(api: FakeTelegramAPI,
                                                            bot: TelegramPlatform) -> None:
    from tracker.usecases import destinations

    async def chats() -> set[str]:
        return {d.chat_id for d in await destinations.list_destinations(bot.db, "telegram")}

    def acknowledged(update: dict[str, object]) -> bool:
        """PTB asked for updates past this one, so it has handled it."""
        return any(int(r.params.get("offset") or 0) > int(str(update["update_id"]))
                   for r in api.calls("getUpdates"))

    api.add_chat(-4004, "channel", "Mirror", bot_status="left")
    first = api.chat_member_update(-4004, ADMIN, "left", "administrator", can_post=False)
    await api.wait_for(lambda: acknowledged(first))
    assert "-4004" not in await chats()  # an admin that may not post is no destination
    api.chat_member_update(-4004, ADMIN, "administrator", "administrator", can_post=True)
    for _ in range(100):
        if "-4004" in await chats():
            break
        await asyncio.sleep(0.05)
    assert "-4004" in await chats()
