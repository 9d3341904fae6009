"""Repository of readers' votes on counterpoints and admins' review decisions.

Functions take an open AsyncSession (the caller owns the transaction) and return
plain tuples; ORM rows never leave this module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.storage.base import dialect_insert
from tracker.storage.schema_delivery import ReviewDecisionRow, VoteRow


async def final_decision(session: AsyncSession, statement_id: int) -> tuple[str, str] | None:
    """(action, decided_by) of the statement's final review decision, if any."""
    row = (await session.execute(select(ReviewDecisionRow.action, ReviewDecisionRow.decided_by)
                                 .where(ReviewDecisionRow.statement_id == statement_id,
                                        ReviewDecisionRow.action != "new_rebuttal")
                                 .order_by(ReviewDecisionRow.id).limit(1))).first()
    return (row[0], row[1]) if row else None


async def add_review_decision(session: AsyncSession, statement_id: int, action: str,
                              rebuttal_id: str | None, actor: str, now: datetime) -> None:
    """Record an admin's review decision."""
    session.add(ReviewDecisionRow(statement_id=statement_id, action=action,
                                  rebuttal_id=rebuttal_id, decided_by=actor, decided_at=now))


async def upsert_vote(session: AsyncSession, statement_id: int, rebuttal_id: str, platform: str,
                      user_id: str, value: int, now: datetime) -> tuple[int, int]:
    """Store one vote per user (a new vote replaces the old); return (up, down)."""
    stmt = dialect_insert(session, VoteRow).values(
        statement_id=statement_id, rebuttal_id=rebuttal_id, platform=platform, user_id=user_id,
        value=value, voted_at=now)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["statement_id", "rebuttal_id", "platform", "user_id"],
        set_={"value": value, "voted_at": now}))
    rows = (await session.execute(select(VoteRow.value, func.count()).where(
        VoteRow.statement_id == statement_id, VoteRow.rebuttal_id == rebuttal_id)
        .group_by(VoteRow.value))).all()
    totals: dict[int, int] = {int(v): int(n) for v, n in rows}
    return totals.get(1, 0), totals.get(-1, 0)


async def vote_stats(session: AsyncSession) -> list[tuple[int, str, int, int]]:
    """(statement_id, rebuttal_id, up, down) for every voted pair, most downvoted first."""
    up = func.sum(func.cast(VoteRow.value > 0, type_=VoteRow.value.type))
    down = func.sum(func.cast(VoteRow.value < 0, type_=VoteRow.value.type))
    q = (select(VoteRow.statement_id, VoteRow.rebuttal_id, up, down)
         .group_by(VoteRow.statement_id, VoteRow.rebuttal_id)
         .order_by(down.desc(), VoteRow.statement_id, VoteRow.rebuttal_id))
    return [(s, r, int(u or 0), int(d or 0)) for s, r, u, d in (await session.execute(q)).all()]
