"""Shared pieces of the Telegram end-to-end tests: the fake Bot API and a fast pacer."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.telegram_bot.ratelimit import SendPacer
from tests.fakes.telegram_api import FakeTelegramAPI


def fast_pacer() -> SendPacer:
    """Per-chat spacing off: tests send many commands to one chat (the pacer has unit tests)."""
    return SendPacer(per_chat_interval=0.0, per_group_interval=0.0)


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    """The fake Bot API server on 127.0.0.1 (a module may extend it with chats)."""
    fake = FakeTelegramAPI()
    await fake.start()
    yield fake
    await fake.stop()
