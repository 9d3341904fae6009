"""Items' extraction state: processed, or failed with the error of its last attempt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.storage.schema_feeds import ItemRow


async def mark_extracted(session: AsyncSession, item_ids: Sequence[int], now: datetime) -> None:
    """Mark items processed by extraction, clearing the error of one that failed before."""
    if item_ids:
        await session.execute(update(ItemRow).where(ItemRow.id.in_(list(item_ids)))
                              .values(processed_at=now, extract_error=None))


async def record_extract_error(session: AsyncSession, item_id: int, error: str, now: datetime,
                               *, give_up: bool) -> None:
    """Store an item's extraction error and count the attempt.

    With ``give_up`` the item is left failed (processed, with its error); otherwise
    the next extraction tries it again.
    """
    await session.execute(update(ItemRow).where(ItemRow.id == item_id).values(
        extract_error=error[:2000], extract_attempts=ItemRow.extract_attempts + 1,
        processed_at=now if give_up else None))


async def failed_extractions(session: AsyncSession) -> dict[int, tuple[int, int, str]]:
    """Per feed id: (items whose extraction failed for good, the latest one's id, its error)."""
    given_up = (ItemRow.extract_error.is_not(None), ItemRow.processed_at.is_not(None))
    per_feed = (await session.execute(
        select(ItemRow.feed_id, func.count(), func.max(ItemRow.id))
        .where(*given_up).group_by(ItemRow.feed_id))).all()
    latest = dict((await session.execute(
        select(ItemRow.id, ItemRow.extract_error)
        .where(ItemRow.id.in_([last for _, _, last in per_feed])))).tuples().all())
    return {feed: (n, last, latest.get(last) or "") for feed, n, last in per_feed}
