"""What the public pages show: posted statements and published rebuttals, nothing else.

A statement is public once it was posted, with the published rebuttals it was posted
with; a rebuttal is public while it is published. Everything else is NotFound, the
same answer as for an id that does not exist.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import NotFound
from tracker.model import Rebuttal, RebuttalStatus, Statement
from tracker.rebuttals.claimreview import to_claimreview
from tracker.storage import console_repo, rebuttals_repo, statements_repo
from tracker.storage.db import Database


async def _with_rebuttals(session: AsyncSession, statements: list[Statement]
                          ) -> list[tuple[Statement, list[Rebuttal]]]:
    """Each statement with the published rebuttals it was posted with (three queries)."""
    matched = await console_repo.matched_ids(session, [s.id for s in statements])
    rebuttals = await console_repo.rebuttals_by_ids(
        session, [rid for ids in matched.values() for rid in ids])
    return [(s, [rebuttals[rid] for rid in matched[s.id] if rid in rebuttals
                 and rebuttals[rid].status == RebuttalStatus.PUBLISHED]) for s in statements]


async def posted_statement(db: Database, statement_id: int) -> tuple[Statement, list[Rebuttal]]:
    """A posted statement with the published rebuttals it was posted with; raises NotFound."""
    async with db.session() as session:
        statement = await console_repo.posted_statement(session, statement_id)
        if statement is None:
            raise NotFound(f"No statement {statement_id}.")
        return (await _with_rebuttals(session, [statement]))[0]


async def published_rebuttal(db: Database, rebuttal_id: str) -> Rebuttal:
    """A published rebuttal; raises NotFound for a draft, a retired or an unknown one."""
    async with db.session() as session:
        rebuttal = await rebuttals_repo.get(session, rebuttal_id[:80])
    if rebuttal is None or rebuttal.status != RebuttalStatus.PUBLISHED:
        raise NotFound(f"No rebuttal '{rebuttal_id[:80]}'.")
    return rebuttal


async def claim_reviews(db: Database, rebuttal: Rebuttal, *, url_base: str,
                        organization: str) -> list[dict[str, Any]]:
    """The ClaimReview JSON-LD of a published rebuttal (one per language), dated by its
    first publication in its revision history; its page is ``url_base``/<id>."""
    async with db.session() as session:
        revisions = await rebuttals_repo.revisions(session, rebuttal.id)
    first = next((r.changed_at for r in revisions if r.snapshot.get("status") == "published"),
                 None)
    return to_claimreview([rebuttal], organization=organization, url_base=url_base,
                          published={rebuttal.id: first} if first is not None else {})


async def latest_posted(db: Database, n: int = 50) -> list[tuple[Statement, list[Rebuttal]]]:
    """The last ``n`` posted statements, newest first, each with its published rebuttals."""
    async with db.session() as session:
        return await _with_rebuttals(session, await statements_repo.latest_posted(session, n))
