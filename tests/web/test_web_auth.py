"""Who gets into the console: one-time login links, sessions, CSRF, revocation."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.web.conftest import ADMIN, BASE, Clock, csrf_of, sign_in
from tests.web.story import POSTED_REBUTTAL, Story
from tracker.config import Settings
from tracker.errors import UsageError
from tracker.model import RebuttalStatus
from tracker.storage.db import Database
from tracker.usecases import curate, web_auth

EDITOR_GETS = ["/review", "/rebuttals", "/rebuttals/new", f"/rebuttals/{POSTED_REBUTTAL}",
               f"/rebuttals/{POSTED_REBUTTAL}/history", "/statements", "/statements/1",
               "/feeds", "/destinations", "/deliveries", "/stats", "/sessions"]
EDITOR_POSTS = ["/logout", "/review/2", "/rebuttals/new", f"/rebuttals/{POSTED_REBUTTAL}",
                f"/rebuttals/{POSTED_REBUTTAL}/phrasings", f"/rebuttals/{POSTED_REBUTTAL}/retire",
                f"/rebuttals/{POSTED_REBUTTAL}/restore", "/feeds", "/feeds/1/pause",
                "/deliveries/1/retry", "/sessions/1/revoke"]


async def _landing(client: httpx.AsyncClient, link: str) -> tuple[str, str]:
    page = await client.get(link.removeprefix(BASE))
    token = re.search(r'name="token" value="([^"]+)"', page.text)
    assert page.status_code == 200 and token is not None
    assert page.headers["cache-control"] == "no-store"
    return token.group(1), csrf_of(page.text)


async def test_every_editor_page_refuses_without_a_session(client: httpx.AsyncClient) -> None:
    for path in EDITOR_GETS:
        response = await client.get(path)
        assert response.status_code == 401, path
        assert "log in" in response.text.lower()
    for path in EDITOR_POSTS:
        response = await client.post(path, data={"csrf": "x", "choice": "ignore"})
        assert response.status_code == 401, path


async def test_every_form_refuses_a_wrong_csrf_token_and_changes_nothing(
        client: httpx.AsyncClient, editor: str, db: Database) -> None:
    for path in EDITOR_POSTS:
        for data in ({"csrf": "forged-" + editor[:10]}, {}):
            response = await client.post(path, data={**data, "choice": "ignore",
                                                     "version": "1", "url": "https://x.example"})
            assert response.status_code == 403, path
    rebuttal = await curate.get_rebuttal(db, POSTED_REBUTTAL)
    assert rebuttal is not None and rebuttal.status == RebuttalStatus.PUBLISHED
    assert (await client.get("/review")).status_code == 200  # still signed in


async def test_a_login_link_works_once(client: httpx.AsyncClient, db: Database,
                                       settings: Settings, clock: Clock) -> None:
    link = await web_auth.issue_login_link(db, settings, "telegram", str(ADMIN), now=clock())
    assert link.startswith(f"{BASE}/login/")
    token, csrf = await _landing(client, link)
    first = await client.post("/login", data={"token": token, "csrf": csrf})
    assert first.status_code == 303 and first.headers["location"] == "/review"
    cookie = first.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    client.cookies.clear()
    _, csrf = await _landing(client, link)
    again = await client.post("/login", data={"token": token, "csrf": csrf})
    assert again.status_code == 400 and "already used" in again.text
    assert (await client.get("/review")).status_code == 401


async def test_an_expired_link_is_refused(client: httpx.AsyncClient, db: Database,
                                          settings: Settings, clock: Clock) -> None:
    link = await web_auth.issue_login_link(db, settings, "telegram", str(ADMIN), now=clock())
    token, csrf = await _landing(client, link)
    clock.advance(minutes=settings.web.login_link_minutes + 1)
    response = await client.post("/login", data={"token": token, "csrf": csrf})
    assert response.status_code == 400 and "expired" in response.text
    assert (await client.get("/review")).status_code == 401


@pytest.mark.parametrize("token", ["not-a-token", "eyJqIjoiYWJjIn0.forged.signature", "x" * 900])
async def test_a_forged_link_is_refused(client: httpx.AsyncClient, token: str) -> None:
    page = await client.get("/login/placeholder")
    response = await client.post("/login", data={"token": token, "csrf": csrf_of(page.text)})
    assert response.status_code == 400 and "not a valid login link" in response.text


async def test_login_needs_the_landing_pages_own_form(client: httpx.AsyncClient, db: Database,
                                                      settings: Settings, clock: Clock) -> None:
    link = await web_auth.issue_login_link(db, settings, "telegram", str(ADMIN), now=clock())
    token, _ = await _landing(client, link)
    response = await client.post("/login", data={"token": token, "csrf": "from-another-site"})
    assert response.status_code == 403
    assert (await client.get("/review")).status_code == 401


async def test_only_configured_admins_get_links(db: Database, settings: Settings) -> None:
    with pytest.raises(UsageError, match="not a configured admin"):
        await web_auth.issue_login_link(db, settings, "telegram", "999")
    assert web_auth.parse_user("discord:77") == ("discord", "77")
    with pytest.raises(UsageError):
        web_auth.parse_user("telegram:abc")


async def test_a_session_ends_when_the_user_is_no_longer_an_admin(
        client: httpx.AsyncClient, db: Database, settings: Settings, clock: Clock,
        story: Story) -> None:
    await sign_in(client, db, settings, clock)
    demoted = settings.model_copy(update={"telegram": settings.telegram.model_copy(
        update={"admins": []})})
    cookie = client.cookies.get("tracker_session")
    assert cookie is not None
    assert await web_auth.authenticate(db, settings, cookie, now=clock()) is not None
    assert await web_auth.authenticate(db, demoted, cookie, now=clock()) is None
    assert await web_auth.authenticate(db, settings, cookie + "x", now=clock()) is None


async def test_sessions_are_listed_and_revocable(client: httpx.AsyncClient, db: Database,
                                                 settings: Settings, clock: Clock) -> None:
    other = httpx.AsyncClient(transport=client._transport, base_url=BASE)  # a second browser
    async with other:
        await sign_in(other, db, settings, clock)
        csrf = await sign_in(client, db, settings, clock)
        sessions = await web_auth.list_sessions(db, now=clock())
        assert len(sessions) == 2 and {s.actor for s in sessions} == {f"web:telegram:{ADMIN}"}
        page = await client.get("/sessions")
        assert page.text.count('action="/sessions/') == 2
        target = next(s for s in sessions if s.id != max(s.id for s in sessions))
        revoked = await client.post(f"/sessions/{target.id}/revoke", data={"csrf": csrf})
        assert revoked.status_code == 303
        assert (await other.get("/review")).status_code == 401
        assert (await client.get("/review")).status_code == 200


async def test_logout_ends_the_session(client: httpx.AsyncClient, editor: str) -> None:
    response = await client.post("/logout", data={"csrf": editor})
    assert response.status_code == 303
    assert (await client.get("/review")).status_code == 401


async def test_the_secret_is_generated_once_and_stored(db: Database) -> None:
    settings = Settings()
    first = await web_auth.console_secret(db, settings)
    assert len(first) >= 40 and await web_auth.console_secret(db, settings) == first
