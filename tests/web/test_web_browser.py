"""The console in a real browser: headless Chromium (Debian's chromium and chromium-driver)
driven by Selenium against the console served by uvicorn on 127.0.0.1, as `tracker run`
serves it. Each step saves a screenshot under tests/artifacts/."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from adapters.web.server import WebServer
from tests.web.story import CANDIDATES, POSTED_REBUTTAL, Story, write_story
from tracker.config import Settings, TelegramSettings, WebSettings
from tracker.model import FeedOff, StatementStatus
from tracker.storage import statements_repo
from tracker.storage.db import Database
from tracker.usecases import curate, ingest, web_auth

ADMIN = 4242
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER) and os.environ.get("TRACKER_TEST_REQUIRE_BROWSER") != "1",
    reason="Chromium and chromedriver are not installed (apt-get install chromium "
           "chromium-driver; .ci/run does)")


class Browser:
    """A Selenium Chrome driver whose blocking calls run in a thread (the server shares the
    test's event loop)."""

    def __init__(self, base: str, user_data: Path) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM or "chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-quic",
                     f"--user-data-dir={user_data}", "--window-size=1280,1000"):
            options.add_argument(flag)
        self.driver = webdriver.Chrome(service=Service(DRIVER or "chromedriver"), options=options)
        self.base = base

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.to_thread(func, *args)

    async def open(self, path: str) -> None:
        await self.run(self.driver.get, self.base + path)

    async def find(self, css: str) -> Any:
        from selenium.webdriver.common.by import By

        return await self.run(self.driver.find_element, By.CSS_SELECTOR, css)

    async def click(self, css: str) -> None:
        await self.run((await self.find(css)).click)

    async def type(self, css: str, text: str) -> None:
        element = await self.find(css)
        await self.run(element.clear)
        await self.run(element.send_keys, text)

    async def wait_for(self, css: str, timeout: float = 15.0) -> Any:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.ui import WebDriverWait

        wait = WebDriverWait(self.driver, timeout)
        return await self.run(wait.until, expected_conditions.presence_of_element_located(
            (By.CSS_SELECTOR, css)))

    async def shot(self, name: str, width: int = 1280) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        height = await self.run(self.driver.execute_script,
                                "return document.documentElement.scrollHeight")
        await self.run(self.driver.set_window_size, width, min(max(int(height), 600), 4000))
        path = ARTIFACTS / f"web-{name}.png"
        assert await self.run(self.driver.save_screenshot, str(path))
        await self.run(self.driver.set_window_size, 1280, 1000)
        return path

    @property
    def path(self) -> str:
        url: str = self.driver.current_url
        return url.removeprefix(self.base)


@pytest.fixture
async def served(sqlite_db: Database) -> AsyncIterator[tuple[WebServer, Story]]:
    story = await write_story(sqlite_db)
    settings = Settings(telegram=TelegramSettings(admins=[ADMIN]),
                        web=WebSettings(port=0, public_url=""))
    server = WebServer(settings, sqlite_db)
    await server.start()
    yield server, story
    await server.stop()


@pytest.fixture
async def browser(served: tuple[WebServer, Story], tmp_path: Path) -> AsyncIterator[Browser]:
    server, _ = served
    browser = await asyncio.to_thread(Browser, f"http://127.0.0.1:{server.port}", tmp_path / "ud")
    yield browser
    await asyncio.to_thread(browser.driver.quit)


async def _sign_in(browser: Browser, server: WebServer) -> None:
    link = await web_auth.issue_login_link(server.db, server.settings, "telegram", str(ADMIN))
    await browser.open(link.removeprefix(f"http://127.0.0.1:{server.settings.web.port}")
                       .removeprefix(server.settings.web.base_url()))
    await browser.click("#sign-in")
    await browser.wait_for("#waiting")
    assert browser.path == "/review"


async def test_logging_in_with_a_link(browser: Browser, served: tuple[WebServer, Story]) -> None:
    server, _ = served
    await browser.open("/review")
    assert "log in" in (await browser.find("main")).text.lower()
    await browser.shot("login-needed")
    link = await web_auth.issue_login_link(server.db, server.settings, "telegram", str(ADMIN))
    await browser.open(link.removeprefix(server.settings.web.base_url()))
    await browser.shot("login-link")
    await browser.click("#sign-in")
    await browser.wait_for("#waiting")
    assert browser.path == "/review"
    assert "telegram:4242" in (await browser.find("header")).text
    await browser.open(link.removeprefix(server.settings.web.base_url()))  # used: refused
    await browser.click("#sign-in")
    assert "already used" in (await browser.wait_for("#login-error")).text


async def test_deciding_a_review_item(browser: Browser, served: tuple[WebServer, Story]) -> None:
    server, story = served
    await _sign_in(browser, server)
    await browser.shot("review-queue")
    await browser.click(f"#review-{story.review} button.attach")
    outcome = await browser.wait_for(f"#review-{story.review} .outcome")
    assert f"with rebuttal {CANDIDATES[0]}" in outcome.text
    assert browser.path == "/review"  # swapped in place by the page's script
    await browser.shot("review-decided")
    async with server.db.session() as s:
        statement = await statements_repo.get_statement(s, story.review)
    assert statement is not None and statement.status == StatementStatus.QUEUED


async def test_editing_a_rebuttal_in_both_languages_and_seeing_the_diff(
        browser: Browser, served: tuple[WebServer, Story]) -> None:
    server, _ = served
    await _sign_in(browser, server)
    await browser.open(f"/rebuttals/{POSTED_REBUTTAL}")
    await browser.type("textarea[name=claim_en]", "China simply does what Musk suggests.")
    await browser.type("textarea[name=claim_zh]", "中国只是照马斯克的建议去做。")
    await browser.shot("rebuttal-editor")
    await browser.click("#save")
    await browser.wait_for("#saved")
    await browser.click("#switch-language")  # the console in Chinese
    await browser.wait_for("html[lang=zh-Hans]")
    await browser.type("textarea[name=cp-0-zh]", "中国的新能源规划早于马斯克的建议。")
    await browser.click("#save")
    assert "已保存" in (await browser.wait_for("#saved")).text
    await browser.shot("rebuttal-editor-zh")
    await browser.open(f"/rebuttals/{POSTED_REBUTTAL}/history?a=1&b=3")
    diff = (await browser.find("#diff")).text
    assert re.search(r"\+ +en: China simply does what Musk suggests\.", diff)
    assert re.search(r"\+ +zh: 中国只是照马斯克的建议去做。", diff)
    assert re.search(r"\+ +zh: 中国的新能源规划早于马斯克的建议。", diff)
    await browser.shot("rebuttal-history")
    revisions = await curate.revisions(server.db, POSTED_REBUTTAL)
    assert [r.changed_by for r in revisions[1:]] == [f"web:telegram:{ADMIN}"] * 2


async def test_pausing_a_feed(browser: Browser, served: tuple[WebServer, Story]) -> None:
    server, story = served
    await _sign_in(browser, server)
    await browser.open("/feeds")
    await browser.click(f"#feed-{story.feed} button.pause")
    await browser.wait_for(f"#feed-{story.feed} button.resume")
    assert "paused" in (await browser.find(f"#feed-{story.feed}")).text
    await browser.shot("feeds-paused")
    feed = {f.id: f for f in await ingest.list_feeds(server.db)}[story.feed]
    assert feed.inactive_reason == FeedOff.PAUSED


async def test_the_public_statement_page(browser: Browser,
                                         served: tuple[WebServer, Story]) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    _, story = served
    await browser.open(f"/s/{story.posted}")
    quote = (await browser.find("#statement blockquote")).text
    assert '<script>alert("x")</script>' in quote  # shown as text, never run
    with pytest.raises(NoAlertPresentException):
        await browser.run(lambda: browser.driver.switch_to.alert.text)
    assert "China follows whatever Musk says" in (await browser.find("main")).text
    await browser.shot("public-statement")
    await browser.shot("public-statement-phone", width=390)


async def test_every_console_page_renders(browser: Browser,
                                          served: tuple[WebServer, Story]) -> None:
    server, story = served
    await _sign_in(browser, server)
    for path, name in (("/rebuttals", "rebuttals"), ("/statements", "statements"),
                       (f"/statements/{story.posted}", "statement"), ("/feeds", "feeds"),
                       ("/destinations", "destinations"), ("/deliveries", "deliveries"),
                       ("/stats", "stats"), ("/sessions", "sessions"),
                       (f"/r/{POSTED_REBUTTAL}", "public-rebuttal"), ("/", "home")):
        await browser.open(path)
        assert (await browser.find("main h1")).text, path
        await browser.shot(name)
    await browser.open("/review")
    await browser.shot("review-phone", width=390)
