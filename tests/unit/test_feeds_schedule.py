"""The scheduler setup and the guarded pipeline cycle."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from typing import Any

from apscheduler.events import EVENT_JOB_MAX_INSTANCES

from tracker.config import Settings
from tracker.runtime.pipeline import CycleStats, Stages, run_cycle
from tracker.runtime.scheduler import Job, build_scheduler
from tracker.usecases.ingest import PollStats


async def test_scheduler_jobs_coalesce_one_instance_and_run_now() -> None:
    ran = asyncio.Event()

    async def tick() -> None:
        ran.set()

    scheduler = build_scheduler([Job("cycle", tick, 300)])
    job = scheduler.get_job("cycle")
    assert job.coalesce is True and job.max_instances == 1
    scheduler.start()
    try:
        await asyncio.wait_for(ran.wait(), 5)  # the first run is immediate
    finally:
        scheduler.shutdown(wait=False)


async def test_a_cycle_still_running_is_never_started_again() -> None:
    release, skipped = asyncio.Event(), asyncio.Event()
    running: list[int] = []
    most = 0

    async def slow_cycle() -> None:
        nonlocal most
        running.append(1)
        most = max(most, len(running))
        await release.wait()
        running.pop()

    scheduler = build_scheduler([Job("cycle", slow_cycle, 0.05)])
    scheduler.add_listener(lambda _: skipped.set(), EVENT_JOB_MAX_INSTANCES)
    scheduler.start()
    try:
        # Due every 50 ms while the first run holds: the scheduler must skip, not stack.
        await asyncio.wait_for(skipped.wait(), 5)
        assert most == 1
    finally:
        release.set()
        scheduler.shutdown(wait=False)


async def test_failing_stage_is_reported_and_later_stages_still_run(sqlite_db: Any) -> None:
    seen: list[str] = []

    async def extract(db: Any, settings: Settings) -> Mapping[str, int]:
        seen.append("extract")
        raise RuntimeError("model missing\nsecond line")

    async def match(db: Any, settings: Settings) -> Mapping[str, int]:
        seen.append("match")
        return {"matched": 2}

    stats = await run_cycle(sqlite_db, Settings(feeds=[]), Stages(extract=extract, match=match))
    assert seen == ["extract", "match"]
    assert stats.crashed and stats.failures == (("extract", "RuntimeError: model missing"),)
    assert stats.summary() == ("polled 0 feeds (0 failed, 0 not modified), 0 new items; "
                               "match: matched 2; extract: FAILED (RuntimeError: model missing)")
    # Where the cycle's time went (the log line's end), stage by stage, the failed one too.
    assert [name for name, _ in stats.timings] == ["poll", "extract", "match"]
    assert re.fullmatch(r"\(poll \d+\.\d s, extract \d+\.\d s, match \d+\.\d s\)",
                        stats.timing())


def test_cycle_summary_line() -> None:
    stats = CycleStats(PollStats(14, 1, 9, 37, 1.5), (("deliver", {}),))
    assert stats.summary() == ("polled 14 feeds (1 failed, 9 not modified), 37 new items; "
                               "deliver: nothing to do")
    assert not stats.crashed


def test_feeds_list_line_shows_failing_after_five_errors() -> None:
    from tracker.cli.feeds_cmd import _feed_line
    from tracker.model import Feed

    line = _feed_line(Feed(id=3, url="https://x.example/rss", error_count=5,
                           last_error="HTTP 500 Internal Server Error"))
    assert "FAILING (5x: HTTP 500 Internal Server Error)" in line
    assert " new " in _feed_line(Feed(id=4, url="https://y.example/rss"))
