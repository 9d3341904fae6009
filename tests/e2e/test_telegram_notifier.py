"""TelegramNotifier against the fake Bot API: formatting on the wire, errors, 429 storms."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from telegram.ext import ExtBot

from adapters.telegram_bot.notifier import TelegramNotifier
from adapters.telegram_bot.ratelimit import PacingRateLimiter, SendPacer
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker import ports
from tracker.model import Counterpoint, Destination, Post, Rebuttal, Source, Statement

CHAT = 5001


def post(text: str = "China <b>rocks</b>") -> Post:
    st = Statement(id=3, text=text, speaker="Elon Musk", watch="musk-china", language="en",
                   confidence=0.9, item_id=1, start=0, end=5, context="",
                   published_at=datetime(2026, 11, 27, tzinfo=UTC),
                   source_url="https://news.example/1")
    cp = Counterpoint("Data disagree.", "数据不支持。", (Source("Report", "https://f.example/r"),))
    return Post(st, (Rebuttal("rb-1", "Claim", "说法", (cp,)),))


def dest(chat_id: int = CHAT) -> Destination:
    return Destination(id=1, platform="telegram", chat_id=str(chat_id))


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    fake = FakeTelegramAPI()
    await fake.start()
    fake.add_chat(CHAT)
    yield fake
    await fake.stop()


def limiter(max_retries: int = 3) -> PacingRateLimiter:
    return PacingRateLimiter(SendPacer(per_chat_interval=0.0), max_retries=max_retries)


@pytest.fixture
async def notifier(api: FakeTelegramAPI) -> AsyncIterator[TelegramNotifier]:
    async with ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter()) as bot:
        yield TelegramNotifier(bot)


async def test_post_goes_out_as_html_without_preview_with_vote_buttons(
        api: FakeTelegramAPI, notifier: TelegramNotifier) -> None:
    message_id = await notifier.send_post(dest(), post())
    sent = api.sent(CHAT)[0]
    assert message_id == str(sent.message_id)
    assert sent.params["parse_mode"] == "HTML"
    assert sent.params["link_preview_options"] == {"is_disabled": True}
    assert "China <b>rocks</b>" in sent.text  # escaped, so shown literally
    buttons = [b["callback_data"] for row in sent.reply_markup["inline_keyboard"] for b in row]
    assert buttons == ["v|3|rb-1|1", "v|3|rb-1|-1"]


async def test_a_429_storm_loses_nothing_and_waits_exactly_retry_after(
        api: FakeTelegramAPI, notifier: TelegramNotifier) -> None:
    api.fail_next("sendMessage", "429", times=3, retry_after=1)
    await notifier.send_post(dest(), post())
    assert len(api.sent(CHAT)) == 1 and api.count_429 == 3
    times = [r.at for r in api.calls("sendMessage")]
    assert all(b - a >= 0.95 for a, b in zip(times, times[1:], strict=False))


async def test_429_beyond_the_retry_budget_is_reported_as_retry_after(
        api: FakeTelegramAPI) -> None:
    async with ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter(0)) as bot:
        notifier = TelegramNotifier(bot)
        api.fail_next("sendMessage", "429", times=1, retry_after=2)
        with pytest.raises(ports.RetryAfter) as caught:
            await notifier.send_alert(dest(), "x")
    assert caught.value.seconds == 2


@pytest.mark.parametrize(("kind", "expected"), [
    ("403", ports.DestinationGone), ("chat_not_found", ports.DestinationGone),
    ("400", ports.ContentRejected), ("500", ports.TransientError),
])
async def test_errors_map_to_the_outbox_vocabulary(api: FakeTelegramAPI,
                                                   notifier: TelegramNotifier, kind: str,
                                                   expected: type[Exception]) -> None:
    api.fail_next("sendMessage", kind)
    with pytest.raises(expected):
        await notifier.send_alert(dest(), "feed failing")


async def test_unknown_chat_is_gone(api: FakeTelegramAPI, notifier: TelegramNotifier) -> None:
    with pytest.raises(ports.DestinationGone):
        await notifier.send_alert(dest(-100999), "x")


async def test_review_has_decision_buttons(api: FakeTelegramAPI,
                                           notifier: TelegramNotifier) -> None:
    from tracker.model import ScoredRebuttal

    await notifier.send_review(dest(), post().statement, [ScoredRebuttal("rb-1", 0.7)], "suggest")
    data = [b["callback_data"] for row in api.sent(CHAT)[0].reply_markup["inline_keyboard"]
            for b in row]
    assert data == ["r|3|attach|rb-1", "r|3|post_plain|", "r|3|new_rebuttal|", "r|3|ignore|"]


async def test_pacer_spaces_sends_and_pauses_everything_on_429() -> None:
    now = [100.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    pacer = SendPacer(per_second=20, per_chat_interval=1.0, clock=lambda: now[0], sleep=sleep)

    async def send(chat: str) -> float:
        await pacer.wait(chat)
        return now[0] - 100.0

    assert [await send(str(i)) for i in range(5)] == pytest.approx([0, 0.05, 0.10, 0.15, 0.20])
    assert await send("0") == pytest.approx(1.0)  # same chat: a second after its last send
    pacer.pause(3)
    assert await send("9") == pytest.approx(4.0)
    assert await send("-100") == pytest.approx(4.05)
    assert await send("-100") == pytest.approx(4.05 + 3.05)  # groups: 20 per minute
    now[0] += 0.5  # a late wake-up: the next slot counts from the real send time
    assert await send("7") == pytest.approx(7.6)
    assert await send("8") == pytest.approx(7.65)
    now[0] += 0.06  # 10 ms late: within the slack the grid holds, so no drift
    assert await send("6") == pytest.approx(7.71)
    assert await send("5") == pytest.approx(7.75)
