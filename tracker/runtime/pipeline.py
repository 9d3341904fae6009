"""One cycle of the product: ingest, then extract, match, queue posts and deliver.

Each later stage is an async callable ``(db, settings) -> stats``;
:func:`default_stages` builds the product's plan. A failing stage is logged and reported in
the cycle's statistics; it never stops the stages after it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from tracker.config import Settings
from tracker.ports import Notifier
from tracker.runtime.bootstrap import redactor_for
from tracker.storage.db import Database
from tracker.usecases.ingest import PollStats, poll_due_feeds

logger = logging.getLogger(__name__)

Stage = Callable[[Database, Settings], Awaitable[Mapping[str, int]]]


@dataclass
class Stages:
    """The stages after ingestion, in the order they run; None skips a stage."""

    extract: Stage | None = None
    match: Stage | None = None
    queue: Stage | None = None
    deliver: Stage | None = None


@dataclass(frozen=True)
class CycleStats:
    """What a cycle did: the poll's figures, each stage's stats and each failure."""

    poll: PollStats | None
    stages: tuple[tuple[str, Mapping[str, int]], ...] = ()
    failures: tuple[tuple[str, str], ...] = ()  # (stage, one-line error)
    duration_s: float = 0.0
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), the poll first

    @property
    def crashed(self) -> bool:
        """True when any stage (the poll included) raised."""
        return bool(self.failures)

    def summary(self) -> str:
        """One line: 'polled 14 feeds (1 failed, 9 not modified), 37 new items; match: ...'."""
        parts = [self.poll.summary() if self.poll else "poll: failed"]
        for name, stats in self.stages:
            detail = ", ".join(f"{k} {v}" for k, v in stats.items()) or "nothing to do"
            parts.append(f"{name}: {detail}")
        parts += [f"{name}: FAILED ({error})" for name, error in self.failures if name != "poll"]
        return "; ".join(parts)

    def timing(self) -> str:
        """Where the cycle's time went: '(poll 6.1 s, extract 0.4 s, ...)'."""
        return "(" + ", ".join(f"{name} {s:.1f} s" for name, s in self.timings) + ")"


async def run_cycle(db: Database, settings: Settings, stages: Stages, *, force: bool = False,
                    now: datetime | None = None) -> CycleStats:
    """Poll the due feeds (all with force), then run each stage in order, each guarded.

    While a long poll runs (thousands of feeds), the stages also run every
    EARLY_STAGES_SECONDS on what it has stored so far: an item polled first does not wait
    for the last feed's answer (claims keep the two runs from doing the same work).
    """
    t0 = time.monotonic()
    # A failure's line is logged, kept in the stats and sent to the admins: never a token.
    redactor = redactor_for(settings.secrets())
    run = _StageRuns(db, settings, stages, redactor)
    poll: PollStats | None = None
    polling = asyncio.ensure_future(poll_due_feeds(db, settings, now=now, force=force))
    while not polling.done():
        await asyncio.wait({polling}, timeout=EARLY_STAGES_SECONDS)
        if not polling.done():
            await run.all()
    try:
        poll = polling.result()
    except Exception as exc:  # reported, and the later stages still run on stored items
        run.failures.append(("poll", redactor.line(exc)))
        logger.exception("poll stage failed")
    polled = time.monotonic() - t0
    await run.all()
    timings = (("poll", polled), *((name, run.seconds[name]) for name in run.seconds))
    stats = CycleStats(poll, tuple((n, dict(c)) for n, c in run.counts.items()),
                       tuple(run.failures), time.monotonic() - t0, timings)
    logger.info("cycle: %s %s", stats.summary(), stats.timing())
    await _record_stage_health(db, stats)
    return stats


# While a poll runs, the stages run on what it has stored so far this often (seconds).
EARLY_STAGES_SECONDS = 2.0


class _StageRuns:
    """The stages of one cycle, run once or several times; their counts and times summed."""

    def __init__(self, db: Database, settings: Settings, stages: Stages, redactor: Any) -> None:
        self.db, self.settings, self.stages, self.redactor = db, settings, stages, redactor
        self.counts: dict[str, Counter[str]] = {}
        self.seconds: dict[str, float] = {}
        self.failures: list[tuple[str, str]] = []

    async def all(self) -> None:
        for field in fields(Stages):
            stage: Stage | None = getattr(self.stages, field.name)
            if stage is None:
                continue
            started = time.monotonic()
            try:
                got = await stage(self.db, self.settings)
                self.counts.setdefault(field.name, Counter()).update(dict(got))
            except Exception as exc:  # one failing stage never kills the cycle
                failure = (field.name, self.redactor.line(exc))
                if failure not in self.failures:  # once a cycle, however often it ran
                    self.failures.append(failure)
                logger.exception("stage %s failed", field.name)
            self.seconds[field.name] = (self.seconds.get(field.name, 0.0)
                                        + time.monotonic() - started)


async def _record_stage_health(db: Database, stats: CycleStats) -> None:
    """Let the failure alerts know which stages crashed (admins hear once, not per cycle)."""
    from tracker.usecases import alerts

    failed = dict(stats.failures)
    try:
        for name in ("poll", *(f.name for f in fields(Stages))):
            await alerts.record_stage(db, name, failed.get(name))
    except Exception:  # the database itself may be what is failing; the log has it
        logger.exception("could not record stage health")


def default_stages(notifiers: Mapping[str, Notifier] | None = None) -> Stages:
    """The product's stages: extract, match, queue posts and (with notifiers) deliver."""
    from tracker.runtime.delivery import DeliveryWorker
    from tracker.usecases.extract import extract_new_items
    from tracker.usecases.match import match_new_statements
    from tracker.usecases.queue import queue_posts

    plan = Stages(extract=extract_new_items, match=match_new_statements, queue=queue_posts)
    if notifiers:
        async def deliver(db: Database, settings: Settings) -> Mapping[str, int]:
            return await DeliveryWorker(db, dict(notifiers), settings).run_once()

        plan.deliver = deliver
    return plan
