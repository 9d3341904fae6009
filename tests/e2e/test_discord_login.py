"""/login in Discord: a web editor gets a one-time link that signs a browser in; nobody else
does, and the link is only ever in an ephemeral answer. The real discord.py client runs
against the fake Discord; the link is used over HTTP with the web app on the same database."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from adapters.web import create_app
from tests.e2e.conftest import Running, Server, answered, command, discord_settings, running
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_model import EPHEMERAL
from tracker.config import WebSettings
from tracker.storage.db import Database

PUBLIC_URL = "https://console.example"
LINK = re.compile(r"<?(https://console\.example/login/[\w.-]+)>?")


@pytest.fixture
async def bot(fake: FakeDiscord, server: Server, db: Database) -> AsyncIterator[Running]:
    """The Discord bot with the admin (Manage Server) listed as a web editor."""
    web = WebSettings(public_url=PUBLIC_URL, admins=[f"discord:{server.admin}"],
                      secret="discord-login-test-" + "s" * 20)
    async with running(fake, db, discord_settings(fake, server, web=web)) as run:
        yield run


async def sign_in(run: Running, link: str) -> httpx.Response:
    """Open the link as a browser does, press "Sign in", then open the review queue."""
    app = create_app(run.db, run.settings)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url=PUBLIC_URL) as browser:
        landing = await browser.get(link.removeprefix(PUBLIC_URL))
        assert landing.status_code == 200
        form = dict(re.findall(r'name="(token|csrf)" value="([^"]+)"', landing.text))
        done = await browser.post("/login", data=form)
        assert done.status_code == 303, done.text
        return await browser.get("/review")


def links_outside_ephemeral(fake: FakeDiscord) -> list[str]:
    """Every message holding a login link that others could see."""
    return [m.content for m in fake.messages.values()
            if "/login/" in repr(m.payload) and not m.flags & EPHEMERAL]


async def test_login_gives_a_web_editor_a_private_link_that_signs_in_once(
        fake: FakeDiscord, server: Server, bot: Running) -> None:
    answer = await command(fake, server, "login", server.admin)
    assert answer.flags & EPHEMERAL and answer.allowed_mentions == {"parse": []}
    assert "valid 15 minutes, once" in answer.content
    found = LINK.search(answer.content)
    assert found is not None, answer.content
    review = await sign_in(bot, found.group(1))
    assert review.status_code == 200 and f"discord:{server.admin}" in review.text
    with pytest.raises(AssertionError):  # a second use is refused
        await sign_in(bot, found.group(1))
    assert links_outside_ephemeral(fake) == []


async def test_login_answers_in_chinese_for_a_chinese_client(
        fake: FakeDiscord, server: Server, bot: Running) -> None:
    inter = await fake.gateway.slash_command("login", guild_id=server.guild.id,
                                             channel_id=server.general, user_id=server.admin,
                                             locale="zh-CN")
    answer = await answered(fake, inter)
    assert "15 分钟内有效" in answer.content and LINK.search(answer.content)
    assert answer.flags & EPHEMERAL


async def test_login_refuses_everyone_but_the_web_editors_without_a_link(
        fake: FakeDiscord, server: Server, bot: Running,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "adapters.discord_bot")
    # The curator is a bot admin (the admin role), yet no editor of the web console.
    for member in (server.curator, server.reader):
        refused = await command(fake, server, "login", member)
        assert refused.flags & EPHEMERAL
        assert f"add discord:{member} to web.admins" in refused.content
        assert "/login/" not in refused.content
        assert f"refused /login from discord user {member}" in caplog.text
    assert links_outside_ephemeral(fake) == []
    assert not [m for m in fake.messages.values() if "/login/" in repr(m.payload)]


async def test_login_says_so_when_the_web_console_is_off(
        fake: FakeDiscord, server: Server, sqlite_db: Database) -> None:
    web = WebSettings(enabled=False, admins=[f"discord:{server.admin}"])
    async with running(fake, sqlite_db, discord_settings(fake, server, web=web)):
        answer = await command(fake, server, "login", server.admin)
    assert "web console is off" in answer.content and "/login/" not in answer.content
