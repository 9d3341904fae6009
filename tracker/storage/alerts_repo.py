"""Repository of failure alerts: the state of each alert key and what admins were told.

Functions take an open AsyncSession (the caller owns the transaction) and return
plain values; ORM rows never leave this module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import FAILING_AFTER
from tracker.storage.base import dialect_insert
from tracker.storage.schema_delivery import AlertRow
from tracker.storage.schema_feeds import FeedRow


async def failing_feeds(session: AsyncSession) -> list[tuple[int, str, str]]:
    """(id, name or url, last error) of the active feeds that are ``Feed.failing``."""
    rows = (await session.execute(select(FeedRow.id, FeedRow.name, FeedRow.url, FeedRow.last_error)
                                  .where(FeedRow.active.is_(True),
                                         FeedRow.error_count >= FAILING_AFTER))).all()
    return [(i, n or u, e or "") for i, n, u, e in rows]


async def alert_rows(session: AsyncSession) -> dict[str, tuple[str, str | None]]:
    """Every alert key with (state, notified_state)."""
    rows = (await session.execute(select(AlertRow.key, AlertRow.state, AlertRow.notified_state)))
    return {k: (s, n) for k, s, n in rows.all()}


async def failing_alerts(session: AsyncSession, prefix: str) -> dict[str, str]:
    """Alert keys starting with ``prefix`` whose recorded state is failing, with details."""
    rows = await session.execute(select(AlertRow.key, AlertRow.detail).where(
        AlertRow.key.startswith(prefix), AlertRow.state == "failing"))
    return {k: d or "" for k, d in rows.all()}


async def set_alert(session: AsyncSession, key: str, state: str, detail: str, now: datetime,
                    notified_state: str | None) -> None:
    """Insert or update an alert's state."""
    stmt = dialect_insert(session, AlertRow).values(
        key=key, state=state, detail=detail, changed_at=now, notified_state=notified_state)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={"state": state, "detail": detail, "changed_at": now,
              "notified_state": notified_state}))
