"""Telegram's /stats: the text, then the web console's weekly chart as a PNG photo, through
the real PTB bot and the fake Bot API (a multipart sendPhoto, as Telegram receives it)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from PIL import Image
from telegram import Bot
from telegram.error import BadRequest

from adapters.charts import png, weekly
from adapters.telegram_bot import TelegramPlatform
from adapters.telegram_bot.handlers.admin import CHART_CAPTION
from benchmarks.deliver import seed_statement
from tests.e2e.conftest import fast_pacer
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import Settings, TelegramSettings
from tracker.model import Decision, utcnow
from tracker.storage.db import Database
from tracker.usecases import console

ADMIN = 4242
BLUE = (0x25, 0x63, 0xEB)  # the "match" series (svg.PALETTE[0])
ORANGE = (0xF5, 0x9E, 0x0B)  # the "suggest" series


@pytest.fixture
async def bot(api: FakeTelegramAPI, db: Database) -> AsyncIterator[TelegramPlatform]:
    settings = Settings(telegram=TelegramSettings(
        token="123:TEST", api_base_url=api.base_url, admins=[ADMIN]))
    platform = TelegramPlatform(settings, db, pacer=fast_pacer())
    await platform.start()
    yield platform
    await platform.stop()


async def seed(db: Database) -> None:
    for n in range(6):
        await seed_statement(db, f"China statement {n}", status="posted",
                             decision=Decision.MATCH if n < 4 else Decision.SUGGEST)


def colours(image: Image.Image) -> set[tuple[int, int, int]]:
    return {rgb for _, rgb in image.convert("RGB").getcolors(maxcolors=1 << 20) or []}


async def test_stats_sends_the_text_then_the_weekly_chart_as_a_png(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    await seed(bot.db)
    api.command(ADMIN, ADMIN, "/stats")
    await api.wait_for(lambda: len(api.sent(ADMIN)) >= 2)
    text, photo = api.sent(ADMIN)
    assert "Statements: posted 6" in text.text and photo.photo is not None
    assert photo.text == CHART_CAPTION and len(CHART_CAPTION) <= 1024
    [call] = api.calls("sendPhoto")
    assert call.params["photo"].content_type == "image/png"  # uploaded as a multipart file
    image = Image.open(io.BytesIO(photo.photo))
    image.verify()  # a whole, valid PNG
    image = Image.open(io.BytesIO(photo.photo))
    assert image.format == "PNG" and image.size == (1280, 520)
    assert {BLUE, ORANGE} <= colours(image)  # the bars are drawn, not just a blank canvas
    assert image.convert("L").getextrema()[0] < 100  # dark axis labels and legend text


async def test_the_png_is_the_web_consoles_chart_of_the_same_numbers(db: Database) -> None:
    await seed(db)
    now = utcnow()
    numbers = await console.stats(db, weeks=weekly.WEEKS, now=now)
    assert sum(n for _, _, n in numbers.weeks) == 6
    this_week = weekly.columns(numbers, now)[-1]
    assert this_week == ((now - timedelta(days=now.weekday())).date().isoformat(),
                         {"match": 4, "suggest": 2})
    svg = weekly.chart(numbers, now)
    assert png.svg_to_png(svg) == png.svg_to_png(weekly.chart(numbers, now))
    with pytest.raises(ValueError):
        png.svg_to_png("<svg")


async def test_stats_without_statements_sends_no_chart(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    api.command(ADMIN, ADMIN, "/stats")
    await api.wait_for(lambda: api.sent(ADMIN))
    api.command(ADMIN, ADMIN, "/latest")  # answered after /stats is done
    await api.wait_for(lambda: len(api.sent(ADMIN)) >= 2)
    assert "Statements:" in api.sent(ADMIN)[0].text and api.calls("sendPhoto") == []


async def test_the_fake_refuses_photos_as_telegram_does(api: FakeTelegramAPI) -> None:
    api.add_chat(ADMIN)
    chart = png.svg_to_png('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
                           '<rect width="20" height="10" fill="#2563eb"/></svg>', zoom=1)
    too_thin = png.svg_to_png('<svg xmlns="http://www.w3.org/2000/svg" width="420" height="20"/>',
                              zoom=1)
    async with Bot(api.token, base_url=api.base_url) as tg:
        sent = await tg.send_photo(ADMIN, chart, caption="ok")
        assert [(p.width, p.height) for p in sent.photo] == [(20, 10)] and sent.caption == "ok"
        for photo, caption, error in ((b"not an image", None, "IMAGE_PROCESS_FAILED"),
                                      (too_thin, None, "PHOTO_INVALID_DIMENSIONS"),
                                      (chart, "x" * 1025, "caption is too long"),
                                      ("no-such-file-id", None, "wrong file identifier")):
            with pytest.raises(BadRequest, match=f"(?i){error}"):  # PTB recases it
                await tg.send_photo(ADMIN, photo, caption=caption)
