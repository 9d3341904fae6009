"""Repeats of a statement: the same claim reported again (by another outlet, in the other
language, or posted before), and grouping a repeat into the statement it repeats.

Functions take an open AsyncSession (the caller owns the transaction) like
:mod:`tracker.storage.statements_repo`, whose row mapping they share.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Decision, Statement, StatementStatus
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow
from tracker.storage.statements_repo import RECENT_LIMIT, sources_of, to_statement


async def _top_match(session: AsyncSession, statement_id: int) -> str | None:
    """The best rebuttal a statement is posted with (decision "match"), if any."""
    return await session.scalar(
        select(StatementMatchRow.rebuttal_id)
        .where(StatementMatchRow.statement_id == statement_id,
               StatementMatchRow.decision == Decision.MATCH.value)
        .order_by(StatementMatchRow.rank, StatementMatchRow.id).limit(1))


async def _same_speaker(session: AsyncSession, statement_id: int, since: datetime,
                        *conditions: Any) -> list[tuple[int, str, str]]:
    """(id, text, language) of other statements of the same watch and speaker
    created since ``since`` that meet ``conditions``, newest first."""
    row = await session.get(StatementRow, statement_id)
    if row is None:
        return []
    found = await session.execute(
        select(StatementRow.id, StatementRow.text, StatementRow.language).where(
            StatementRow.id != statement_id, StatementRow.watch == row.watch,
            StatementRow.speaker == row.speaker, StatementRow.created_at >= since, *conditions)
        .order_by(StatementRow.id.desc()).limit(RECENT_LIMIT))
    return [(int(i), str(t), str(lang)) for i, t, lang in found]


async def recent_statements(session: AsyncSession, statement_id: int,
                            since: datetime) -> list[tuple[int, str, str]]:
    """Earlier statements of the same watch and speaker since ``since`` that are not
    themselves grouped into another: (id, text, language), newest first."""
    return await _same_speaker(session, statement_id, since, StatementRow.id < statement_id,
                               StatementRow.status != StatementStatus.GROUPED.value)


async def repeat_of(session: AsyncSession, statement_id: int, since: datetime) -> int | None:
    """An earlier post of the same claim: same watch and speaker, queued or posted
    since ``since``, with the same top counterpoint. Two statements answered by the
    same rebuttal make the same claim, whatever language each was reported in.
    """
    top = await _top_match(session, statement_id)
    if top is None:
        return None
    posted = await _same_speaker(
        session, statement_id, since, StatementRow.decision == Decision.MATCH.value,
        StatementRow.status.in_((StatementStatus.QUEUED.value, StatementStatus.POSTED.value)))
    for other, _, _ in reversed(posted):  # the first post of the claim
        if await _top_match(session, other) == top:
            return other
    return None


async def merge_into(session: AsyncSession, statement_id: int, target_id: int, now: datetime,
                     *, only_if: StatementStatus | None = None) -> int | None:
    """Make a statement's reports sources of ``target_id`` and mark it grouped.

    Returns the number of sources added (a report the target already has is
    skipped), or None when ``only_if`` is given and the statement was no longer in
    that status (another worker got to it first).
    """
    moved = await session.execute(
        update(StatementRow)
        .where(StatementRow.id == statement_id,
               *(() if only_if is None else (StatementRow.status == only_if.value,)))
        .values(status=StatementStatus.GROUPED.value))
    if only_if is not None and getattr(moved, "rowcount", 0) != 1:
        return None
    have = set(await session.scalars(select(StatementSourceRow.item_id).where(
        StatementSourceRow.statement_id == target_id)))
    added = 0
    for src in await session.scalars(select(StatementSourceRow).where(
            StatementSourceRow.statement_id == statement_id)):
        if src.item_id in have:
            continue
        have.add(src.item_id)
        session.add(StatementSourceRow(
            statement_id=target_id, item_id=src.item_id, url=src.url, title=src.title,
            outlet=src.outlet, published_at=src.published_at, span_start=src.span_start,
            span_end=src.span_end, added_at=now))
        added += 1
    await session.flush()
    return added


async def grouped_reports(session: AsyncSession) -> list[tuple[Statement, tuple[int, ...]]]:
    """Every grouped statement with the statements that now carry its report, oldest first.

    ``merge_into`` gave its sources to the statement it repeats; a report that one
    already had (the same article) stays only with the grouped statement.
    """
    rows = list(await session.scalars(select(StatementRow).where(
        StatementRow.status == StatementStatus.GROUPED.value).order_by(StatementRow.id)))
    sources = await sources_of(session, [r.id for r in rows])
    out = []
    for row in rows:
        carriers = await session.scalars(select(StatementSourceRow.statement_id).where(
            StatementSourceRow.item_id == row.item_id, StatementSourceRow.statement_id != row.id)
            .order_by(StatementSourceRow.statement_id))
        out.append((to_statement(row, sources[row.id]), tuple(dict.fromkeys(carriers))))
    return out
