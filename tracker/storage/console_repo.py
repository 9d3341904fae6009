"""Read models of the web console: statement timelines, the review queue, a statement's
whole story, and the public pages' queries.

Every listing is paginated by key (``before`` an id, newest first), so a page costs
the same on the first page and the thousandth. Functions take an open AsyncSession
and return dataclasses; ORM rows never leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Decision, Rebuttal, ScoredRebuttal, Statement, StatementStatus
from tracker.storage import rebuttals_repo, statements_repo
from tracker.storage.schema_delivery import (
    DeliveryRow,
    DestinationRow,
    ReviewDecisionRow,
    VoteRow,
)
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """What the statement timeline shows; empty fields do not filter.

    Attributes:
        q: Words the statement's text contains (case-insensitive substring).
        since / until: Creation time bounds (UTC), ``until`` exclusive.
    """

    q: str = ""
    decision: str = ""
    status: str = ""
    watch: str = ""
    language: str = ""
    feed_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One statement of a timeline."""

    id: int
    text: str
    speaker: str
    watch: str
    language: str
    status: str
    decision: str | None
    created_at: datetime
    published_at: datetime | None
    feed_name: str


@dataclass(frozen=True, slots=True)
class DeliveryLine:
    """Where a statement went: one outbox row with its destination."""

    id: int
    platform: str
    chat_id: str
    title: str
    kind: str
    status: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class StatementStory:
    """Everything the console shows about one statement."""

    statement: Statement
    item_text: str
    item_title: str
    feed_name: str
    candidates: tuple[tuple[ScoredRebuttal, str], ...]  # with each candidate's own decision
    deliveries: tuple[DeliveryLine, ...]
    votes: dict[str, tuple[int, int]] = field(default_factory=dict)  # rebuttal -> (up, down)
    decided: tuple[str, str, str | None] | None = None  # action, by whom, rebuttal


def escape_like(text: str) -> str:
    """``text`` as a LIKE pattern's literal part (escape character backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(f: StatementFilter) -> Any:
    q = select(StatementRow)
    for column, value in ((StatementRow.decision, f.decision), (StatementRow.status, f.status),
                          (StatementRow.watch, f.watch), (StatementRow.language, f.language)):
        if value:
            q = q.where(column == value)
    if f.feed_id is not None:  # the feed's items first (an index), then their statements
        q = q.where(StatementRow.item_id.in_(select(ItemRow.id).where(
            ItemRow.feed_id == f.feed_id)))
    if f.since is not None:
        q = q.where(StatementRow.created_at >= f.since)
    if f.until is not None:
        q = q.where(StatementRow.created_at < f.until)
    if f.q.strip():
        # ILIKE on PostgreSQL (served by the trigram index), lower() LIKE on SQLite
        q = q.where(StatementRow.text.ilike(f"%{escape_like(f.q.strip())}%", escape="\\"))
    return q


async def _feed_names(session: AsyncSession, item_ids: Sequence[int]) -> dict[int, str]:
    """The feed name of each item, by item id."""
    if not item_ids:
        return {}
    rows = await session.execute(
        select(ItemRow.id, func.coalesce(FeedRow.name, FeedRow.url))
        .join(FeedRow, FeedRow.id == ItemRow.feed_id).where(ItemRow.id.in_(list(item_ids))))
    return {int(i): str(n or "") for i, n in rows}


async def timeline(session: AsyncSession, f: StatementFilter, *, before: int | None = None,
                   limit: int = 50) -> list[StatementLine]:
    """Statements matching ``f``, newest first, with ids below ``before``."""
    q = _filtered(f)
    if before is not None:
        q = q.where(StatementRow.id < before)
    if session.get_bind().dialect.name == "postgresql":
        # A page reads a few thousand index entries at most: starting parallel workers
        # costs more than it saves (for this transaction only).
        await session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    rows = list(await session.scalars(q.order_by(StatementRow.id.desc()).limit(limit)))
    names = await _feed_names(session, [r.item_id for r in rows])
    return [StatementLine(id=r.id, text=r.text, speaker=r.speaker, watch=r.watch,
                          language=r.language, status=r.status, decision=r.decision,
                          created_at=r.created_at, published_at=r.published_at,
                          feed_name=names.get(r.item_id, "")) for r in rows]


async def review_count(session: AsyncSession) -> int:
    """How many statements wait for review."""
    return int(await session.scalar(select(func.count()).select_from(StatementRow).where(
        StatementRow.status == StatementStatus.REVIEW.value)) or 0)


async def _candidates(session: AsyncSession,
                      ids: Sequence[int]) -> dict[int, list[tuple[ScoredRebuttal, str]]]:
    found: dict[int, list[tuple[ScoredRebuttal, str]]] = {i: [] for i in ids}
    if ids:
        rows = await session.execute(
            select(StatementMatchRow.statement_id, StatementMatchRow.rebuttal_id,
                   StatementMatchRow.score, StatementMatchRow.decision)
            .where(StatementMatchRow.statement_id.in_(list(ids)))
            .order_by(StatementMatchRow.statement_id, StatementMatchRow.rank,
                      StatementMatchRow.id))
        for sid, rid, score, decision in rows:
            found[int(sid)].append((ScoredRebuttal(str(rid), float(score)), str(decision)))
    return found


async def statements_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[Statement]:
    """The statements with these ids, with their sources, in the order of ``ids``."""
    if not ids:
        return []
    rows = {r.id: r for r in await session.scalars(
        select(StatementRow).where(StatementRow.id.in_(list(ids))))}
    # statements_repo's own mapping (same package), so a statement reads the same everywhere
    sources = await statements_repo.sources_of(session, list(rows))
    return [statements_repo.to_statement(rows[i], sources[i]) for i in ids if i in rows]


async def rebuttals_by_ids(session: AsyncSession, ids: Sequence[str]) -> dict[str, Rebuttal]:
    """The rebuttals with these ids (without their phrasings), by id."""
    if not ids:
        return {}
    rows = await session.scalars(select(RebuttalRow).where(RebuttalRow.id.in_(list(set(ids)))))
    return {r.id: rebuttals_repo.to_model(r) for r in rows}


async def review_queue(session: AsyncSession, *, before: int | None = None,
                       limit: int = 20) -> list[tuple[Statement, list[tuple[ScoredRebuttal, str]]]]:
    """Statements waiting for review, oldest first (after ``before``), with their candidates."""
    q = select(StatementRow.id).where(StatementRow.status == StatementStatus.REVIEW.value)
    if before is not None:
        q = q.where(StatementRow.id > before)
    ids = [int(i) for i in await session.scalars(q.order_by(StatementRow.id).limit(limit))]
    candidates = await _candidates(session, ids)
    return [(st, candidates[st.id]) for st in await statements_by_ids(session, ids)]


async def feed_choices(session: AsyncSession) -> list[tuple[int, str]]:
    """(id, name) of every feed, for the timeline's feed menu."""
    rows = await session.execute(select(FeedRow.id, func.coalesce(FeedRow.name, FeedRow.url))
                                 .order_by(FeedRow.id).limit(2000))
    return [(int(i), str(n)) for i, n in rows]


async def _deliveries(session: AsyncSession, statement_id: int) -> tuple[DeliveryLine, ...]:
    rows = await session.execute(
        select(DeliveryRow, DestinationRow)
        .join(DestinationRow, DestinationRow.id == DeliveryRow.destination_id)
        .where(DeliveryRow.statement_id == statement_id).order_by(DeliveryRow.id))
    return tuple(DeliveryLine(id=d.id, platform=t.platform, chat_id=t.chat_id, title=t.title,
                              kind=d.kind, status=d.status, attempts=d.attempts,
                              last_error=d.last_error, sent_at=d.sent_at) for d, t in rows)


async def votes_of(session: AsyncSession, statement_id: int) -> dict[str, tuple[int, int]]:
    """Readers' votes on a statement's counterpoints: rebuttal id -> (up, down)."""
    rows = await session.execute(
        select(VoteRow.rebuttal_id, VoteRow.value, func.count())
        .where(VoteRow.statement_id == statement_id)
        .group_by(VoteRow.rebuttal_id, VoteRow.value))
    votes: dict[str, list[int]] = {}
    for rid, value, n in rows:
        votes.setdefault(str(rid), [0, 0])[0 if int(value) > 0 else 1] += int(n)
    return {k: (v[0], v[1]) for k, v in votes.items()}


async def story(session: AsyncSession, statement_id: int) -> StatementStory | None:
    """A statement with its item, candidates, deliveries, votes and review decision."""
    statement = await statements_repo.get_statement(session, statement_id)
    if statement is None:
        return None
    item = (await session.execute(
        select(ItemRow.text, ItemRow.title, func.coalesce(FeedRow.name, FeedRow.url))
        .join(FeedRow, FeedRow.id == ItemRow.feed_id)
        .where(ItemRow.id == statement.item_id))).first()
    decided = (await session.execute(
        select(ReviewDecisionRow.action, ReviewDecisionRow.decided_by,
               ReviewDecisionRow.rebuttal_id)
        .where(ReviewDecisionRow.statement_id == statement_id)
        .order_by(ReviewDecisionRow.id.desc()).limit(1))).first()
    return StatementStory(
        statement=statement, item_text=str(item[0]) if item else "",
        item_title=str(item[1]) if item else "", feed_name=str(item[2]) if item else "",
        candidates=tuple((await _candidates(session, [statement_id]))[statement_id]),
        deliveries=await _deliveries(session, statement_id),
        votes=await votes_of(session, statement_id),
        decided=(str(decided[0]), str(decided[1]), decided[2]) if decided else None)


async def posted_statement(session: AsyncSession, statement_id: int) -> Statement | None:
    """A statement only when it was posted (what the public pages may show)."""
    statement = await statements_repo.get_statement(session, statement_id)
    if statement is None or statement.status != StatementStatus.POSTED:
        return None
    return statement


async def matched_ids(session: AsyncSession, statement_ids: Sequence[int]
                      ) -> dict[int, list[str]]:
    """Ids of the rebuttals each statement is posted with (decision match), best first."""
    found: dict[int, list[str]] = {i: [] for i in statement_ids}
    if statement_ids:
        rows = await session.execute(
            select(StatementMatchRow.statement_id, StatementMatchRow.rebuttal_id)
            .where(StatementMatchRow.statement_id.in_(list(statement_ids)),
                   StatementMatchRow.decision == Decision.MATCH.value)
            .order_by(StatementMatchRow.statement_id, StatementMatchRow.rank,
                      StatementMatchRow.id))
        for sid, rid in rows:
            found[int(sid)].append(str(rid))
    return found
