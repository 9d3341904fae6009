"""``tracker demo``: one full cycle on bundled sample feeds, offline, in seconds.

A local aiohttp server on 127.0.0.1 serves tracker/data/demo (two English news
feeds, one repeating a quote the other carries, a Chinese one and a podcast with a
VTT transcript), with publication dates set to now. A temporary SQLite database
holds the run; the feeds are stored as already baselined so their items count as
new (a real first poll never posts a feed's history). The cycle delivers to a
recorder; ``demo_report`` then shows each post and review, in a stable order and
with its decision, through the notifier the composition root provides (the console).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from email.utils import format_datetime
from importlib import resources
from pathlib import Path

from aiohttp import web

from tracker.config import Settings
from tracker.model import utcnow
from tracker.ports import Notifier
from tracker.runtime import pipeline
from tracker.runtime.demo_report import Recorder, replay
from tracker.storage import feeds_repo
from tracker.storage.db import Database, open_database
from tracker.usecases import destinations, rebuttal_import

logger = logging.getLogger(__name__)

Stage = Callable[[Database, Settings], Awaitable[Mapping[str, int]]]

FILES = {  # path -> (bundled file, content type)
    "/news-en.xml": ("news_en.xml", "application/rss+xml"),
    "/news-zh.xml": ("news_zh.xml", "application/rss+xml"),
    "/news-biz.xml": ("news_biz.xml", "application/rss+xml"),
    "/podcast.xml": ("podcast.xml", "application/rss+xml"),
    "/podcast/42.vtt": ("episode42.vtt", "text/vtt"),
}
FEEDS = (("/news-en.xml", "news", "Demo Tech Wire", "en"),
         ("/news-zh.xml", "news", "演示科技快讯", "zh"),
         # A second outlet carrying a quote the tech wire has: one statement, two sources.
         ("/news-biz.xml", "news", "Demo Business Daily", "en"),
         ("/podcast.xml", "podcast", "Demo Futures Podcast", "en"))


@dataclass(frozen=True, slots=True)
class DemoServer:
    """The running sample server: its base URL and runner (to clean up)."""

    base: str
    runner: web.AppRunner


async def start_server() -> DemoServer:
    """Serve the bundled demo files on 127.0.0.1 (random port), dated now."""
    async def handle(request: web.Request) -> web.Response:
        name, ctype = FILES[request.path]
        text = resources.files("tracker.data").joinpath("demo", name).read_text("utf-8")
        base = f"http://{request.host}"
        body = text.replace("{BASE}", base).replace("{NOW}", format_datetime(utcnow()))
        return web.Response(text=body, content_type=ctype, charset="utf-8")

    app = web.Application()
    for path in FILES:
        app.router.add_get(path, handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return DemoServer(f"http://127.0.0.1:{port}", runner)


def demo_settings(base: str, db_url: str) -> Settings:
    """Settings for the demo: the local feeds, private hosts allowed, no chat tokens."""
    return Settings(
        database={"url": db_url},  # type: ignore[arg-type]
        # The samples' summaries carry the quotes: no linked articles to fetch.
        feeds=[{"url": base + path, "kind": kind, "name": name, "language": lang,  # type: ignore[misc]
                "full_text": False} for path, kind, name, lang in FEEDS],
        # One feed at a time: the sample's two outlets carry the same quote, and the one
        # stored first becomes the post's source; concurrent polls made that a race.
        polling={"allow_private_hosts": True, "timeout_seconds": 5,  # type: ignore[arg-type]
                 "concurrency": 1},
    )


async def _run_cycle(db: Database, settings: Settings, notifier: Notifier) -> str:
    """One cycle through the product's own pipeline, every feed polled now."""
    stats = await pipeline.run_cycle(db, settings, pipeline.default_stages(
        {notifier.platform: notifier}), force=True)
    return stats.summary()


async def run_demo(notifier: Notifier, *, echo: Callable[[str], None] = print) -> str:
    """Run the demo, posting through ``notifier``; returns (and echoes) the one-line summary.

    The cycle delivers to a recorder; then the legend, each post and review (through
    ``notifier``, in a stable order, with its decision) and the repeats are echoed.
    """
    server = await start_server()
    recorder = Recorder(notifier.platform)
    try:
        with tempfile.TemporaryDirectory(prefix="tracker-demo-") as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'demo.db'}"
            settings = demo_settings(server.base, url)
            db = await open_database(url)
            try:
                summary = await _prepare_and_run(db, settings, recorder)
                await replay(db, settings, recorder, notifier, echo)
            finally:
                await db.dispose()
    finally:
        await server.runner.cleanup()
    echo(f"demo: {summary}")
    return summary


async def _prepare_and_run(db: Database, settings: Settings, notifier: Notifier) -> str:
    await rebuttal_import.ensure_seed(db)
    # Stored as already baselined, so their items count as new and are posted.
    await feeds_repo.insert_feeds(
        db, [{"url": f.url, "kind": f.kind.value, "name": f.name, "language": f.language or "",
              "baselined": True} for f in settings.feed_list()], utcnow())
    await destinations.subscribe(db, notifier.platform, "stdout", added_by="demo")
    # Statements the matcher is unsure about go to a review chat: show it too.
    await destinations.add_review_destination(db, notifier.platform, "review", added_by="demo")
    return await _run_cycle(db, settings, notifier)
