"""What readers and admins tripped over in use, through the real bot and the fake Bot API.

Forged and stale buttons, feed health in /feeds and /stats, the statement number in
review messages, other bots' commands in groups, the command menu, replies in the
user's language and alerts with one sign.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from adapters.telegram_bot import TelegramPlatform
from benchmarks.deliver import seed_statement
from tests.e2e.conftest import fast_pacer
from tests.fakes.notifier import seed_rebuttal
from tests.fakes.telegram_api import BOT_USERNAME, FakeTelegramAPI, SentMessage
from tracker.chat import texts
from tracker.config import Settings, TelegramSettings
from tracker.model import Decision, utcnow
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage.db import Database
from tracker.storage.schema_delivery import VoteRow
from tracker.storage.schema_feeds import FeedRow
from tracker.usecases import alerts, destinations
from tracker.usecases import queue as posting

ADMIN, READER = 4242, 777
REVIEW, GROUP = -2002, -5005


@pytest.fixture
def api(api: FakeTelegramAPI) -> FakeTelegramAPI:
    """The shared fake with the admins' review group and a readers' group."""
    api.add_chat(REVIEW, "supergroup", "Editors")
    api.add_chat(GROUP, "supergroup", "Readers")
    return api


@pytest.fixture
async def bot(api: FakeTelegramAPI, sqlite_db: Database) -> AsyncIterator[TelegramPlatform]:
    settings = Settings(telegram=TelegramSettings(
        token="123:TEST", api_base_url=api.base_url, admins=[ADMIN], review_chat=str(REVIEW)))
    platform = TelegramPlatform(settings, sqlite_db, pacer=fast_pacer())
    await platform.start()
    yield platform
    await platform.stop()


async def ask(api: FakeTelegramAPI, user: int, chat: int, text: str,
              language_code: str | None = None) -> str:
    before = len(api.sent(chat))
    api.command(user, chat, text, language_code=language_code)
    await api.wait_for(lambda: len(api.sent(chat)) > before)
    return api.sent(chat)[before].text  # the first answer: /stats sends its chart after it


async def press(api: FakeTelegramAPI, user: int, message: SentMessage,
                data: str | None) -> dict[str, Any]:
    """Press a button and wait for the bot's answerCallbackQuery (no hanging spinner)."""
    update = api.press(user, message, data)
    answer = await api.wait_for(lambda: api.answer_to(update))
    assert isinstance(answer, dict)
    return answer


async def posted(bot: TelegramPlatform, api: FakeTelegramAPI, decision: str = Decision.MATCH
                 ) -> tuple[int, SentMessage]:
    """A statement matched to china-economy, queued and delivered: (its id, the message)."""
    sid = await seed_statement(bot.db, status="matched", decision=decision)
    await posting.queue_posts(bot.db, bot.settings)
    await DeliveryWorker(bot.db, {"telegram": bot.notifier}, bot.settings).run_once()
    chat = REVIEW if decision == Decision.SUGGEST else READER
    return sid, api.sent(chat)[-1]


async def test_a_forged_vote_for_a_counterpoint_the_post_does_not_show_is_refused(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    await ask(api, READER, READER, "/subscribe")
    sid, post = await posted(bot, api)
    await seed_rebuttal(bot.db, "rb-not-on-the-post")
    answer = await press(api, READER, post, f"v|{sid}|rb-not-on-the-post|1")
    assert answer["text"] == texts.BUTTON_EXPIRED
    async with bot.db.session() as session:
        assert await session.scalar(select(func.count()).select_from(VoteRow)) == 0
    # The post's own counterpoint still takes the vote.
    assert (await press(api, READER, post, f"v|{sid}|china-economy|1"))["text"].endswith(
        "👍 1 · 👎 0")


async def test_a_malformed_or_stale_button_is_answered_no_longer_valid(
        api: FakeTelegramAPI, bot: TelegramPlatform, caplog: pytest.LogCaptureFixture) -> None:
    sid, review = await posted(bot, api, Decision.SUGGEST)
    for data in (None, "", "garbage", "v|999999|china-economy|1", f"v|{sid}|china-economy|7",
                 "r|x", f"r|{sid}|attach|rebuttal-deleted-since"):
        answer = await press(api, ADMIN, review, data)
        assert answer["text"] == texts.BUTTON_EXPIRED, data
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_the_review_message_shows_the_statement_number_attach_asks_for(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    sid, review = await posted(bot, api, Decision.SUGGEST)
    assert f"statement #{sid}:" in review.text and f"/attach {sid} REBUTTAL_ID" in review.text
    assert "queued for posting" in await ask(api, ADMIN, ADMIN, f"/attach {sid} china-economy")


async def test_in_a_group_only_commands_for_this_bot_are_answered(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    for text in ("/latest@other_bot", "/frobnicate", "/stats@other_bot", "/help@OTHER_bot"):
        api.command(READER, GROUP, text)
    # Updates are handled in order: once this one is answered, the four above were handled.
    reply = await ask(api, READER, GROUP, f"/latest@{BOT_USERNAME}")
    assert reply == texts.NOTHING_POSTED and len(api.sent(GROUP)) == 1
    assert await ask(api, READER, GROUP, f"/frobnicate@{BOT_USERNAME}") == texts.UNKNOWN_COMMAND
    assert await ask(api, READER, READER, "/frobnicate") == texts.UNKNOWN_COMMAND


async def test_the_command_menu_is_registered_in_english_and_chinese(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    english, chinese = api.commands_for(""), api.commands_for("zh")
    assert [c["command"] for c in english] == [c for c, _ in texts.menu("en")]
    assert [c["command"] for c in chinese] == [c for c, _ in texts.menu("zh")]
    assert english[2] == {"command": "subscribe", "description": "get new posts in this chat"}
    assert chinese[2]["description"] == "在本聊天接收新帖子"


async def test_subscribe_answers_in_the_users_language(api: FakeTelegramAPI,
                                                      bot: TelegramPlatform) -> None:
    assert await ask(api, READER, READER, "/subscribe", "zh-hans") == "已订阅：新帖子会发到这里。"
    assert await ask(api, READER, READER, "/subscribe", "zh-hans") == "本聊天已经订阅。"
    assert await ask(api, READER, READER, "/unsubscribe", "zh-hans") == "已取消订阅。"
    assert await ask(api, 778, 778, "/subscribe", "en-GB") == texts.SUBSCRIBED


async def test_an_alert_and_its_recovery_each_start_with_one_sign(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    async with bot.db.transaction() as session:
        feed = FeedRow(url="https://news.example/broken.xml", name="Broken wire",
                       added_at=utcnow(), error_count=5, last_error="HTTP 503")
        session.add(feed)
    assert await alerts.check_and_alert(bot.db, {"telegram": bot.notifier}) == 1
    failing = api.sent(REVIEW)[-1].text
    assert failing.startswith("⚠️ Feed failing: Broken wire") and failing.count("⚠") == 1
    async with bot.db.transaction() as session:
        row = await session.get(FeedRow, feed.id)
        assert row is not None
        row.error_count = 0
    assert await alerts.check_and_alert(bot.db, {"telegram": bot.notifier}) == 1
    recovered = api.sent(REVIEW)[-1].text
    assert recovered.startswith("✅ Feed recovered") and "⚠" not in recovered


async def test_feeds_and_stats_show_errors_and_inactive_feeds_as_feeds_list_does(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    now = utcnow()
    async with bot.db.transaction() as session:
        session.add_all([
            FeedRow(url="https://a.example/ok.xml", added_at=now, last_polled_at=now),
            FeedRow(url="https://a.example/flaky.xml", added_at=now, last_polled_at=now,
                    error_count=2, last_error="HTTP 502"),
            FeedRow(url="https://a.example/dead.xml", added_at=now, last_polled_at=now,
                    error_count=7, last_error="timed out"),
            FeedRow(url="https://a.example/off.xml", added_at=now, active=False,
                    inactive_reason="paused"),
        ])
    lines = (await ask(api, ADMIN, ADMIN, "/feeds")).splitlines()
    assert [line.split(" — ")[1] for line in lines] == [
        "ok", "error (2x: HTTP 502)", "FAILING (7x: timed out)", "paused"]
    stats = await ask(api, ADMIN, ADMIN, "/stats")
    assert "Feeds: FAILING 1, error 1, ok 1, paused 1" in stats


async def test_the_review_chat_stays_the_review_chat_when_the_bot_joins_it(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    """Adding the bot to the review group (as the setup guide says) must not make it a
    channel for posts; neither does /subscribe there."""
    api.chat_member_update(REVIEW, ADMIN, "left", "member")
    # Updates are handled in order: once /subscribe is answered, the join was handled.
    assert await ask(api, ADMIN, REVIEW, "/subscribe") == texts.REVIEW_CHAT_NO_POSTS
    chats = await destinations.list_destinations(bot.db, "telegram")
    assert [(d.chat_id, d.role) for d in chats] == [(str(REVIEW), "review")]
