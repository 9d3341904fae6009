"""The extraction stage against a migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tests.integration.test_feeds_cli import tracker
from tracker.config import Settings
from tracker.extract.extractor import Extractor
from tracker.model import Decision, ExtractedStatement, StatementStatus
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow, TranscriptRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow
from tracker.storage.statements_repo import get_statement, latest_posted, set_status
from tracker.usecases import alerts
from tracker.usecases.extract import extract_new_items

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
QUOTE = '"Chinese carmakers are the most competitive in the world," Musk said.'


async def _seed(db: Database) -> None:
    async with db.session() as s:
        s.add_all([FeedRow(id=1, url="https://a.example/rss", name="Outlet A", added_at=NOW),
                   FeedRow(id=2, url="https://b.example/rss", name="Outlet B", added_at=NOW)])
        await s.flush()
        rows = [
            (1, 1, "a1", f"Tesla news.\n{QUOTE}\nShares rose."),
            (2, 2, "b1", f"特斯拉消息。\n{QUOTE.replace('Musk said', 'Elon Musk said on Monday')}"),
            (3, 1, "a2", "China's exports rose 20%. BYD led the growth."),
            (4, 2, "b2", "马斯克表示，中国市场是特斯拉最大的市场。"),
            (5, 1, "ep1", "Episode notes: a chat about cars."),
        ]
        for item_id, feed_id, guid, text in rows:
            s.add(ItemRow(id=item_id, feed_id=feed_id, guid=guid, url=f"https://x.example/{guid}",
                          title=guid, text=text, published_at=NOW, fetched_at=NOW,
                          content_hash=guid, guests=[]))
        await s.flush()
        s.add(TranscriptRow(item_id=5, url="https://x.example/ep1.vtt", format="vtt",
                            text="", fetched_at=NOW, segments=[
                                {"start": 1.0, "end": 4.0, "text": "What about China?",
                                 "speaker": "Host"},
                                {"start": 4.0, "end": 9.0, "text": "BYD makes very good cars.",
                                 "speaker": "Elon Musk"}]))
        await s.commit()


async def test_stage_stores_groups_and_marks_items(db: Database) -> None:
    await _seed(db)
    counts = await extract_new_items(db, Settings(), now=NOW)
    assert counts == {"items": 5, "statements_new": 3, "statements_grouped": 1}
    async with db.session() as s:
        rows = list(await s.scalars(select(StatementRow).order_by(StatementRow.id)))
        assert [r.text for r in rows] == [
            "Chinese carmakers are the most competitive in the world",
            "中国市场是特斯拉最大的市场", "BYD makes very good cars"]
        assert rows[2].seconds == 4.0 and rows[0].status == "new"
        assert await s.scalar(select(func.count()).select_from(ItemRow).where(
            ItemRow.processed_at.is_(None))) == 0
        first = await get_statement(s, rows[0].id)
    assert first is not None
    assert [(src.item_id, src.outlet) for src in first.sources] == [(1, "Outlet A"), (2, "Outlet B")]
    assert await extract_new_items(db, Settings(), now=NOW) == {
        "items": 0, "statements_new": 0, "statements_grouped": 0}


async def test_a_later_report_adds_a_source_not_a_statement(db: Database) -> None:
    await _seed(db)
    await extract_new_items(db, Settings(), now=NOW)
    async with db.session() as s:
        s.add(ItemRow(id=9, feed_id=1, guid="late", url="https://x.example/late", title="late",
                      text=QUOTE.replace("competitive", "competitive car companies"),
                      published_at=NOW, fetched_at=NOW, content_hash="late", guests=[]))
        await s.commit()
    counts = await extract_new_items(db, Settings(), now=NOW)
    assert counts["statements_new"] == 0 and counts["statements_grouped"] == 1
    async with db.session() as s:
        assert await s.scalar(select(func.count()).select_from(StatementSourceRow)) == 5


async def test_status_and_latest_posted(db: Database) -> None:
    await _seed(db)
    await extract_new_items(db, Settings(), now=NOW)
    async with db.session() as s:
        ids = list(await s.scalars(select(StatementRow.id).order_by(StatementRow.id)))
        await set_status(s, ids[1], StatementStatus.POSTED, decision=Decision.MATCH, now=NOW)
        await set_status(s, ids[0], "matched", now=NOW)
        await s.commit()
        posted = await latest_posted(s, 5)
        assert [p.id for p in posted] == [ids[1]]
        assert posted[0].decision is Decision.MATCH and posted[0].sources
        matched = await get_statement(s, ids[0])
        assert matched is not None and matched.status is StatementStatus.MATCHED
        assert await get_statement(s, 10_000) is None


class FailingExtractor(Extractor):
    """The real extractor, except that it raises on texts containing ``marker``."""

    def __init__(self, marker: str, times: int) -> None:
        super().__init__(Settings().watch_list())
        self.marker, self.times, self.raised = marker, times, 0

    def extract(self, text: str, *args: Any, **kwargs: Any) -> list[ExtractedStatement]:
        if self.marker in text and self.raised < self.times:
            self.raised += 1
            raise ValueError("parser blew up")
        return super().extract(text, *args, **kwargs)


async def _item_state(db: Database, item_id: int) -> tuple[bool, str | None, int]:
    """(processed, extract_error, extract_attempts) of one item."""
    async with db.session() as s:
        row = await s.get_one(ItemRow, item_id)
        return row.processed_at is not None, row.extract_error, row.extract_attempts


async def test_an_item_that_keeps_failing_is_retried_once_then_left_failed_and_alerted(
        db: Database) -> None:
    await _seed(db)
    extractor = FailingExtractor("中国市场", times=99)  # item 4
    counts = await extract_new_items(db, Settings(), extractor=extractor, now=NOW)
    assert counts == {"items": 4, "statements_new": 2, "statements_grouped": 1, "retrying": 1}
    assert await _item_state(db, 4) == (False, "ValueError: parser blew up", 1)
    assert "stage:extract-items" not in await alerts.current_failures(db, NOW)

    counts = await extract_new_items(db, Settings(), extractor=extractor, now=NOW)
    assert counts == {"items": 1, "statements_new": 0, "statements_grouped": 0, "failed": 1}
    assert extractor.raised == 2
    assert await _item_state(db, 4) == (True, "ValueError: parser blew up", 2)
    alert = (await alerts.current_failures(db, NOW))["stage:extract-items"]
    assert "item 4 (ValueError: parser blew up)" in alert

    counts = await extract_new_items(db, Settings(), extractor=extractor, now=NOW)
    assert counts == {"items": 0, "statements_new": 0, "statements_grouped": 0}
    assert extractor.raised == 2  # left failed: never tried a third time
    assert "stage:extract-items" not in await alerts.current_failures(db, NOW)


async def test_an_item_that_fails_once_is_extracted_on_the_retry(db: Database) -> None:
    await _seed(db)
    extractor = FailingExtractor("中国市场", times=1)
    await extract_new_items(db, Settings(), extractor=extractor, now=NOW)
    counts = await extract_new_items(db, Settings(), extractor=extractor, now=NOW)
    assert counts == {"items": 1, "statements_new": 1, "statements_grouped": 0}
    assert await _item_state(db, 4) == (True, None, 1)
    assert "stage:extract-items" not in await alerts.current_failures(db, NOW)


HOSTILE_UNIT = ('Elon Musk said on Tuesday that China would "dominate the EV market," adding '
                'that BYD was "very strong." ')


async def test_an_item_over_its_time_budget_is_marked_failed_and_the_stage_goes_on(
        db: Database) -> None:
    await _seed(db)
    async with db.session() as s:  # about 0.4 s of CPU to extract; the budget is 0.05 s
        s.add(ItemRow(id=6, feed_id=1, guid="huge", url="https://x.example/huge", title="huge",
                      text=HOSTILE_UNIT * 4000, published_at=NOW, fetched_at=NOW,
                      content_hash="huge", guests=[]))
        await s.commit()
    settings = Settings(extraction={"item_budget_seconds": 0.05})  # type: ignore[arg-type]
    counts = await extract_new_items(db, settings, now=NOW)
    assert counts == {"items": 6, "statements_new": 3, "statements_grouped": 1, "failed": 1}
    async with db.session() as s:
        huge = await s.get(ItemRow, 6)
        assert huge is not None and huge.processed_at is not None  # not tried again
        assert huge.extract_error == ("over the time budget: extraction stopped after 0.05 s "
                                      "of CPU")
        assert await s.scalar(select(func.count()).select_from(StatementSourceRow).where(
            StatementSourceRow.item_id == 6)) == 0
    failing = await alerts.current_failures(db, NOW)
    assert "over the time budget" in failing["stage:extract-items"]


async def test_feeds_list_shows_the_items_that_failed_extraction(
        sqlite_db: Database, sqlite_url: str, tmp_path: Path) -> None:
    await _seed(sqlite_db)
    async with sqlite_db.session() as s:
        s.add(ItemRow(id=6, feed_id=1, guid="huge", url="https://x.example/huge", title="huge",
                      text=HOSTILE_UNIT * 4000, published_at=NOW, fetched_at=NOW,
                      content_hash="huge", guests=[]))
        await s.commit()
    settings = Settings(extraction={"item_budget_seconds": 0.05})  # type: ignore[arg-type]
    await extract_new_items(sqlite_db, settings, now=NOW)
    cfg = tmp_path / "tracker.toml"
    cfg.write_text(f'[database]\nurl = "{sqlite_url}"\n[[feeds]]\nurl = "https://a.example/rss"\n'
                   '[[feeds]]\nurl = "https://b.example/rss"\n')
    code, out, err = await tracker("-c", str(cfg), "feeds", "list", cwd=tmp_path)
    assert code == 0, err
    lines = out.splitlines()
    assert "https://a.example/rss" in lines[0]
    assert lines[1].strip() == ("1 item(s) failed extraction; latest: item 6: over the time "
                                "budget: extraction stopped after 0.05 s of CPU")
    assert "https://b.example/rss" in lines[2] and len(lines) == 3
