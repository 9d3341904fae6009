"""Posts link to the statement's public page ("Full context") when the web console has a
public_url, on Discord (real discord.py client, fake Discord, the outbox) and Telegram
(real PTB bot, fake Bot API); without one, or with the console off, they do not."""

from __future__ import annotations

import pytest
from telegram.ext import ExtBot

from adapters.telegram_bot.notifier import TelegramNotifier
from tests.e2e.conftest import Server, command, discord_settings, running
from tests.e2e.test_discord_delivery import HOSTILE, post_one
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.config import WebSettings
from tracker.model import Counterpoint, Destination, Post, Rebuttal, Source, Statement
from tracker.storage.db import Database

PUBLIC = "https://tracker.example"


async def test_discord_posts_and_edits_link_to_the_public_page_with_feed_text_escaped(
        fake: FakeDiscord, server: Server, sqlite_db: Database) -> None:
    settings = discord_settings(fake, server, web=WebSettings(public_url=PUBLIC))
    async with running(fake, sqlite_db, settings) as run:
        answer = await command(fake, server, "subscribe", server.moderator, channel=server.news)
        assert "Subscribed" in answer.content
        sid = await post_one(run, HOSTILE)
        [post] = fake.sent(server.news)
        description = post.embeds[0]["description"]
        assert description.endswith(f" · [Full context]({PUBLIC}/s/{sid})")
        assert "\\*\\*will\\*\\*" in description and "\\[click](https://evil.example)" in description
        assert "@\u200beveryone" in description and "\\<@123>" in description
        assert post.allowed_mentions == {"parse": []} and not post.pinged
        # An edit of the sent post (its rebuttal retired) keeps the link.
        await command(fake, server, "curate retire", server.admin, {"id": "china-economy"})
        assert await run.worker().run_once() == {"sent": 1}
    assert len(post.edits) == 1 and "withdrawn" in post.embeds[0]["fields"][0]["value"]
    assert post.embeds[0]["description"].endswith(f" · [Full context]({PUBLIC}/s/{sid})")
    assert post.request["allowed_mentions"] == {"parse": []} and not post.pinged


@pytest.mark.parametrize("web", [WebSettings(), WebSettings(public_url=PUBLIC, enabled=False)],
                         ids=["no-public-url", "console-off"])
async def test_discord_posts_carry_no_link_without_a_public_url_or_console(
        fake: FakeDiscord, server: Server, sqlite_db: Database, web: WebSettings) -> None:
    async with running(fake, sqlite_db, discord_settings(fake, server, web=web)) as run:
        answer = await command(fake, server, "subscribe", server.moderator, channel=server.news)
        assert "Subscribed" in answer.content
        await post_one(run)
    [post] = fake.sent(server.news)
    assert "Full context" not in post.embeds[0]["description"]
    assert "tracker.example" not in repr(post.embeds)


def _post(text: str = "China <b>rocks</b> @everyone") -> Post:
    st = Statement(id=31, text=text, speaker="Elon Musk", watch="musk-china", language="en",
                   confidence=0.9, item_id=1, start=0, end=5, context="", published_at=None,
                   source_url="https://news.example/1")
    cp = Counterpoint("Data disagree.", "数据不支持。", (Source("Report", "https://f.example/r"),))
    return Post(st, (Rebuttal("rb-1", "Claim", "说法", (cp,)),))


async def test_telegram_posts_and_edits_link_to_the_public_page_only_when_configured(
        api: FakeTelegramAPI) -> None:
    api.add_chat(5001)
    destination = Destination(id=1, platform="telegram", chat_id="5001")
    async with ExtBot(api.token, base_url=api.base_url) as ext:
        linked = TelegramNotifier(ext, web=WebSettings(public_url=PUBLIC))
        message_id = await linked.send_post(destination, _post())
        await linked.edit_post(destination, message_id, _post("China <i>rocks</i> twice"))
        await TelegramNotifier(ext).send_post(destination, _post())
        await TelegramNotifier(ext, web=WebSettings(public_url=PUBLIC, enabled=False)).send_post(
            destination, _post())
    first, plain, off = (m.params["text"] for m in api.calls("sendMessage"))
    link = f'<a href="{PUBLIC}/s/31">Full context</a>'
    assert link in first and "China &lt;b&gt;rocks&lt;/b&gt; @everyone" in first
    [edit] = api.calls("editMessageText")
    assert link in edit.params["text"] and "&lt;i&gt;rocks&lt;/i&gt; twice" in edit.params["text"]
    assert PUBLIC not in plain and PUBLIC not in off
