"""The review queue: statements the matcher was unsure of, waiting for an admin.

The chat review (buttons in the review chat) and ``tracker review`` work the same
queue with the same actions and records: a decision goes through
:func:`tracker.usecases.queue.apply_review`, which records who decided and
teaches the matcher. This module adds what a queue needs besides the decision:
what is waiting, one statement with its candidates, and whether anyone can see it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.errors import NotFound
from tracker.model import ScoredRebuttal, Statement, StatementStatus
from tracker.posting.policy import REVIEW_ACTIONS
from tracker.storage import destinations_repo, matching_repo, statements_repo
from tracker.storage.db import Database
from tracker.usecases import queue

__all__ = ["REVIEW_ACTIONS", "ReviewItem", "decide", "pending", "show", "unseen_reviews"]


@dataclass(frozen=True)
class ReviewItem:
    """A statement and the candidate rebuttals the matcher ranked for it, best first."""

    statement: Statement
    candidates: tuple[ScoredRebuttal, ...]


async def _item(db: Database, statement: Statement) -> ReviewItem:
    async with db.session() as session:
        candidates = await matching_repo.candidates(session, statement.id)
    return ReviewItem(statement, tuple(candidates))


async def pending(db: Database, limit: int = 100) -> list[ReviewItem]:
    """The statements waiting for review, oldest first, with their candidates."""
    async with db.session() as session:
        waiting = await statements_repo.with_status(session, StatementStatus.REVIEW, limit)
    return [await _item(db, s) for s in waiting]


async def show(db: Database, statement_id: int) -> ReviewItem:
    """One statement (in review or not) with its candidates; raises NotFound."""
    async with db.session() as session:
        statement = await statements_repo.get_statement(session, statement_id)
    if statement is None:
        raise NotFound(f"no statement {statement_id}")
    return await _item(db, statement)


async def decide(db: Database, statement_id: int, action: str, *, actor: str,
                 rebuttal_id: str | None = None) -> str:
    """Apply a review decision exactly as a review button does; returns the one-line outcome.

    Raises:
        ValueError: an unknown action, or attach without an existing rebuttal.
    """
    if action == "attach" and not rebuttal_id:
        raise ValueError("attach needs the rebuttal id: decide ID attach REBUTTAL_ID")
    if action != "attach" and rebuttal_id:
        raise ValueError(f"only attach takes a rebuttal id, not {action}")
    return await queue.apply_review(db, statement_id, action, actor=actor,
                                    rebuttal_id=rebuttal_id)


async def unseen_reviews(db: Database) -> int | None:
    """None when a review destination exists; else how many statements wait unseen."""
    async with db.session() as session:
        if await destinations_repo.list_all(session, role="review"):
            return None
        return len(await statements_repo.with_status(session, StatementStatus.REVIEW, 10_000))
