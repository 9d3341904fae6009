"""The operations server's answers: is this process healthy, and the figures to scrape.

Health is this process's view (its database, its scheduler, its last clean cycle);
the counts come from the database (:mod:`tracker.storage.ops_repo`), so every process
of a deployment reports the same; the cycle counters are this process's own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime

from tracker.model import utcnow
from tracker.runtime.status import ServiceStatus
from tracker.storage import ops_repo
from tracker.storage.db import Database

# A cycle is late after this many intervals without a clean one (a slow cycle is not
# yet a dead one; three missed in a row is worth a page).
LATE_AFTER_INTERVALS = 3
# Seconds from an item's fetch to its post: a cycle, a queue, a rate-limited fan-out.
LATENCY_BUCKETS = (1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0, 21600.0)


@dataclass(frozen=True, slots=True)
class Health:
    """What ``/healthz`` answers.

    Attributes:
        ok: True when the database answers, the scheduler runs (if this role has one)
            and the last clean cycle is recent enough.
        problems: One short line per reason it is not ok.
    """

    ok: bool
    role: str
    database: str  # "ok" or the first line of the error
    scheduler: str  # "running" | "stopped" | "none" (a role without cycles)
    last_cycle_age_seconds: float | None
    last_cycle: str
    problems: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """The JSON body."""
        return {"status": "ok" if self.ok else "unhealthy", "role": self.role,
                "database": self.database, "scheduler": self.scheduler,
                "last_cycle_age_seconds": self.last_cycle_age_seconds,
                "last_cycle": self.last_cycle, "problems": list(self.problems)}


async def health(db: Database, status: ServiceStatus, now: datetime | None = None) -> Health:
    """This process's health; never raises (an unreachable database is a problem line)."""
    now = now or utcnow()
    problems: list[str] = []
    database = "ok"
    try:
        async with db.session() as session:
            await ops_repo.ping(session)
    except Exception as exc:  # any driver error means the same thing here
        database = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        problems.append("database unreachable")
    scheduler = "none"
    age = status.cycle_age(now)
    if status.interval_seconds > 0:
        scheduler = "running" if status.scheduler_running() else "stopped"
        if scheduler == "stopped":
            problems.append("scheduler stopped")
        late = LATE_AFTER_INTERVALS * status.interval_seconds
        since = age if age is not None else (now - status.started_at).total_seconds()
        if since > late:
            problems.append(f"no clean cycle for {since:.0f} s")
    return Health(not problems, status.role, database, scheduler, age, status.last_summary,
                  tuple(problems))


@dataclass
class LatencyHistogram:
    """Seconds from item fetched to post sent, over every post the database records sent.

    Read incrementally at each scrape: rows recorded since the last one are added, so
    the counts only grow, as a Prometheus histogram's must.
    """

    buckets: tuple[float, ...] = LATENCY_BUCKETS
    counts: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS) + 1))
    total: float = 0.0
    _since: datetime | None = None
    _seen_at_since: set[int] = field(default_factory=set)

    def observe(self, seconds: float) -> None:
        """Count one post."""
        self.counts[bisect.bisect_left(self.buckets, seconds)] += 1
        self.total += seconds

    def cumulative(self) -> list[tuple[str, int]]:
        """(upper bound, posts at or under it) per bucket, "+Inf" last."""
        out, running = [], 0
        for bound, count in zip((*map(str, self.buckets), "+Inf"), self.counts, strict=True):
            running += count
            out.append((bound, running))
        return out

    async def update(self, db: Database) -> None:
        """Add the posts recorded sent since the last update."""
        async with db.session() as session:
            rows = await ops_repo.post_latencies(session, self._since)
        for delivery_id, sent_at, seconds in rows:
            if sent_at == self._since and delivery_id in self._seen_at_since:
                continue  # read at the previous scrape (rows at the watermark come again)
            if sent_at != self._since:
                self._since, self._seen_at_since = sent_at, set()
            self._seen_at_since.add(delivery_id)
            self.observe(seconds)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything ``/metrics`` shows, read at one scrape."""

    counts: ops_repo.Counts
    status: ServiceStatus
    latency: LatencyHistogram


async def snapshot(db: Database, status: ServiceStatus, latency: LatencyHistogram) -> Snapshot:
    """Read the database's counts and the new post latencies (raises when it is unreachable)."""
    async with db.session() as session:
        counts = await ops_repo.counts(session)
    await latency.update(db)
    return Snapshot(counts, status, latency)
