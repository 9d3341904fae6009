"""Repository of the matching area: stored embeddings, match results, curation negatives.

Returns model dataclasses and numpy arrays; ORM rows never leave this module.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import (
    Decision,
    MatchResult,
    Rebuttal,
    RebuttalStatus,
    ScoredRebuttal,
    StatementStatus,
    utcnow,
)
from tracker.storage import claims, rebuttals_repo
from tracker.storage.base import dialect_insert
from tracker.storage.db import Database
from tracker.storage.schema_matching import CurationRow, EmbeddingRow, StatementMatchRow
from tracker.storage.schema_rebuttals import PhrasingRow, RebuttalRow
from tracker.storage.schema_statements import StatementRow

logger = logging.getLogger(__name__)

STORED_MATCHES = 5


async def load_embeddings(
    db: Database, model: str, hashes: Iterable[str] | None = None
) -> dict[str, np.ndarray]:
    """Stored vectors of one embedding model, keyed by text hash.

    With ``hashes``, only those (looked up in chunks), so vectors of texts that
    were since edited away are not loaded; without, every vector of the model.
    """
    async with db.session() as session:
        base = select(EmbeddingRow.text_hash, EmbeddingRow.vector).where(
            EmbeddingRow.model == model
        )
        if hashes is None:
            return {h: np.frombuffer(v, dtype="<f4").copy() for h, v in await session.execute(base)}
        wanted = sorted(set(hashes))
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = await session.execute(base.where(EmbeddingRow.text_hash.in_(chunk)))
            out.update((h, np.frombuffer(v, dtype="<f4").copy()) for h, v in rows)
        return out


async def store_embeddings(db: Database, model: str, vectors: Mapping[str, np.ndarray]) -> int:
    """Store vectors not stored yet; returns how many were added.

    Another process may store the same text at the same time: the unique key
    (model, text_hash) makes that a no-op rather than a duplicate.
    """
    if not vectors:
        return 0
    async with db.session() as session:
        existing = set(
            (
                await session.scalars(
                    select(EmbeddingRow.text_hash).where(
                        EmbeddingRow.model == model, EmbeddingRow.text_hash.in_(list(vectors))
                    )
                )
            ).all()
        )
        new = {h: v for h, v in vectors.items() if h not in existing}
        session.add_all(
            EmbeddingRow(model=model, text_hash=h, vector=np.asarray(v, dtype="<f4").tobytes())
            for h, v in new.items()
        )
        try:
            await session.commit()
        except IntegrityError:
            await session.rollback()
            logger.info("embeddings stored concurrently by another process; skipped")
            return 0
    return len(new)


async def published_and_negatives(db: Database) -> tuple[list[Rebuttal], list[tuple[str, str]]]:
    """Published rebuttals (with phrasings) and the (statement text, rebuttal id) pairs rejected."""
    async with db.session() as session:
        published = list(await rebuttals_repo.list_all(session, status=RebuttalStatus.PUBLISHED))
        rows = await session.execute(
            select(StatementRow.text, CurationRow.rebuttal_id)
            .join(StatementRow, StatementRow.id == CurationRow.statement_id)
            .where(CurationRow.label == "negative")
        )
        negatives = [(str(t), str(r)) for t, r in rows]
    return published, negatives


async def new_statements(db: Database, limit: int = 500) -> list[tuple[int, str, str]]:
    """(id, text, language) of statements waiting to be matched, oldest first."""
    async with db.session() as session:
        rows = await session.execute(
            select(StatementRow.id, StatementRow.text, StatementRow.language)
            .where(StatementRow.status == StatementStatus.NEW.value)
            .order_by(StatementRow.id)
            .limit(limit)
        )
        return [(int(i), str(t), str(lang)) for i, t, lang in rows]


async def claim_new(db: Database, *, owner: str, seconds: float, after: int = 0,
                    limit: int = 500) -> list[tuple[int, str, str]]:
    """Claim statements waiting to be matched (id above ``after``), oldest first:
    (id, text, language). See tracker.storage.claims."""
    async with db.session() as session, session.begin():
        ids = await claims.claim(
            session, claims.STATEMENTS, StatementRow.status == StatementStatus.NEW.value,
            StatementRow.id > after, owner=owner, now=utcnow(), seconds=seconds,
            order_by=StatementRow.id, limit=limit)
        if not ids:
            return []
        rows = await session.execute(
            select(StatementRow.id, StatementRow.text, StatementRow.language)
            .where(StatementRow.id.in_(ids)).order_by(StatementRow.id))
        return [(int(i), str(t), str(lang)) for i, t, lang in rows]


async def store_match(db: Database, statement_id: int, result: MatchResult, now: datetime) -> bool:
    """Store a statement's top matches and mark it matched; False if it was no longer new.

    The status check and the writes share one transaction, so two workers
    matching the same statement cannot both store rows.
    """
    async with db.session() as session, session.begin():
        moved = await session.execute(
            update(StatementRow)
            .where(
                StatementRow.id == statement_id, StatementRow.status == StatementStatus.NEW.value
            )
            .values(
                status=StatementStatus.MATCHED.value, decision=result.decision.value, matched_at=now
            )
        )
        if getattr(moved, "rowcount", 0) != 1:
            return False
        await session.execute(
            delete(StatementMatchRow).where(StatementMatchRow.statement_id == statement_id)
        )
        session.add_all(
            StatementMatchRow(
                statement_id=statement_id,
                rebuttal_id=m.rebuttal_id,
                rank=rank,
                score=m.score,
                decision=m.decision.value,
                judge=m.judge,
            )
            for rank, m in enumerate(result.matches[:STORED_MATCHES], start=1)
        )
    return True


async def candidates(session: AsyncSession, statement_id: int) -> list[ScoredRebuttal]:
    """The stored match candidates of a statement, best first."""
    rows = await session.execute(
        select(StatementMatchRow.rebuttal_id, StatementMatchRow.score, StatementMatchRow.judge)
        .where(StatementMatchRow.statement_id == statement_id)
        .order_by(StatementMatchRow.rank, StatementMatchRow.id)
    )
    return [ScoredRebuttal(str(r), float(s), judge=None if j is None else float(j))
            for r, s, j in rows]


async def matched_rebuttals(session: AsyncSession, statement_id: int, *,
                            include_retired: bool = False) -> list[Rebuttal]:
    """Rebuttals with decision "match" for a statement, best first; retired ones only
    with ``include_retired`` (an edit of a sent post marks them instead of dropping them)."""
    query = (
        select(RebuttalRow)
        .join(StatementMatchRow, StatementMatchRow.rebuttal_id == RebuttalRow.id)
        .where(
            StatementMatchRow.statement_id == statement_id,
            StatementMatchRow.decision == Decision.MATCH.value,
        )
        .order_by(StatementMatchRow.rank, StatementMatchRow.id)
    )
    if not include_retired:
        query = query.where(RebuttalRow.status != RebuttalStatus.RETIRED.value)
    return [rebuttals_repo.to_model(r) for r in await session.scalars(query)]


async def statements_answered_by(session: AsyncSession, rebuttal_id: str) -> list[int]:
    """Ids of the statements a rebuttal answers (decision "match"): the posts that carry it."""
    rows = await session.scalars(
        select(StatementMatchRow.statement_id).where(
            StatementMatchRow.rebuttal_id == rebuttal_id,
            StatementMatchRow.decision == Decision.MATCH.value,
        ).order_by(StatementMatchRow.statement_id)
    )
    return [int(r) for r in rows]


async def attach_match(session: AsyncSession, statement_id: int, rebuttal_id: str) -> None:
    """Store (or promote) a statement_matches row with decision "match" at rank 0."""
    stmt = dialect_insert(session, StatementMatchRow).values(
        statement_id=statement_id, rebuttal_id=rebuttal_id, rank=0, score=1.0,
        decision=Decision.MATCH.value,
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=["statement_id", "rebuttal_id"],
            set_={"decision": Decision.MATCH.value, "rank": 0},
        )
    )


async def stored_decision(session: AsyncSession, statement_id: int) -> Decision | None:
    """The decision stored for a statement, if it was matched."""
    value = await session.scalar(
        select(StatementRow.decision).where(StatementRow.id == statement_id)
    )
    return Decision(value) if value else None


async def rebuttal_fingerprint(db: Database) -> tuple[Any, ...]:
    """A cheap summary that changes whenever the matcher's inputs change.

    Covers published rebuttals and their versions, phrasings (curation adds
    them) and rejected pairs, so a cached matcher is rebuilt after any of these.
    """
    async with db.session() as session:
        published = tuple(
            (str(i), int(v))
            for i, v in await session.execute(
                select(RebuttalRow.id, RebuttalRow.version)
                .where(RebuttalRow.status == RebuttalStatus.PUBLISHED.value)
                .order_by(RebuttalRow.id)
            )
        )
        phrasings = tuple(
            await session.execute(select(func.count(PhrasingRow.id), func.max(PhrasingRow.id)))
        )
        negatives = tuple(
            await session.execute(select(func.count(CurationRow.id), func.max(CurationRow.id)))
        )
    return published, tuple(phrasings[0]), tuple(negatives[0])
