"""The real PTB Application driven through the fake Bot API over loopback HTTP."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from adapters.telegram_bot import TelegramPlatform, build_platform
from tests.e2e.conftest import fast_pacer
from tests.fakes.telegram_api import BOT_ID, FakeTelegramAPI
from tracker.config import Settings, TelegramSettings
from tracker.storage.db import Database

ADMIN = 4242
READER = 777


@pytest.fixture
async def bot(api: FakeTelegramAPI, sqlite_db: Database) -> AsyncIterator[TelegramPlatform]:
    settings = Settings(telegram=TelegramSettings(
        token="123:TEST", api_base_url=api.base_url, admins=[ADMIN]))
    platform = TelegramPlatform(settings, sqlite_db, pacer=fast_pacer())
    await platform.app.initialize()
    await platform.app.start()
    assert platform.app.updater is not None
    await platform.app.updater.start_polling(poll_interval=0.0, timeout=1)
    yield platform
    await platform.app.updater.stop()
    await platform.app.stop()
    await platform.app.shutdown()


async def _reply(api: FakeTelegramAPI, chat_id: int, text: str, n: int = 1) -> str:
    before = len(api.sent(chat_id))
    api.command(chat_id if chat_id > 0 else READER, chat_id, text)
    await api.wait_for(lambda: len(api.sent(chat_id)) >= before + n)
    return api.sent(chat_id)[-1].text


async def test_bot_talks_to_the_configured_api_base_url(api: FakeTelegramAPI,
                                                        bot: TelegramPlatform) -> None:
    await api.wait_for(lambda: api.calls("getUpdates"))
    assert api.calls("getMe") and api.calls("deleteWebhook")


async def test_help_lists_the_commands_and_the_one_line_syntax(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    text = await _reply(api, READER, "/help")
    assert "/subscribe" in text and "/search" in text
    assert "claim_en | claim_zh | counterpoint_en | counterpoint_zh | source_url" in text


async def test_unknown_command_gets_a_helpful_reply(api: FakeTelegramAPI,
                                                    bot: TelegramPlatform) -> None:
    assert "/help" in await _reply(api, READER, "/frobnicate now")
    assert "commands only" in await _reply(api, READER, "hello bot")


async def test_non_admin_is_refused_and_logged(api: FakeTelegramAPI, bot: TelegramPlatform,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    for command in ("/retire some-id", "/addrebuttal", "/addfeed https://x.org/f.xml",
                    "/stats", "/addchannel @news"):
        text = await _reply(api, READER, command)
        assert "only the bot's admins" in text
    assert any(str(READER) in r.getMessage() and "/retire" in r.getMessage()
               for r in caplog.records)
    assert "123:TEST" not in caplog.text


async def test_bad_input_gets_short_replies(api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    assert "Usage: /search" in await _reply(api, READER, "/search")
    assert "1 to 10" in await _reply(api, READER, "/latest 500")
    assert "Usage: /rebuttal" in await _reply(api, READER, "/rebuttal")
    assert "valid http(s) URL" in await _reply(api, ADMIN, "/addfeed javascript:alert(1)")
    assert "news or podcast" in await _reply(api, ADMIN, "/addfeed https://x.org/f.xml radio")
    assert "5 or 6 parts" in await _reply(api, ADMIN, "/addrebuttal only | two")
    assert "valid http(s) URL" in await _reply(
        api, ADMIN, "/addrebuttal a | b | c | d | ftp://x")
    assert "too long" in await _reply(api, READER, "/search " + "x" * 3000)


async def test_addchannel_explains_why_the_bot_cannot_post(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    api.add_chat(-1001, "channel", "News", username="news", bot_status="member")
    assert "not an admin" in await _reply(api, ADMIN, "/addchannel @news")
    api.set_member(-1001, BOT_ID, "administrator", can_post=False)
    assert "right to post" in await _reply(api, ADMIN, "/addchannel @news")
    assert "cannot reach @nowhere" in await _reply(api, ADMIN, "/addchannel @nowhere")
    assert api.calls("getChatMember")


async def test_guided_addrebuttal_validates_each_step(api: FakeTelegramAPI,
                                                      bot: TelegramPlatform) -> None:
    assert "claim" in await _reply(api, ADMIN, "/addrebuttal")
    assert "counterpoint" in await _reply(api, ADMIN, "China has no rule of law")
    assert "URL" in await _reply(api, ADMIN, "Courts decided 30M cases in 2023")
    assert "not a valid" in await _reply(api, ADMIN, "javascript:alert(1)")
    assert "en or zh" in await _reply(api, ADMIN, "https://example.org/report")
    assert "bilingual" in await _reply(api, ADMIN, "en")
    assert "counterpoint" in await _reply(api, ADMIN, "中国没有法治")
    assert "Save it?" in await _reply(api, ADMIN, "2023年法院审结案件数千万件")
    assert "yes to save" in await _reply(api, ADMIN, "maybe")
    assert "Dropped" in await _reply(api, ADMIN, "no")


async def test_build_platform_points_the_bot_at_the_configured_server(
        api: FakeTelegramAPI, sqlite_db: Database) -> None:
    settings = Settings(telegram=TelegramSettings(token="123:TEST", api_base_url=api.base_url))
    platform = build_platform(settings, sqlite_db)
    assert platform.name == "telegram" and platform.notifier.platform == "telegram"
    assert platform.app.bot.base_url == f"{api.base_url}123:TEST"
    assert platform.app.bot.base_file_url.endswith("/file/bot123:TEST")
