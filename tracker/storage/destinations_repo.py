"""Repository of destinations: the chats that receive posts or review requests.

Functions take an open AsyncSession (the caller owns the transaction) and return
``tracker.model.Destination``; ORM rows never leave this module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Destination
from tracker.storage.schema_delivery import DestinationRow


def to_destination(row: DestinationRow) -> Destination:
    """Convert a destination row to the model dataclass."""
    return Destination(id=row.id, platform=row.platform, chat_id=row.chat_id, title=row.title,
                       role=row.role, language=row.language, active=row.active)


async def _row(session: AsyncSession, platform: str, chat_id: str) -> DestinationRow | None:
    return (await session.execute(select(DestinationRow).where(
        DestinationRow.platform == platform, DestinationRow.chat_id == chat_id))).scalar_one_or_none()


async def upsert(session: AsyncSession, platform: str, chat_id: str, *, title: str,
                 language: str, role: str, added_by: str,
                 now: datetime) -> tuple[Destination, bool]:
    """Create or (re)activate a destination; True when it newly receives posts in this role."""
    row = await _row(session, platform, chat_id)
    created = row is None or not row.active or row.role != role
    if row is None:
        row = DestinationRow(platform=platform, chat_id=chat_id, added_at=now, added_by=added_by)
        session.add(row)
    row.title = title or row.title or ""
    row.language = language if language in ("en", "zh") else "en"
    row.role, row.active, row.deactivated_reason = role, True, None
    await session.flush()
    return to_destination(row), created


async def deactivate(session: AsyncSession, platform: str, chat_id: str,
                     reason: str) -> Destination | None:
    """Mark an active destination inactive with a reason; None if it was not active.

    Its unsent outbox rows are the caller's to cancel (deliveries_repo.cancel_pending).
    """
    row = await _row(session, platform, chat_id)
    if row is None or not row.active:
        return None
    row.active, row.deactivated_reason = False, reason[:500]
    await session.flush()
    return to_destination(row)


async def configured(session: AsyncSession) -> list[Destination]:
    """Active destinations that came from the settings (added_by "config")."""
    rows = (await session.execute(select(DestinationRow).where(
        DestinationRow.active.is_(True), DestinationRow.added_by == "config"))).scalars()
    return [to_destination(r) for r in rows]


async def list_all(session: AsyncSession, platform: str | None = None,
                   role: str | None = None, active_only: bool = True) -> list[Destination]:
    """Destinations filtered by platform, role and activity, in id order."""
    q = select(DestinationRow).order_by(DestinationRow.id)
    if platform is not None:
        q = q.where(DestinationRow.platform == platform)
    if role is not None:
        q = q.where(DestinationRow.role == role)
    if active_only:
        q = q.where(DestinationRow.active.is_(True))
    return [to_destination(r) for r in (await session.execute(q)).scalars()]


async def deactivated(session: AsyncSession) -> list[tuple[Destination, str]]:
    """Inactive destinations with their deactivation reason."""
    rows = (await session.execute(select(DestinationRow).where(
        DestinationRow.active.is_(False)))).scalars()
    return [(to_destination(r), r.deactivated_reason or "") for r in rows]
