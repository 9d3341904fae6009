"""Items' extraction state: processed, or failed with the error of its last attempt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
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
