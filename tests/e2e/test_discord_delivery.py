"""From a matched statement to Discord channels through the outbox, and what readers and
admins do with the buttons: the real discord.py client, the fake Discord, the real outbox."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from benchmarks.deliver import seed_statement
from tests.e2e.conftest import (
    Running,
    Server,
    answered,
    command,
    discord_settings,
    running,
    text_of,
)
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_model import EPHEMERAL, SentMessage
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import TelegramSettings
from tracker.model import Decision, DeliveryStatus, utcnow
from tracker.storage.db import Database
from tracker.storage.schema_delivery import DeliveryRow
from tracker.usecases import destinations
from tracker.usecases import queue as posting

HOSTILE = "@everyone China **will** win <@123> [click](https://evil.example)"


async def eventually(check: Callable[[], Awaitable[bool]], what: str,
                     timeout: float = 10.0) -> None:
    """Wait until ``check()`` is true (the database is polled; there is no event to wait on)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        await asyncio.sleep(0.02)


async def statuses(db: Database) -> list[str]:
    async with db.session() as session:
        return list(await session.scalars(select(DeliveryRow.status).order_by(DeliveryRow.id)))


async def active_channels(db: Database) -> set[str]:
    return {d.chat_id for d in await destinations.list_destinations(db, "discord")}


async def subscribe(fake: FakeDiscord, server: Server, channel: int) -> None:
    answer = await command(fake, server, "subscribe", server.moderator, channel=channel)
    assert "Subscribed" in answer.content


async def post_one(run: Running, text: str = "China will be the biggest economy",
                   decision: Decision = Decision.MATCH) -> int:
    """A matched statement, queued by the posting policy, sent by one outbox pass."""
    sid = await seed_statement(run.db, text, status="matched", decision=decision)
    await posting.queue_posts(run.db, run.settings)
    await run.worker().run_once()
    return sid


async def test_a_statement_reaches_a_subscribed_channel_once_as_an_embed(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    sid = await post_one(discord_bot, HOSTILE)
    await discord_bot.worker().run_once()  # a second pass sends nothing again
    [post] = fake.sent(server.news)
    [embed] = post.embeds
    assert embed["title"].startswith("Elon Musk · ") and embed["footer"]["text"] == "musk-china"
    assert "\\*\\*will\\*\\*" in embed["description"]  # feed markdown shown, not applied
    assert "\\[click](https://evil.example)" in embed["description"]  # no masked link
    assert embed["fields"][0]["name"] == "1. China's economy will surpass the US"
    assert "Per-capita output is far lower." in embed["fields"][0]["value"]
    assert "[IMF WEO](https://imf.org/weo)" in embed["fields"][0]["value"]
    assert post.allowed_mentions == {"parse": []} and not post.pinged
    assert post.custom_ids() == [f"v|{sid}|china-economy|1", f"v|{sid}|china-economy|-1"]
    assert post.request["enforce_nonce"] is True and post.nonce and len(post.nonce) <= 25
    assert await statuses(discord_bot.db) == [DeliveryStatus.SENT]
    latest = await command(fake, server, "latest", server.reader)
    assert "China" in text_of(latest)


async def test_configured_channels_get_posts_in_their_language(
        fake: FakeDiscord, server: Server, sqlite_db: Database) -> None:
    settings = discord_settings(fake, server)
    settings = settings.model_copy(update={"discord": settings.discord.model_copy(
        update={"channels": [str(server.news)], "language": "zh"})})
    async with running(fake, sqlite_db, settings) as run:
        await post_one(run)
    [post] = fake.sent(server.news)
    assert post.embeds[0]["fields"][0]["value"].startswith("人均产出低得多。")


async def test_votes_count_one_per_member(fake: FakeDiscord, server: Server,
                                          discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    sid = await post_one(discord_bot)
    [post] = fake.sent(server.news)
    answers = []
    for user, value in ((server.reader, 1), (server.moderator, -1), (server.reader, 1),
                        (server.reader, -1)):
        press = await fake.gateway.press(post, f"v|{sid}|china-economy|{value}", user)
        answers.append(await answered(fake, press))
    assert all(a.flags & EPHEMERAL for a in answers)
    assert [a.content for a in answers] == ["Thanks! 👍 1 · 👎 0", "Thanks! 👍 1 · 👎 1",
                                            "Thanks! 👍 1 · 👎 1", "Thanks! 👍 0 · 👎 2"]
    stats = await command(fake, server, "stats", server.admin)
    assert f"#{sid} · china-economy: 0 / 2" in text_of(stats)


async def review_message(fake: FakeDiscord, server: Server) -> SentMessage:
    [review] = await fake.wait_for_messages(server.review)
    return review


async def test_review_buttons_count_only_admins(fake: FakeDiscord, server: Server,
                                                discord_bot: Running,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "adapters.discord_bot")
    await subscribe(fake, server, server.news)
    sid = await post_one(discord_bot, decision=Decision.SUGGEST)
    review = await review_message(fake, server)
    assert f"#{sid}" in review.embeds[0]["title"] and not fake.sent(server.news)
    assert f"r|{sid}|attach|china-economy" in review.custom_ids()
    refused = await answered(fake, await fake.gateway.press(
        review, f"r|{sid}|attach|china-economy", server.reader))
    assert refused.flags & EPHEMERAL and "Only the bot's admins" in refused.content
    assert f"refused review button from discord user {server.reader}" in caplog.text
    press = await fake.gateway.press(review, f"r|{sid}|attach|china-economy", server.curator)
    assert (await fake.wait_for_response(press))["type"] == 6
    await fake.wait_for(lambda: not review.components, what="the review's buttons removed")
    assert f"discord:{server.curator}" in text_of(review)
    [outcome] = await fake.wait_for(lambda: fake.replies(press))
    assert "queued for posting with rebuttal china-economy" in outcome.content
    await discord_bot.worker().run_once()
    [post] = fake.sent(server.news)
    assert "Per-capita output is far lower." in text_of(post)


async def test_write_a_new_rebuttal_from_review_opens_a_form_and_posts_with_it(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    sid = await post_one(discord_bot, "China runs on my ideas", decision=Decision.SUGGEST)
    review = await review_message(fake, server)
    opened = await fake.gateway.press(review, f"r|{sid}|new_rebuttal|", server.admin)
    await fake.wait_for_response(opened)
    assert opened.modal is not None and opened.modal["title"] == "New rebuttal"
    submit = await fake.gateway.submit_modal(opened, {
        "Claim in English": "China runs on Musk's ideas", "Claim in Chinese": "中国靠马斯克的主意运转",
        "Counterpoint in English": "China's plans predate him",
        "Counterpoint in Chinese": "中国的规划早于他",
        "Source URL (http or https)": "https://gov.cn/plan"})
    done = await answered(fake, submit)
    assert "Added rebuttal" in done.content and "queued for posting" in done.content
    await fake.wait_for(lambda: not review.components, what="the review marked decided")
    await discord_bot.worker().run_once()
    [post] = fake.sent(server.news)
    assert "China's plans predate him" in text_of(post)


async def test_a_429_is_waited_out_and_a_long_one_goes_back_to_the_outbox(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    fake.fail_channel(server.news, "429", retry_after=0.3)
    await post_one(discord_bot)
    refused, sent = fake.calls("/channels/{channel}/messages", "POST")
    assert (refused.status, sent.status) == (429, 200) and sent.at - refused.at >= 0.3
    assert sent.body["nonce"] == refused.body["nonce"]
    # Longer than discord.py may sleep (max_ratelimit_timeout): the outbox waits instead.
    fake.fail_channel(server.news, "429", retry_after=45.0)
    await seed_statement(discord_bot.db, "China will lead in batteries", "china-batteries",
                         status="matched")
    await posting.queue_posts(discord_bot.db, discord_bot.settings)
    counts = await discord_bot.worker().run_once()
    assert counts == {"retry_after": 1} and len(fake.sent(server.news)) == 1
    assert await discord_bot.worker().run_once(now=utcnow() + timedelta(seconds=40)) == {}
    assert await discord_bot.worker().run_once(now=utcnow() + timedelta(seconds=50)) == {
        "sent": 1}
    assert fake.count_429 == {"user": 2} and len(fake.sent(server.news)) == 2
    assert not fake.duplicates()


async def test_a_403_deactivates_the_channel_and_alerts_the_admins_once(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    for n in range(2):
        await seed_statement(discord_bot.db, f"China statement {n}", f"china-{n}",
                             status="matched")
    await posting.queue_posts(discord_bot.db, discord_bot.settings)
    fake.fail_channel(server.news, "403", times=None)
    await discord_bot.worker().run_once()
    await discord_bot.worker().run_once(now=utcnow() + timedelta(minutes=10))
    assert len(fake.calls("/channels/{channel}/messages", "POST")) == 2  # one post + the alert
    assert str(server.news) not in await active_channels(discord_bot.db)
    assert sorted(await statuses(discord_bot.db)) == [DeliveryStatus.CANCELLED] * 2
    [alert] = fake.sent(server.review)
    assert "Chat rejected the bot" in alert.content and str(server.news) in alert.content
    assert alert.allowed_mentions == {"parse": []}


async def test_a_deleted_channel_or_leaving_the_server_deactivates_destinations(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    await subscribe(fake, server, server.general)
    await fake.gateway.delete_channel(server.news)

    async def news_gone() -> bool:
        return str(server.news) not in await active_channels(discord_bot.db)

    await eventually(news_gone, "the deleted channel deactivated")
    assert str(server.general) in await active_channels(discord_bot.db)
    await fake.gateway.remove_from_guild(server.guild.id)

    async def all_gone() -> bool:
        return not await active_channels(discord_bot.db)

    await eventually(all_gone, "the server's channels (review included) deactivated")


async def test_restart_mid_delivery_posts_nothing_twice(fake: FakeDiscord, server: Server,
                                                        discord_bot: Running) -> None:
    channels = [server.news, server.general, fake.add_channel(server.guild.id, "c3"),
                fake.add_channel(server.guild.id, "c4")]
    for channel in channels:
        await subscribe(fake, server, channel)
    await seed_statement(discord_bot.db, status="matched")
    await posting.queue_posts(discord_bot.db, discord_bot.settings)
    # c3 stores the post but answers 500: discord.py retries (1+3+5+7 s) when we "crash".
    fake.fail_channel(channels[2], "500_stored", times=None)
    crashed = asyncio.create_task(discord_bot.worker("crashed").run_once())

    async def three_recorded() -> bool:
        return (await statuses(discord_bot.db)).count(DeliveryStatus.SENT) == 3

    await eventually(three_recorded, "three deliveries recorded sent")
    await fake.wait_for(lambda: fake.sent(channels[2]), what="c3 holds the post")
    crashed.cancel()
    with pytest.raises(asyncio.CancelledError):
        await crashed
    fake.clear_failures()
    # The crashed worker's lease expires; a new one sends c3 again with the same nonce,
    # and Discord answers with the message it already has.
    counts = await discord_bot.worker("restarted").run_once(now=utcnow() + timedelta(minutes=10))
    assert counts == {"sent": 1}
    assert Counter(m.channel_id for m in fake.messages.values() if m.source == "channel"
                   ) == dict.fromkeys(channels, 1)
    assert await statuses(discord_bot.db) == [DeliveryStatus.SENT] * 4
    assert not fake.duplicates()


@pytest.mark.postgres
async def test_delivery_on_postgresql(fake: FakeDiscord, server: Server, pg_db: Database) -> None:
    async with running(fake, pg_db, discord_settings(fake, server)) as run:
        await subscribe(fake, server, server.news)
        await post_one(run)
        await run.worker("second").run_once(now=utcnow() + timedelta(minutes=10))
    assert len(fake.sent(server.news)) == 1 and not fake.duplicates()


async def test_an_edited_rebuttal_edits_the_sent_post_in_place(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    await subscribe(fake, server, server.news)
    await post_one(discord_bot)
    [post] = fake.sent(server.news)
    retired = await command(fake, server, "curate retire", server.admin, {"id": "china-economy"})
    assert "Retired china-economy" in retired.content
    assert await discord_bot.worker().run_once() == {"sent": 1}  # the edit row
    assert len(post.edits) == 1 and len(fake.sent(server.news)) == 1
    [field] = post.embeds[0]["fields"]
    assert field["name"].startswith("1. ~~") and "withdrawn" in field["value"]
    assert post.components == []  # nothing left to vote on


async def test_telegram_and_discord_run_side_by_side(fake: FakeDiscord, server: Server,
                                                      api: FakeTelegramAPI,
                                                      sqlite_db: Database) -> None:
    settings = discord_settings(fake, server, telegram=TelegramSettings(
        token="123:TEST", api_base_url=api.base_url))
    async with running(fake, sqlite_db, settings) as run:
        assert set(run.notifiers) == {"telegram", "discord"}
        api.command(777, 777, "/subscribe")
        await api.wait_for(lambda: api.sent(777))
        await subscribe(fake, server, server.news)
        await post_one(run)
    assert [m for m in api.sent(777) if "Per-capita output" in m.text]
    assert "Per-capita output" in text_of(fake.sent(server.news)[0])
