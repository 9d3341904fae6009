"""Repository of the rebuttal area: rebuttals, phrasings, revisions, curation labels.

Functions take an AsyncSession (the caller owns the transaction) and return model
dataclasses; ORM rows never leave this module.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Counterpoint, Phrasing, Rebuttal, RebuttalStatus, Revision, Source
from tracker.storage.schema_matching import CurationRow
from tracker.storage.schema_rebuttals import PhrasingRow, RebuttalRow, RevisionRow


def _counterpoints_json(r: Rebuttal) -> list[Any]:
    cps: list[Any] = [
        {"text_en": c.text_en, "text_zh": c.text_zh,
         "sources": [{"title": s.title, "url": s.url, "date": s.date} for s in c.sources]}
        for c in r.counterpoints
    ]
    return cps


def _counterpoints(data: list[Any]) -> tuple[Counterpoint, ...]:
    return tuple(
        Counterpoint(
            text_en=str(c.get("text_en", "")), text_zh=str(c.get("text_zh", "")),
            sources=tuple(Source(str(s.get("title", "")), str(s.get("url", "")),
                                 str(s.get("date", ""))) for s in c.get("sources", [])),
        )
        for c in data if isinstance(c, dict)
    )


def to_model(row: RebuttalRow, phrasings: tuple[Phrasing, ...] = ()) -> Rebuttal:
    """The one row -> model mapping of a rebuttal (every repository uses this)."""
    return Rebuttal(
        id=row.id, claim_en=row.claim_en, claim_zh=row.claim_zh,
        counterpoints=_counterpoints(row.counterpoints or []), phrasings=phrasings,
        tags=tuple(str(t) for t in row.tags or []), status=RebuttalStatus(row.status),
        notes=row.notes, created_by=row.created_by, version=row.version,
        rating=row.rating, speaker=row.speaker,
    )


def _phrasing(row: PhrasingRow) -> Phrasing:
    return Phrasing(text=row.text, language=row.language, origin=row.origin,
                    statement_id=row.statement_id)


def _fill(row: RebuttalRow, r: Rebuttal, now: datetime) -> None:
    row.claim_en = r.claim_en
    row.claim_zh = r.claim_zh
    row.counterpoints = _counterpoints_json(r)
    row.rating = r.rating
    row.speaker = r.speaker
    row.tags = list(r.tags)
    row.status = r.status.value
    row.notes = r.notes
    row.version = r.version
    row.updated_at = now


async def phrasings(session: AsyncSession, rebuttal_id: str) -> tuple[Phrasing, ...]:
    """The phrasings of one rebuttal, oldest first."""
    rows = await session.scalars(
        select(PhrasingRow).where(PhrasingRow.rebuttal_id == rebuttal_id).order_by(PhrasingRow.id)
    )
    return tuple(_phrasing(p) for p in rows)


async def get(session: AsyncSession, rebuttal_id: str, *,
              for_update: bool = False) -> Rebuttal | None:
    """One rebuttal with its phrasings, or None; ``for_update`` locks it until commit.

    SQLite has no row locks: a no-op UPDATE takes the database write lock first, so
    concurrent writers wait (busy_timeout) instead of failing on a stale snapshot. Call
    it as the transaction's first statement.
    """
    if for_update and session.bind is not None and session.bind.dialect.name == "sqlite":
        await session.execute(update(RebuttalRow).where(RebuttalRow.id == rebuttal_id)
                              .values(version=RebuttalRow.version))
    row = await session.get(RebuttalRow, rebuttal_id, with_for_update=for_update or None,
                            populate_existing=for_update)
    if row is None:
        return None
    return to_model(row, await phrasings(session, rebuttal_id))


async def exists(session: AsyncSession, rebuttal_id: str) -> bool:
    """True when a rebuttal with this id is stored."""
    return (await session.get(RebuttalRow, rebuttal_id)) is not None


async def list_all(session: AsyncSession, status: RebuttalStatus | None = None) -> list[Rebuttal]:
    """All rebuttals (optionally of one status) with phrasings, ordered by id."""
    query = select(RebuttalRow).order_by(RebuttalRow.id)
    if status is not None:
        query = query.where(RebuttalRow.status == status.value)
    rows = list(await session.scalars(query))
    by_id: dict[str, list[Phrasing]] = {r.id: [] for r in rows}
    prows = await session.scalars(select(PhrasingRow).order_by(PhrasingRow.id))
    for p in prows:
        if p.rebuttal_id in by_id:
            by_id[p.rebuttal_id].append(_phrasing(p))
    return [to_model(r, tuple(by_id[r.id])) for r in rows]


async def count(session: AsyncSession) -> int:
    """How many rebuttals exist, any status."""
    return int(await session.scalar(select(func.count()).select_from(RebuttalRow)) or 0)


async def insert(session: AsyncSession, r: Rebuttal, *, actor: str, now: datetime) -> None:
    """Insert a new rebuttal row (phrasings are added separately)."""
    row = RebuttalRow(id=r.id, created_by=actor, created_at=now)
    _fill(row, r, now)
    session.add(row)
    await session.flush()


async def save(session: AsyncSession, r: Rebuttal, *, now: datetime) -> None:
    """Overwrite an existing rebuttal's fields (including its version)."""
    row = await session.get(RebuttalRow, r.id, with_for_update=True)
    if row is None:
        raise LookupError(r.id)
    _fill(row, r, now)
    await session.flush()


async def add_phrasing(session: AsyncSession, rebuttal_id: str, p: Phrasing, *, actor: str,
                       now: datetime) -> bool:
    """Add a phrasing unless the same text is already there; True when added."""
    exists = await session.scalar(select(PhrasingRow.id).where(
        PhrasingRow.rebuttal_id == rebuttal_id, PhrasingRow.text == p.text))
    if exists is not None:
        return False
    session.add(PhrasingRow(rebuttal_id=rebuttal_id, text=p.text, language=p.language,
                            origin=p.origin, statement_id=p.statement_id, created_by=actor,
                            created_at=now))
    await session.flush()
    return True


async def add_revision(session: AsyncSession, rebuttal_id: str, version: int, action: str,
                       snapshot: dict[str, Any], *, actor: str, now: datetime) -> None:
    """Record one revision (the full state after the change)."""
    session.add(RevisionRow(rebuttal_id=rebuttal_id, version=version, action=action,
                            snapshot=snapshot, changed_by=actor, changed_at=now))
    await session.flush()


async def revisions(session: AsyncSession, rebuttal_id: str) -> list[Revision]:
    """A rebuttal's revisions, oldest first."""
    rows = await session.scalars(select(RevisionRow).where(
        RevisionRow.rebuttal_id == rebuttal_id).order_by(RevisionRow.version))
    return [Revision(version=r.version, action=r.action, changed_by=r.changed_by,
                     changed_at=r.changed_at, snapshot=dict(r.snapshot)) for r in rows]


async def first_published(session: AsyncSession) -> dict[str, datetime]:
    """When each rebuttal was first published: its first revision whose state is published.

    A rebuttal never published is absent. Later edits (or a retirement and a new
    publication) do not move the date.
    """
    rows = await session.execute(
        select(RevisionRow.rebuttal_id, RevisionRow.snapshot, RevisionRow.changed_at)
        .order_by(RevisionRow.rebuttal_id, RevisionRow.version))
    found: dict[str, datetime] = {}
    for rebuttal_id, snapshot, changed_at in rows:
        if rebuttal_id not in found and (snapshot or {}).get("status") == "published":
            found[rebuttal_id] = changed_at
    return found


async def upsert_label(session: AsyncSession, statement_id: int, rebuttal_id: str, *,
                       positive: bool, actor: str, now: datetime) -> None:
    """Store (or overwrite) an admin's verdict on a (statement, rebuttal) pair."""
    row = await session.scalar(select(CurationRow).where(
        CurationRow.statement_id == statement_id, CurationRow.rebuttal_id == rebuttal_id))
    label = "positive" if positive else "negative"
    if row is None:
        session.add(CurationRow(statement_id=statement_id, rebuttal_id=rebuttal_id, label=label,
                                decided_by=actor, decided_at=now))
    else:
        row.label, row.decided_by, row.decided_at = label, actor, now
    await session.flush()


async def labels(session: AsyncSession) -> list[tuple[int, str, bool]]:
    """Every curation label as (statement_id, rebuttal_id, positive)."""
    rows = await session.execute(select(CurationRow.statement_id, CurationRow.rebuttal_id,
                                        CurationRow.label).order_by(CurationRow.id))
    return [(int(s), str(r), lab == "positive") for s, r, lab in rows]
