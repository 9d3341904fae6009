"""The extraction stage: turn new items into stored statements."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from tracker.config import Settings
from tracker.extract.extractor import Extractor
from tracker.model import FeedKind, Item, TranscriptSegment, utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow, TranscriptRow
from tracker.storage.statements_repo import store_extracted

logger = logging.getLogger(__name__)

BATCH = 500


def _segments(raw: Any) -> tuple[TranscriptSegment, ...] | None:
    """Stored transcript segments (list of dicts) as model segments; None when unusable."""
    if not isinstance(raw, list) or not raw:
        return None
    segs = []
    for seg in raw:
        if isinstance(seg, dict) and isinstance(seg.get("text"), str):
            speaker = seg.get("speaker")
            segs.append(TranscriptSegment(float(seg.get("start") or 0), float(seg.get("end") or 0),
                                          seg["text"], str(speaker) if speaker else None))
    return tuple(segs) or None


def _item(row: ItemRow) -> Item:
    return Item(id=row.id, feed_id=row.feed_id, guid=row.guid, url=row.url, title=row.title,
                text=row.text, published_at=row.published_at, content_hash=row.content_hash,
                language=row.language, kind=FeedKind(row.kind),
                guests=tuple(str(g) for g in row.guests or ()), post_eligible=row.post_eligible,
                fetched_at=row.fetched_at)


def _find(extractor: Extractor, row: ItemRow, transcript: TranscriptRow | None) -> list[Any]:
    """Statements of one item: its text, then its transcript when it has one."""
    guests = tuple(str(g) for g in row.guests or ())
    found = extractor.extract(row.text, language=row.language, guests=guests, title=row.title)
    if transcript is not None:
        segments = _segments(transcript.segments)
        found += extractor.extract(transcript.text if segments is None else "",
                                   segments=segments, guests=guests, title=row.title)
    return found


async def extract_new_items(db: Database, settings: Settings, *,
                            extractor: Extractor | None = None,
                            now: datetime | None = None) -> dict[str, int]:
    """Extract statements from every unprocessed item, in batches; mark them processed.

    Returns counts: items processed, new statements, statements grouped into
    existing ones (a new source for a statement already stored).
    """
    extractor = extractor or Extractor(settings.watch_list())
    counts = {"items": 0, "statements_new": 0, "statements_grouped": 0}
    last_id = 0
    while True:
        stamp = now or utcnow()
        async with db.session() as session:
            rows = (await session.execute(
                select(ItemRow, TranscriptRow, FeedRow.name)
                .outerjoin(TranscriptRow, TranscriptRow.item_id == ItemRow.id)
                .join(FeedRow, FeedRow.id == ItemRow.feed_id)
                .where(ItemRow.processed_at.is_(None), ItemRow.id > last_id)
                .order_by(ItemRow.id).limit(BATCH))).all()
            if not rows:
                return counts
            for item_row, transcript, outlet in rows:
                try:
                    found = _find(extractor, item_row, transcript)
                except Exception:  # one hostile item must not stop the stage
                    logger.exception("extraction failed for item %s", item_row.id)
                    continue
                if found:
                    new, grouped = await store_extracted(session, _item(item_row), found, stamp,
                                                         outlet=outlet or "")
                    counts["statements_new"] += len(new)
                    counts["statements_grouped"] += grouped
            ids = [r[0].id for r in rows]
            await session.execute(update(ItemRow).where(ItemRow.id.in_(ids))
                                  .values(processed_at=stamp))
            await session.commit()
            counts["items"] += len(ids)
            last_id = ids[-1]
