"""One cycle of the product: ingest, then extract, match, queue posts and deliver.

Each later stage is an async callable ``(db, settings) -> stats``;
:func:`default_stages` builds the product's plan. A failing stage is logged and reported in
the cycle's statistics; it never stops the stages after it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime

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
        line = "; ".join(parts)
        if self.timings:  # where a slow cycle spends its time
            line += " (" + ", ".join(f"{name} {s:.1f} s" for name, s in self.timings) + ")"
        return line


async def run_cycle(db: Database, settings: Settings, stages: Stages, *, force: bool = False,
                    now: datetime | None = None) -> CycleStats:
    """Poll the due feeds (all with force), then run each stage in order, each guarded."""
    t0 = time.monotonic()
    # A failure's line is logged, kept in the stats and sent to the admins: never a token.
    redactor = redactor_for(settings.secrets())
    failures: list[tuple[str, str]] = []
    poll: PollStats | None = None
    timings: list[tuple[str, float]] = []
    try:
        poll = await poll_due_feeds(db, settings, now=now, force=force)
    except Exception as exc:  # reported, and the later stages still run on stored items
        failures.append(("poll", redactor.line(exc)))
        logger.exception("poll stage failed")
    timings.append(("poll", time.monotonic() - t0))
    done: list[tuple[str, Mapping[str, int]]] = []
    for field in fields(Stages):
        stage: Stage | None = getattr(stages, field.name)
        if stage is None:
            continue
        started = time.monotonic()
        try:
            done.append((field.name, dict(await stage(db, settings))))
        except Exception as exc:  # one failing stage never kills the cycle
            failures.append((field.name, redactor.line(exc)))
            logger.exception("stage %s failed", field.name)
        timings.append((field.name, time.monotonic() - started))
    stats = CycleStats(poll, tuple(done), tuple(failures), time.monotonic() - t0,
                       tuple(timings))
    logger.info("cycle: %s", stats.summary())
    await _record_stage_health(db, stats)
    return stats


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
