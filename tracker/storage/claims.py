"""Leases: how a worker process claims a unit of work (a feed, an item, a statement, an
outbox row) so no other worker does it, and how a dead worker's claims come free.

A claimed row carries its owner and the time its lease ends. A worker takes rows whose
lease is empty or expired (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite has one
writer, and the conditional UPDATE keeps a row claimed meanwhile from being taken
twice), renews every lease it holds while it works (:class:`Heartbeat`), and clears
them when the work is written. A worker killed with ``kill -9`` stops renewing: its
leases expire after one lease length and the next worker takes the rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Column, Table, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import utcnow
from tracker.storage.db import Database
from tracker.storage.schema_delivery import DeliveryRow
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_statements import StatementRow

logger = logging.getLogger(__name__)

# Expired leases this process took over, per table: the sign of a worker that died (or
# stalled past its lease). Per process, as a Prometheus counter is (/metrics).
TAKEOVERS: Counter[str] = Counter()


@dataclass(frozen=True)
class Leased:
    """A table whose rows are claimed with a lease, and the two columns that hold it."""

    table: Table
    owner: str
    until: str

    def col(self, name: str) -> Column[Any]:
        column: Column[Any] = self.table.c[name]
        return column


FEEDS = Leased(cast(Table, FeedRow.__table__), "lease_owner", "lease_until")
ITEMS = Leased(cast(Table, ItemRow.__table__), "lease_owner", "lease_until")
STATEMENTS = Leased(cast(Table, StatementRow.__table__), "lease_owner", "lease_until")
DELIVERIES = Leased(cast(Table, DeliveryRow.__table__), "claimed_by", "claimed_until")


def process_owner() -> str:
    """This process's name in the leases it holds: host-pid (unique on a machine)."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}"[:64]


def free(leased: Leased, now: datetime) -> Any:
    """The condition of a row nobody holds: no lease, or one that expired."""
    until = leased.col(leased.until)
    return or_(until.is_(None), until < now)


async def claim(session: AsyncSession, leased: Leased, *conditions: Any, owner: str,
                now: datetime, seconds: float, order_by: Any, limit: int) -> list[int]:
    """Claim up to ``limit`` free rows meeting ``conditions``; returns their ids, in order
    (``order_by``: a column or expression, or a tuple of them).

    The caller commits: the claim must be committed before the work starts, so other
    workers see it.
    """
    ids_q = (select(leased.col("id"), leased.col(leased.until))
             .where(*conditions, free(leased, now))
             .order_by(*(order_by if isinstance(order_by, tuple) else (order_by,))).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        ids_q = ids_q.with_for_update(skip_locked=True)
    found = (await session.execute(ids_q)).all()
    if not found:
        return []
    ids = [row[0] for row in found]
    expired = {row[0] for row in found if row[1] is not None}
    # The WHERE repeats the free test: on SQLite a row claimed meanwhile is not taken twice.
    taken = await session.execute(
        update(leased.table).where(leased.col("id").in_(ids), free(leased, now))
        .values({leased.owner: owner, leased.until: now + timedelta(seconds=seconds)})
        .returning(leased.col("id")))
    got = set(taken.scalars())
    count_takeovers(leased.table.name, len(expired & got))
    return [i for i in ids if i in got]


def count_takeovers(table: str, count: int) -> None:
    """Record ``count`` expired leases of ``table`` taken over by this process."""
    if count:
        TAKEOVERS[table] += count
        logger.info("took over %d expired %s lease(s)", count, table)


async def renew(db: Database, leased: Leased, owner: str, seconds: float) -> int:
    """Extend every lease ``owner`` holds in this table; returns how many."""
    async with db.transaction() as session:
        result = await session.execute(
            update(leased.table).where(leased.col(leased.owner) == owner)
            .values({leased.until: utcnow() + timedelta(seconds=seconds)}))
        return int(getattr(result, "rowcount", 0) or 0)


async def release(db: Database, leased: Leased, owner: str,
                  ids: Sequence[int] | None = None) -> None:
    """Drop ``owner``'s leases (only on ``ids`` when given): the work is done or abandoned."""
    conds = [leased.col(leased.owner) == owner]
    if ids is not None:
        if not ids:
            return
        conds.append(leased.col("id").in_(list(ids)))
    async with db.transaction() as session:
        await session.execute(update(leased.table).where(*conds)
                              .values({leased.owner: None, leased.until: None}))


async def held_elsewhere(session: AsyncSession, leased: Leased, owner: str, now: datetime,
                         *conditions: Any) -> int:
    """How many rows meeting ``conditions`` another worker holds a live lease on."""
    until = leased.col(leased.until)
    return int(await session.scalar(
        select(func.count()).select_from(leased.table).where(
            *conditions, until >= now, leased.col(leased.owner) != owner)) or 0)


async def serialise(session: AsyncSession, name: str) -> None:
    """Hold a transaction-wide lock named ``name`` (PostgreSQL; SQLite has one writer).

    For decisions that read other rows before writing one (is this quote already
    stored? was this claim posted?): two workers deciding at once would both miss
    the other's row.
    """
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:n))"), {"n": name})


class Heartbeat:
    """Renews a worker's leases in some tables every third of the lease while work runs."""

    def __init__(self, db: Database, owner: str, leases: Sequence[tuple[Leased, float]]) -> None:
        self.db, self.owner, self.leases = db, owner, list(leases)
        self.beats = 0  # renewals done (for tests and logs)

    async def _beat(self) -> None:
        interval = min(seconds for _, seconds in self.leases) / 3
        while True:
            await asyncio.sleep(interval)
            for leased, seconds in self.leases:
                try:
                    await renew(self.db, leased, self.owner, seconds)
                except Exception:  # the database may be briefly away: the next beat retries
                    logger.warning("could not renew the leases on %s", leased.table.name,
                                   exc_info=True)
            self.beats += 1

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[Heartbeat]:
        """Beat while the block runs; stop when it ends (however it ends)."""
        task = asyncio.create_task(self._beat(), name="lease-heartbeat")
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
