"""Between its interval's cycles a worker starts one as soon as work waits: a feed that
fell due, an item to extract. On a fixed grid, a worker that found nothing due sat out a
whole interval while other workers' feeds fell due (two workers were slower than one)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from tests.fakes.feed_server import running_feed_server
from tracker.config import Settings
from tracker.model import utcnow
from tracker.runtime.pipeline import Stages
from tracker.runtime.scheduler import CycleRunner
from tracker.storage import polls_repo
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.usecases.extract import extract_new_items
from tracker.usecases.ingest import add_feed, sync_feeds


def _settings(*urls: str) -> Settings:
    return Settings(polling={"allow_private_hosts": True, "parse_workers": 1,  # type: ignore[arg-type]
                             "interval_seconds": 300},
                    feeds=[{"url": u} for u in urls])  # type: ignore[misc]


async def test_work_waiting_sees_due_free_feeds_and_items_only(db: Database) -> None:
    now = utcnow()
    assert await polls_repo.work_waiting(db, now) is False
    async with running_feed_server() as server:
        url = server.serve_file("/a.xml", "rss.xml")
        settings = _settings(url)
        await sync_feeds(db, settings)
        assert await polls_repo.work_waiting(db, now) is True  # never polled: due
        # Held by another worker: not this worker's work, even though due.
        claimed = await polls_repo.claim_due(db, now, force=False, owner="other-1",
                                             lease_seconds=60, limit=10)
        assert len(claimed) == 1
        assert await polls_repo.work_waiting(db, now) is False
        # Its lease expired (the worker died): due and free again.
        assert await polls_repo.work_waiting(db, now + timedelta(seconds=61)) is True
        await polls_repo.release(db, [claimed[0].id])
        async with db.session() as session, session.begin():
            await session.execute(update(FeedRow).values(next_poll_at=now + timedelta(hours=1)))
        assert await polls_repo.work_waiting(db, now) is False  # polled, due in an hour
        # Items stored and not extracted yet are work too.
        async with db.session() as session, session.begin():
            await session.execute(update(FeedRow).values(next_poll_at=None))
        await CycleRunner(db, settings, Stages()).run()  # three items stored, not extracted
    assert await polls_repo.work_waiting(db, utcnow()) is True
    await extract_new_items(db, settings)
    async with db.session() as session:
        assert (await session.scalar(
            ItemRow.__table__.select().where(ItemRow.processed_at.is_(None)).limit(1))) is None
    assert await polls_repo.work_waiting(db, utcnow()) is False


async def test_a_tick_starts_a_cycle_only_when_due_or_work_waits(db: Database) -> None:
    async with running_feed_server() as server:
        first = server.serve_file("/first.xml", "rss.xml")
        later = server.serve_file("/later.xml", "atom.xml")
        settings = _settings(first)
        runner = CycleRunner(db, settings, Stages(extract=extract_new_items))
        await runner.tick()  # the first tick runs a cycle at once
        assert runner.last is not None and runner.last.poll is not None
        assert runner.last.poll.items_new == 3
        one = runner.last
        await runner.tick()  # inside the interval, nothing due and nothing to extract
        assert runner.last is one
        # An admin adds a feed: due now, polled at the next tick, not after 300 s.
        await add_feed(db, settings, later)
        await runner.tick()
        assert runner.last is not one and runner.last.poll is not None
        assert runner.last.poll.feeds_polled == 1 and runner.last.poll.items_new == 2
        assert dict(runner.last.stages)["extract"]["items"] == 2
        two = runner.last
        await runner.tick()
        assert runner.last is two
