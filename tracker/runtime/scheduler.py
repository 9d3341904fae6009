"""The long-running service: an in-memory APScheduler running the cycle, plus chat platforms.

Polling state lives in the feeds table, not in a job store: two APScheduler 3.x
schedulers sharing a job store run every job twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from tracker.config import Settings
from tracker.model import utcnow
from tracker.ports import Service
from tracker.runtime.bootstrap import PlatformFactory, ServiceFactory
from tracker.runtime.delivery import DeliveryWorker
from tracker.runtime.pipeline import CycleStats, Stages, default_stages, run_cycle
from tracker.runtime.roles import Role, UpdateStreams, check_role
from tracker.runtime.startup import running_platforms
from tracker.runtime.status import ServiceStatus
from tracker.storage import polls_repo
from tracker.storage.db import Database, open_database

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """An interval job: ``func`` every ``seconds``, the first run at once unless delayed."""

    id: str
    func: Callable[[], Awaitable[Any]]
    seconds: float
    run_now: bool = True


def build_scheduler(jobs: Sequence[Job]) -> AsyncIOScheduler:
    """An AsyncIOScheduler (in-memory store) with coalescing, one-instance interval jobs."""
    scheduler = AsyncIOScheduler(jobstores={"default": MemoryJobStore()}, timezone=UTC)
    for job in jobs:
        scheduler.add_job(
            job.func, "interval", seconds=job.seconds, id=job.id, coalesce=True,
            max_instances=1, misfire_grace_time=max(1, int(job.seconds)),
            next_run_time=datetime.now(UTC) if job.run_now else None,
        )
    return scheduler


# How often a worker looks for work between its cycles (seconds): see CycleRunner.tick.
TICK_SECONDS = 1.0


class CycleRunner:
    """Runs cycles as tasks the scheduler cannot cancel, so shutdown can wait for their writes."""

    def __init__(self, db: Database, settings: Settings, stages: Stages,
                 status: ServiceStatus | None = None) -> None:
        self.db, self.settings, self.stages = db, settings, stages
        self.status = status or ServiceStatus()
        self.inflight: asyncio.Task[CycleStats] | None = None
        self.last: CycleStats | None = None
        self.started: float | None = None  # monotonic time the last cycle started

    async def tick(self) -> None:
        """Run a cycle when ``polling.interval_seconds`` have passed since the last one
        started, or sooner when work waits: a feed fell due (each feed keeps its own
        interval) or an item waits to be extracted. Several workers share the feeds, so
        each one's cycles are short; on a fixed grid a worker that found nothing due
        would sit out a whole interval while the feeds it could poll fell due."""
        if self.inflight is not None and not self.inflight.done():
            return
        if (self.started is not None
                and time.monotonic() - self.started < self.settings.polling.interval_seconds
                and not await self._work_waiting()):
            return
        await self.run()

    async def _work_waiting(self) -> bool:
        try:
            return await polls_repo.work_waiting(self.db, utcnow())
        except Exception as exc:  # the database is away: the interval's cycle reports it
            logger.debug("could not look for waiting work: %s", type(exc).__name__)
            return False

    async def run(self) -> None:
        """One cycle (a coroutine function, which APScheduler runs on the loop)."""
        if self.inflight is not None and not self.inflight.done():
            return  # the previous cycle is still running
        self.started = time.monotonic()
        self.inflight = asyncio.create_task(run_cycle(self.db, self.settings, self.stages))
        # Shielded: APScheduler cancels pending jobs on shutdown; the cycle must finish.
        try:
            self.last = await asyncio.shield(self.inflight)
        except asyncio.CancelledError:
            # Shutdown (SIGTERM) during a cycle: drain() waits for its writes. Re-raised,
            # APScheduler would log the cancellation as a job error with a traceback.
            return
        self.status.cycle_done(self.last)

    async def drain(self) -> None:
        """Wait for the in-flight cycle, if any, to finish its database writes."""
        if self.inflight is not None and not self.inflight.done():
            logger.info("waiting for the running cycle to finish")
            await asyncio.gather(self.inflight, return_exceptions=True)


@contextlib.asynccontextmanager
async def running_services(db: Database, settings: Settings, factory: ServiceFactory | None,
                           status: ServiceStatus | None = None) -> AsyncIterator[None]:
    """Start what runs beside the scheduler (the web console); stop it on the way out."""
    status = status or ServiceStatus()
    services = list(factory(settings, db, status)) if factory is not None else []
    started: list[Service] = []
    try:
        for service in services:
            await service.start()
            started.append(service)
        yield
    finally:
        for service in reversed(started):
            await service.stop()


async def run_service(settings: Settings, platform_factory: PlatformFactory | None,
                      *, stop: asyncio.Event | None = None,
                      services: ServiceFactory | None = None, role: Role = Role.ALL) -> None:
    """Run until SIGINT/SIGTERM (or ``stop``): migrations, then what ``role`` asks for
    (see tracker.runtime.roles), and the web console in every role."""
    check_role(role, settings)
    db = await open_database(settings.database.url)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    # A bots process runs no cycle: its health reports no scheduler rather than a stopped one.
    cycles = role is not Role.BOTS
    status = ServiceStatus(role=role.value,
                           interval_seconds=settings.polling.interval_seconds if cycles else 0)
    try:
        async with running_services(db, settings, services, status):
            await asyncio.gather(*_role_tasks(db, settings, platform_factory, stop, role,
                                              status))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await db.dispose()


def _role_tasks(db: Database, settings: Settings, factory: PlatformFactory | None,
                stop: asyncio.Event, role: Role, status: ServiceStatus
                ) -> list[Awaitable[None]]:
    """The work of a role. On PostgreSQL the update streams go to the lock's holder and
    the workers' bots only send; on SQLite one process's bots do both, as before."""
    if db.dialect != "postgresql":
        return [_work(db, settings, factory, stop, status)]
    tasks: list[Awaitable[None]] = []
    if role is not Role.BOTS:
        senders = functools.partial(factory, updates=False) if factory is not None else None
        tasks.append(_work(db, settings, senders, stop, status))
    if role is not Role.WORKER and factory is not None:
        tasks.append(UpdateStreams(db, settings, factory).run(stop))
    return tasks


async def _work(db: Database, settings: Settings, factory: PlatformFactory | None,
                stop: asyncio.Event, status: ServiceStatus) -> None:
    """The worker: the scheduled cycle and the delivery loop, until ``stop``."""
    async with running_platforms(db, settings, factory) as notifiers:
        # Delivery runs on its own loop (every delivery.interval_seconds), so
        # retries and backoff do not wait for the next poll; the cycle only queues.
        stages = default_stages(notifiers)
        stages.deliver = None
        worker = DeliveryWorker(db, notifiers, settings)
        delivering = asyncio.create_task(worker.run_forever(stop), name="delivery")
        runner = CycleRunner(db, settings, stages, status)
        # The matcher (seconds with thousands of rebuttals) is built now, in a thread, not
        # when the first statement waits for it.
        preload = asyncio.create_task(_preload_matcher(db, settings), name="matcher-preload")
        scheduler = build_scheduler(
            [Job("cycle", runner.tick, TICK_SECONDS),
             *_transcription_jobs(db, settings)])
        scheduler.start()
        status.scheduler_running = lambda: bool(scheduler.running)
        logger.info("tracker running: cycle every %s s, posting to %s",
                    settings.polling.interval_seconds, ", ".join(notifiers) or "nothing")
        await _warn_unseen_reviews(db)
        await stop.wait()
        logger.info("stopping")
        scheduler.shutdown(wait=False)
        # Not cancelled: its thread would run on anyway, and a cycle being drained would
        # start a second build of the matcher it waits for.
        await preload
        await runner.drain()
        await delivering


async def _preload_matcher(db: Database, settings: Settings) -> None:
    from tracker.usecases.match import preload_matcher

    await preload_matcher(db, settings)


def _transcription_jobs(db: Database, settings: Settings) -> list[Job]:
    """Speech recognition of waiting episodes, when ``transcripts.asr`` is on (the asr extra):
    its own job, so a long transcription never delays a cycle."""
    from tracker.feeds.asr import build_transcriber
    from tracker.usecases.transcribe import stats_line, transcribe_pending

    transcriber = build_transcriber(settings)  # ConfigError when faster-whisper is missing
    if transcriber is None:
        return []

    async def transcribe() -> None:
        try:
            counts = await transcribe_pending(db, settings, transcriber)
        except Exception:  # logged; the next run tries again
            logger.exception("transcription run failed")
            return
        if counts["done"] or counts["failed"]:
            logger.info("transcription: %s", stats_line(counts))

    return [Job("transcribe", transcribe, settings.transcripts.asr_interval_seconds,
                run_now=False)]


async def _warn_unseen_reviews(db: Database) -> None:
    """Say at start when statements sent to review would wait where nobody sees them."""
    from tracker.usecases.review import unseen_reviews

    waiting = await unseen_reviews(db)
    if waiting is not None:
        logger.warning("no review chat is configured: statements held for review wait unseen "
                       "(%d now); set telegram.review_chat (or discord.review_channel), or work "
                       "them with `tracker review list`", waiting)
