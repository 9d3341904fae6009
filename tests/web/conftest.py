"""Shared pieces of the web console's tests: a migrated database with a small story in it,
the app over it (httpx's ASGI transport, a clock the test moves), and a signed-in client."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from adapters.web import create_app
from tests.web.story import Story, write_story
from tracker.config import Settings, TelegramSettings, WebSettings
from tracker.storage.db import Database
from tracker.usecases import web_auth

ADMIN = 4242
BASE = "http://console.test"


@dataclass
class Clock:
    """The app's time: starts at a fixed moment, moved by tests."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 30, 12, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def settings() -> Settings:
    return Settings(telegram=TelegramSettings(admins=[ADMIN]),
                    web=WebSettings(public_url=BASE, secret="test-secret-" + "x" * 20))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def story(db: Database) -> Story:
    return await write_story(db)


@pytest.fixture
async def client(db: Database, settings: Settings, clock: Clock,
                 story: Story) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app over the story's database, not signed in."""
    app = create_app(db, settings, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE,
                                 follow_redirects=False) as http:
        yield http


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no form with a CSRF token on the page"
    return found.group(1)


async def sign_in(client: httpx.AsyncClient, db: Database, settings: Settings, clock: Clock,
                  user: int = ADMIN) -> str:
    """Use a fresh login link the way a browser does; returns the session's CSRF token."""
    link = await web_auth.issue_login_link(db, settings, "telegram", str(user), now=clock())
    landing = await client.get(link.removeprefix(BASE))
    assert landing.status_code == 200
    token = re.search(r'name="token" value="([^"]+)"', landing.text)
    assert token is not None
    done = await client.post("/login", data={"token": token.group(1),
                                             "csrf": csrf_of(landing.text)})
    assert done.status_code == 303, done.text
    page = await client.get("/review")
    assert page.status_code == 200
    return csrf_of(page.text)


@pytest.fixture
async def editor(client: httpx.AsyncClient, db: Database, settings: Settings,
                 clock: Clock) -> str:
    """Sign the client in; returns its CSRF token."""
    return await sign_in(client, db, settings, clock)
