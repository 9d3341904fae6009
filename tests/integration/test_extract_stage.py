"""The extraction stage against a migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from tracker.config import Settings
from tracker.model import Decision, StatementStatus
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow, TranscriptRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow
from tracker.storage.statements_repo import get_statement, latest_posted, set_status
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
