"""The ClaimReview export: the published rebuttals as schema.org ClaimReview JSON-LD."""

from __future__ import annotations

from typing import Any

from tracker.model import RebuttalStatus
from tracker.rebuttals.claimreview import to_claimreview
from tracker.storage import rebuttals_repo
from tracker.storage.db import Database


async def claimreviews(db: Database, *, organization: str, url_base: str) -> list[dict[str, Any]]:
    """One ClaimReview per published rebuttal and language, dated by its first publication.

    Raises:
        UsageError: ``url_base`` is not an http(s) URL, or ``organization`` is empty.
    """
    async with db.session() as session:
        published = await rebuttals_repo.list_all(session, RebuttalStatus.PUBLISHED)
        dates = await rebuttals_repo.first_published(session)
    return to_claimreview(published, organization=organization, url_base=url_base,
                          published=dates)
