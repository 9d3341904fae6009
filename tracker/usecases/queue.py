"""Posting policy: which matched statements go where, review actions and votes.

The policy runs in ONE transaction per statement: it decides, creates the
outbox rows (unique per statement and destination, so a second run adds none)
and sets the statement's status together. A statement whose item was held on
first contact, or that is older than ``posting.max_age_hours``, is "held": stored
and matched but not posted, until ``backfill`` posts it on purpose. A statement
answered by the same counterpoint as one of the same speaker posted within
``posting.repeat_window_hours`` is "grouped": its reports become further sources
of that post (the same quote reported in English and Chinese is posted once).
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.config import Settings
from tracker.model import Decision, StatementStatus, utcnow
from tracker.posting.policy import REVIEW_ACTIONS, decide
from tracker.storage import (
    claims,
    deliveries_repo,
    destinations_repo,
    matching_repo,
    rebuttals_repo,
    repeats_repo,
    statements_repo,
    votes_repo,
)
from tracker.storage.db import Database
from tracker.storage.statements_repo import PendingStatement
from tracker.usecases import edits

logger = logging.getLogger(__name__)

REPEAT_LOCK = "tracker:repeat-grouping"

async def _queue(session: AsyncSession, statement_id: int, role: str, now: datetime) -> int:
    """Create post rows (role channel) or review rows (role review) for every active chat."""
    dests = await destinations_repo.list_all(session, role=role)
    kind = "post" if role == "channel" else "review"
    if not dests:
        logger.warning("statement %s: no active %s destination to send it to", statement_id, role)
    return await deliveries_repo.add(session, statement_id, dests, kind, now)


async def _apply(session: AsyncSession, statement_id: int, outcome: str, now: datetime) -> None:
    if outcome in ("post", "post_plain"):
        await _queue(session, statement_id, "channel", now)
        await statements_repo.set_status(session, statement_id, StatementStatus.QUEUED)
    elif outcome == "review":
        await _queue(session, statement_id, "review", now)
        await statements_repo.set_status(session, statement_id, StatementStatus.REVIEW)
    elif outcome == "skip":
        await statements_repo.set_status(session, statement_id, StatementStatus.SKIPPED)
    else:
        await statements_repo.set_status(session, statement_id, StatementStatus.HELD)


async def _group_repeat(session: AsyncSession, statement_id: int, since: datetime,
                        now: datetime) -> bool:
    """Group a statement into an earlier post of the same claim, if there is one."""
    target = await repeats_repo.repeat_of(session, statement_id, since)
    if target is None:
        return False
    added = await repeats_repo.merge_into(session, statement_id, target, now) or 0
    logger.info("statement %s repeats statement %s: grouped (%d new sources)",
                statement_id, target, added)
    await edits.sources_added(session, target, added, now)
    return True


async def _run_policy(db: Database, settings: Settings, statements: list[PendingStatement],
                      expected: str, now: datetime, fresh: bool) -> Counter[str]:
    unmatched = {w.name: w.on_unmatched for w in settings.watch_list()}
    max_age = timedelta(hours=settings.posting.max_age_hours)
    repeat_window = timedelta(hours=settings.posting.repeat_window_hours)
    counts: Counter[str] = Counter()
    for stmt in statements:
        outcome = decide(stmt, unmatched.get(stmt.watch, "review"), now=now, max_age=max_age,
                         fresh=fresh)
        async with db.session() as session:
            status = await statements_repo.locked_status(session, stmt.id)
            if status != expected:
                continue  # another process got there first
            if outcome == "post" and repeat_window:
                # Two workers queueing two reports of one claim would each miss the other.
                await claims.serialise(session, REPEAT_LOCK)
            if outcome == "post" and repeat_window and await _group_repeat(
                    session, stmt.id, now - repeat_window, now):
                outcome = "grouped"
            else:
                await _apply(session, stmt.id, outcome, now)
            await session.commit()
        counts[outcome] += 1
    return counts


async def queue_posts(db: Database, settings: Settings, *,
                      now: datetime | None = None) -> dict[str, int]:
    """Apply the posting policy to every "matched" statement; returns counts per outcome."""
    now = now or utcnow()
    async with db.session() as session:
        pending = await statements_repo.matched_statements(session)
    counts = await _run_policy(db, settings, pending, StatementStatus.MATCHED, now, fresh=False)
    if counts:
        logger.info("posting policy: %s", dict(counts))
    return dict(counts)


async def backfill(db: Database, settings: Settings, *, since: datetime,
                   feed_url: str | None = None, now: datetime | None = None) -> int:
    """Queue held statements published since ``since`` (optionally one feed's) as if fresh."""
    now = now or utcnow()
    async with db.session() as session:
        held = await statements_repo.matched_statements(
            session, status=StatementStatus.HELD, since=since, feed_url=feed_url)
    counts = await _run_policy(db, settings, held, StatementStatus.HELD, now, fresh=True)
    return sum(counts.values())


async def _curate(db: Database, statement_id: int, rebuttal_id: str, positive: bool,
                  actor: str) -> None:
    """Record a curation label: the matcher learns from it (see tracker.rebuttals)."""
    from tracker.usecases import curate

    await curate.record_curation(db, statement_id, rebuttal_id, positive=positive, actor=actor)


async def apply_review(db: Database, statement_id: int, action: str, *, actor: str,
                       rebuttal_id: str | None = None, now: datetime | None = None) -> str:
    """Apply an admin's review choice and record it; returns a one-line reply for the admin.

    Raises:
        ValueError: unknown action, or "attach" without an existing rebuttal id.
    """
    if action not in REVIEW_ACTIONS:
        raise ValueError(f"unknown review action '{action}' (use {', '.join(REVIEW_ACTIONS)})")
    now = now or utcnow()
    async with db.session() as session:
        if await statements_repo.locked_status(session, statement_id) is None:
            return f"No statement {statement_id}."
        decided = await votes_repo.final_decision(session, statement_id)
        if decided is not None:
            return f"Statement {statement_id} was already decided by {decided[1]} ({decided[0]})."
        if action == "attach" and not (
                rebuttal_id and await rebuttals_repo.exists(session, rebuttal_id)):
            raise ValueError(f"no rebuttal '{rebuttal_id}'")
        await votes_repo.add_review_decision(session, statement_id, action, rebuttal_id,
                                             actor, now)
        if action == "new_rebuttal":
            await session.commit()
            return (f"Write the rebuttal with /addrebuttal, then /attach {statement_id} "
                    "<rebuttal id>.")
        reply = await _decide_review(session, statement_id, action, rebuttal_id, now)
        await session.commit()
    await _record_labels(db, statement_id, action, rebuttal_id, actor)
    return reply


async def _decide_review(session: AsyncSession, statement_id: int, action: str,
                         rebuttal_id: str | None, now: datetime) -> str:
    if action == "ignore":
        await statements_repo.set_status(session, statement_id, StatementStatus.SKIPPED)
        return f"Statement {statement_id} ignored."
    if action == "attach" and rebuttal_id:
        await matching_repo.attach_match(session, statement_id, rebuttal_id)
        await statements_repo.set_status(session, statement_id, StatementStatus.QUEUED,
                                         decision=Decision.MATCH)
    await _queue(session, statement_id, "channel", now)
    await statements_repo.set_status(session, statement_id, StatementStatus.QUEUED)
    suffix = f" with rebuttal {rebuttal_id}" if action == "attach" else " without counterpoint"
    return f"Statement {statement_id} queued for posting{suffix}."


async def _record_labels(db: Database, statement_id: int, action: str, rebuttal_id: str | None,
                         actor: str) -> None:
    """Teach the matcher: attach is a positive label, ignore rejects every candidate."""
    if action == "attach" and rebuttal_id:
        await _curate(db, statement_id, rebuttal_id, True, actor)
    elif action == "ignore":
        async with db.session() as session:
            rejected = await matching_repo.candidates(session, statement_id)
        for cand in rejected:
            await _curate(db, statement_id, cand.rebuttal_id, False, actor)


async def record_vote(db: Database, statement_id: int, rebuttal_id: str, platform: str,
                      user_id: str, value: int, *, now: datetime | None = None) -> tuple[int, int]:
    """Store a reader's vote (one per user; a new vote replaces the old); returns (up, down)."""
    if value not in (1, -1):
        raise ValueError("a vote is +1 or -1")
    try:
        async with db.session() as session:
            totals = await votes_repo.upsert_vote(session, statement_id, rebuttal_id,
                                                  platform, str(user_id), value, now or utcnow())
            await session.commit()
    except IntegrityError:
        raise ValueError(f"no statement {statement_id} or rebuttal '{rebuttal_id}'") from None
    return totals


async def vote_stats(db: Database) -> list[tuple[int, str, int, int]]:
    """(statement_id, rebuttal_id, up, down) for every voted pair, most doubted first."""
    async with db.session() as session:
        return await votes_repo.vote_stats(session)
