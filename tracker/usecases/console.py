"""Use cases of the web console's editor pages: timelines, a statement's story, the review
queue, rebuttal listings, feed health, destinations, failed deliveries and statistics.

Changes go through the use cases every interface shares (review decisions through
``tracker.chat.actions`` in the adapter, rebuttal edits through ``curate``), so a
decision or an edit is recorded once, whichever interface made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.errors import NotFound, UsageError
from tracker.model import (
    Destination,
    Rebuttal,
    RebuttalStatus,
    ScoredRebuttal,
    Statement,
    utcnow,
)
from tracker.storage import console_repo, console_stats_repo, deliveries_repo, destinations_repo
from tracker.storage.console_repo import StatementFilter, StatementLine, StatementStory
from tracker.storage.console_stats_repo import FeedHealth, RebuttalFilter, RebuttalLine
from tracker.storage.db import Database
from tracker.storage.deliveries_repo import RETRYABLE, Delivery

__all__ = ["FeedHealth", "RebuttalFilter", "RebuttalLine", "StatementFilter", "StatementLine",
           "StatementStory", "Stats"]


async def timeline(db: Database, f: StatementFilter, *, before: int | None = None,
                   limit: int = 50) -> list[StatementLine]:
    """Statements matching the filter, newest first, ``limit`` below id ``before``."""
    async with db.session() as session:
        return await console_repo.timeline(session, f, before=before, limit=limit)


async def feed_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every feed, for the timeline's feed menu."""
    async with db.session() as session:
        return await console_repo.feed_choices(session)


async def statement_story(db: Database, statement_id: int) -> StatementStory:
    """One statement with its item, candidates, deliveries and votes; raises NotFound."""
    async with db.session() as session:
        found = await console_repo.story(session, statement_id)
    if found is None:
        raise NotFound(f"No statement {statement_id}.")
    return found


async def review_queue(db: Database, *, before: int | None = None, limit: int = 20
                       ) -> tuple[int, list[tuple[Statement, list[tuple[ScoredRebuttal, str]]]]]:
    """(how many wait, the next ``limit`` after id ``before`` with their candidates)."""
    async with db.session() as session:
        waiting = await console_repo.review_count(session)
        items = await console_repo.review_queue(session, before=before, limit=limit)
    return waiting, [(s, list(c)) for s, c in items]


async def rebuttals_by_ids(db: Database, ids: list[str]) -> dict[str, Rebuttal]:
    """The rebuttals with these ids (claims and counterpoints, not phrasings), by id."""
    async with db.session() as session:
        return await console_repo.rebuttals_by_ids(session, ids)


async def rebuttals(db: Database, f: RebuttalFilter, *, offset: int = 0,
                    limit: int = 50) -> list[RebuttalLine]:
    """Rebuttals matching the filter, with their use and readers' votes."""
    if f.sort not in console_stats_repo.REBUTTAL_SORTS:
        raise UsageError(f"unknown sort '{f.sort[:20]}'")
    if f.status and f.status not in {s.value for s in RebuttalStatus}:
        raise UsageError(f"unknown status '{f.status[:20]}'")
    async with db.session() as session:
        return await console_stats_repo.rebuttal_page(session, f, offset=offset, limit=limit)


async def tags(db: Database) -> list[str]:
    """The tags rebuttals have."""
    async with db.session() as session:
        return await console_stats_repo.all_tags(session)


async def feed_health(db: Database, *, now: datetime | None = None) -> list[FeedHealth]:
    """Every feed's health: polling state, last new item, items per day this week."""
    async with db.session() as session:
        return await console_stats_repo.feed_health(session, now or utcnow())


async def destinations(db: Database) -> list[tuple[Destination, str]]:
    """Every destination (active or not) with why it is inactive ("" when active)."""
    async with db.session() as session:
        every = await destinations_repo.list_all(session, active_only=False)
        reasons = {d.id: why for d, why in await destinations_repo.deactivated(session)}
    return [(d, reasons.get(d.id, "")) for d in every]


async def failed_deliveries(db: Database, limit: int = 200) -> list[Delivery]:
    """Deliveries that failed (newest last), for the retry buttons."""
    async with db.session() as session:
        return await deliveries_repo.list_all(session, status="failed", limit=limit)


async def retry_delivery(db: Database, delivery_id: int, *, actor: str) -> None:
    """Make a failed or cancelled delivery due again; raises NotFound or UsageError."""
    async with db.transaction() as session:
        before = await deliveries_repo.retry(session, delivery_id, utcnow())
    if before is None:
        raise NotFound(f"No delivery {delivery_id}.")
    if before not in RETRYABLE:
        raise UsageError(f"Delivery {delivery_id} is {before}: only failed or cancelled "
                         "deliveries can be retried.")


@dataclass(frozen=True, slots=True)
class Stats:
    """The numbers behind the statistics page's charts."""

    weeks: list[tuple[str, str, int]]  # (week starting, decision, statements)
    answers: dict[str, int]  # automatic / reviewed / unanswered / held
    votes: list[tuple[str, int, int]]  # (rebuttal id, up, down)
    feed_errors: list[tuple[str, int, int]]  # (day, failed polls, polls)


async def stats(db: Database, *, weeks: int = 12, now: datetime | None = None) -> Stats:
    """Statements per week by decision, how they were answered, votes, feed errors per day."""
    now = now or utcnow()
    since = now - timedelta(weeks=weeks)
    async with db.session() as session:
        return Stats(
            weeks=await console_stats_repo.statements_per_week(session, since),
            answers=await console_stats_repo.answer_kinds(session, since),
            votes=await console_stats_repo.votes_per_rebuttal(session),
            feed_errors=await console_stats_repo.feed_errors_per_day(
                session, now - timedelta(days=30)))
