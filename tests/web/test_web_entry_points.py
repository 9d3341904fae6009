"""Ways into the console: `tracker run` serves it in its own loop, `tracker web login-link`
prints a link, Telegram's /login sends one (Discord's: tests/e2e/test_discord_login.py; posts'
links to the public page: tests/e2e/test_post_context_links.py)."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
import pytest

from adapters.main import build_services
from adapters.telegram_bot import TelegramPlatform
from adapters.web.server import WebServer
from tests.e2e.conftest import fast_pacer
from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.cli import main
from tracker.config import Settings, TelegramSettings, WebSettings
from tracker.ports import Service
from tracker.runtime.scheduler import run_service
from tracker.runtime.status import ServiceStatus
from tracker.storage.db import Database
from tracker.usecases import web_auth

ADMIN = 4242


def _settings(tmp_path: Path, port: int = 0) -> Settings:
    return Settings(database={"url": f"sqlite+aiosqlite:///{tmp_path / 't.db'}"},
                    feeds=[], polling={"interval_seconds": 3600},
                    telegram=TelegramSettings(admins=[ADMIN]), web=WebSettings(port=port))


async def test_tracker_run_serves_the_console_beside_the_scheduler(tmp_path: Path) -> None:
    servers: list[Service] = []

    def services(settings: Settings, db: Database, status: ServiceStatus) -> Sequence[Service]:
        servers.extend(build_services(settings, db, status))
        return servers

    stop = asyncio.Event()
    service = asyncio.create_task(run_service(_settings(tmp_path), None, stop=stop,
                                              services=services))
    for _ in range(600):  # until it listens (migrations and seeding come first)
        if servers and isinstance(servers[0], WebServer) and servers[0].server.started:
            break
        await asyncio.sleep(0.05)
    server = servers[0]
    assert isinstance(server, WebServer)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
        home = await client.get("/")
        assert home.status_code == 200 and "Statement tracker" in home.text
        assert (await client.get("/review")).status_code == 401
        assert (await client.get("/static/hx.js")).status_code == 200
    stop.set()
    await asyncio.wait_for(service, 30)
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient() as client:
            await client.get(f"http://127.0.0.1:{server.port}/")


async def test_a_port_in_use_stops_the_service_at_start(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        settings = _settings(tmp_path, taken.getsockname()[1])
        with pytest.raises(OSError, match="could not listen"):
            await asyncio.wait_for(run_service(settings, None, services=build_services), 60)


def test_disabled_web_serves_nothing(tmp_path: Path) -> None:
    settings = _settings(tmp_path).model_copy(update={"web": WebSettings(enabled=False)})
    assert build_services(settings, Database(settings.database.url)) == []


def test_the_cli_prints_a_login_link_for_an_admin_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "tracker.toml"
    config.write_text(f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "t.db"}"\n'
                      f'[telegram]\nadmins = [{ADMIN}]\n[web]\npublic_url = "https://x.example"\n')
    assert main(["-c", str(config), "web", "login-link", str(ADMIN)]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(r"https://x\.example/login/[\w.-]+", out)
    assert main(["-c", str(config), "web", "login-link", "telegram:1"]) == 2
    assert "not a configured admin" in capsys.readouterr().err
    assert main(["-c", str(config), "web", "login-link", "bob"]) == 2


@pytest.fixture
async def bot(api: FakeTelegramAPI, sqlite_db: Database) -> AsyncIterator[TelegramPlatform]:
    settings = Settings(telegram=TelegramSettings(token="123:TEST", api_base_url=api.base_url,
                                                  admins=[ADMIN]),
                        web=WebSettings(public_url="https://tracker.example"))
    platform = TelegramPlatform(settings, sqlite_db, pacer=fast_pacer())
    await platform.start()
    yield platform
    await platform.stop()


async def _ask(api: FakeTelegramAPI, user: int, chat: int, text: str) -> str:
    before = len(api.sent(chat))
    api.command(user, chat, text)
    await api.wait_for(lambda: len(api.sent(chat)) > before)
    return api.sent(chat)[-1].text


async def test_login_in_telegram_sends_a_working_link_in_private_only(
        api: FakeTelegramAPI, bot: TelegramPlatform) -> None:
    answer = await _ask(api, ADMIN, ADMIN, "/login")
    link = re.search(r"https://tracker\.example/login/(\S+)", answer)
    assert link is not None and "valid 15 minutes" in answer
    signed = await web_auth.redeem_login_link(bot.db, bot.settings, link.group(1))
    assert signed.session.actor == f"web:telegram:{ADMIN}"
    assert "private chat" in await _ask(api, ADMIN, -100123, "/login")
    assert "only the bot's admins" in (await _ask(api, 77, 77, "/login")).lower()
