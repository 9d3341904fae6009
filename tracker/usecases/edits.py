"""Posts that stay true: queue an edit of every sent post whose content changed.

A post shows its statement's sources ("+N more sources") and the counterpoints of
the rebuttals that answer it. When either changes after the post went out (the same
quote reported by another outlet, a counterpoint corrected, a rebuttal retired), each
message already sent gets an outbox row of kind "edit", created in the transaction
that made the change. The delivery worker sends it like a post (leased, retried,
recorded; see ``tracker.runtime.delivery``) and renders the post as it is at that
moment, so one pending edit per message covers any number of changes.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Rebuttal, RebuttalStatus
from tracker.storage import deliveries_repo, matching_repo

logger = logging.getLogger(__name__)


async def sources_added(session: AsyncSession, statement_id: int, count: int, now: datetime,
                        *, detail: str = "") -> int:
    """A statement gained ``count`` sources: edit its sent posts. Returns edits queued."""
    if count <= 0:
        return 0
    reason = f"+{count} source{'s' if count > 1 else ''}" + (f" ({detail})" if detail else "")
    return await _queue(session, [statement_id], reason, now)


def _shown(rebuttal: Rebuttal) -> tuple[object, ...]:
    """What of a rebuttal a post shows: its claims, its counterpoints, whether it is retired."""
    return (rebuttal.claim_en, rebuttal.claim_zh, rebuttal.counterpoints,
            rebuttal.status == RebuttalStatus.RETIRED)


async def rebuttal_changed(session: AsyncSession, before: Rebuttal, after: Rebuttal,
                           now: datetime) -> int:
    """A rebuttal changed: edit the sent posts that carry it, if what they show changed.

    Notes, tags and phrasings are not shown in posts: changing them edits nothing.
    """
    if _shown(before) == _shown(after):
        return 0
    if after.status == RebuttalStatus.RETIRED and before.status != RebuttalStatus.RETIRED:
        reason = f"rebuttal {after.id} retired"
    else:
        reason = f"rebuttal {after.id} edited (version {after.version})"
    statements = await matching_repo.statements_answered_by(session, after.id)
    return await _queue(session, statements, reason, now)


async def _queue(session: AsyncSession, statement_ids: list[int], reason: str,
                 now: datetime) -> int:
    queued = await deliveries_repo.add_edits(session, statement_ids, reason, now)
    if queued:
        logger.info("queued %d edit(s) of sent posts: %s", queued, reason)
    return queued
