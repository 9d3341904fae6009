"""`tracker poll --once` and `tracker run` on embedded defaults: the console is the output.

Real subprocesses of the console script: the first poll of a feed only
baselines it; an item that appears later is extracted, matched against the
bundled rebuttals (seeded on start) and printed with its counterpoint.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.process import tracker_process
from tests.integration.test_feeds_cli import tracker, write_config
from tracker.model import utcnow

# The labelled set's own threshold: these tests follow a statement to its post, and the
# shipped threshold (calibrated on blind text, 0.9987) posts rarely.
POSTING = 0.82

ITEM = """<item><title>{title}</title><link>https://news.example/{guid}</link>
<guid>{guid}</guid><pubDate>{date}</pubDate><description>{text}</description></item>"""


def rss(*items: tuple[str, str, str]) -> bytes:
    body = "".join(ITEM.format(guid=g, title=t, text=x, date=format_datetime(utcnow()))
                   for g, t, x in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<link>https://news.example/</link><description>d</description>{body}"
            f"</channel></rss>").encode()


OLD = ("old-1", "Musk on China", "Elon Musk said China basically does whatever he suggests.")
NEW = ("new-1", "Musk on power",
       'Elon Musk said on Tuesday: "China\'s power output will soon be triple America\'s."')


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


def rows(tmp_path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(tmp_path / "t.db") as conn:
        return list(conn.execute(sql).fetchall())


async def test_poll_once_prints_new_statements_with_counterpoints(
        tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.set("/wire.xml", body=rss(OLD))
    cfg = str(write_config(tmp_path, [url], auto_threshold=POSTING))
    code, out, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)
    assert code == 0, err
    # First contact: stored, extracted and matched, but held, not posted.
    assert "Counterpoints" not in out and "deliver: nothing to do" in out
    assert rows(tmp_path, "select status from statements") == [("held",)]
    assert rows(tmp_path, "select count(*) from rebuttals") == [(21,)]
    assert rows(tmp_path, "select platform, chat_id, role from destinations order by id") == [
        ("console", "stdout", "channel"), ("console", "review", "review")]

    feed_server.set("/wire.xml", body=rss(NEW, OLD))
    code, out, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)
    assert code == 0, err
    assert "China's power output will soon be triple America's" in out
    assert "[china-power-three-times-us]" in out and "Counterpoints:" in out
    assert out.count("[stdout] post") == 1
    assert out.strip().splitlines()[-1].endswith("deliver: sent 1")

    # A third poll finds nothing new and posts nothing again.
    code, out, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)
    assert code == 0 and "[stdout] post" not in out, err


async def test_run_posts_to_the_console_and_stops_on_sigterm(
        tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.set("/wire.xml", body=rss(OLD))
    cfg = str(write_config(tmp_path, [url], interval=10, auto_threshold=POSTING))
    code, _, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)  # baseline
    assert code == 0, err
    feed_server.set("/wire.xml", body=rss(NEW, OLD))
    # As if the baseline were one interval ago: the feed is due when `run` starts (else the
    # test would wait 10 s for the schedule, which the scheduling tests cover).
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("update feeds set next_poll_at = null").rowcount == 1
    async with tracker_process("-c", cfg, "run", cwd=tmp_path) as service:
        # The first cycle runs at once; the delivery loop posts within seconds.
        for _ in range(400):
            await asyncio.sleep(0.1)
            if rows(tmp_path, "select status from deliveries") == [("sent",)]:
                break
        code, text, err = await service.stop()
    assert code == 0, err
    assert "[china-power-three-times-us]" in text and text.count("[stdout] post") == 1
    assert text.strip().endswith("stopped")
    assert rows(tmp_path, "select status from statements order by id") == [
        ("held",), ("posted",)]
