"""`poll --once` and `feeds list` say which feeds were left out, and why."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from tests.fakes.feed_server import running_feed_server
from tests.integration.test_feeds_cli import tracker, write_config
from tracker.model import utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow


async def test_poll_and_list_name_feeds_held_elsewhere_or_backing_off(tmp_path: Path) -> None:
    async with running_feed_server() as server:
        held = server.serve_file("/held.xml", "rss.xml")
        resting = server.serve_file("/resting.xml", "rss.xml")
        cfg = str(write_config(tmp_path, [held, resting]))
        code, out, err = await tracker("-c", cfg, "feeds", "list", cwd=tmp_path)
        assert code == 0, err
        db = Database(f"sqlite+aiosqlite:///{tmp_path}/t.db")
        until = utcnow() + timedelta(minutes=5)
        async with db.transaction() as s:
            await s.execute(update(FeedRow).where(FeedRow.url == held).values(
                lease_owner="worker-b-4242", lease_until=until))
            await s.execute(update(FeedRow).where(FeedRow.url == resting).values(
                error_count=2, last_error="HTTP 503", next_poll_at=until))
        await db.dispose()
        code, listed, err = await tracker("-c", cfg, "feeds", "list", cwd=tmp_path)
        assert code == 0, err
        code, polled, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)
        assert code == 0, err
    first, second = listed.strip().splitlines()
    assert held in first and f"new, held by worker-b-4242 until {until:%H:%M:%S} UTC polled never" in first
    assert resting in second
    assert f"error (2x: HTTP 503), backing off until {until:%Y-%m-%d %H:%M:%S} UTC" in second
    summary = polled.strip().splitlines()[-1]
    # A forced poll (poll --once) takes the feed that backs off; the held one it cannot.
    assert "polled 1 feeds" in summary
    assert f"skipped 1 held by another process (lease until {until:%H:%M:%S} UTC)" in summary
