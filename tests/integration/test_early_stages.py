"""A long poll does not hold back the items it has stored: the stages run on them meanwhile."""

from __future__ import annotations

import time
from collections.abc import Mapping

from tests.fakes.feed_server import running_feed_server
from tracker.config import Settings
from tracker.runtime import pipeline
from tracker.runtime.pipeline import Stages, run_cycle
from tracker.storage.db import Database
from tracker.usecases.extract import extract_new_items
from tracker.usecases.ingest import sync_feeds


async def test_items_polled_early_are_extracted_before_the_slow_feed_answers(
        db: Database) -> None:
    runs: list[tuple[float, int]] = []  # (when, items extracted) per run of the stage

    async def extract(db: Database, settings: Settings) -> Mapping[str, int]:
        counts = await extract_new_items(db, settings)
        runs.append((time.monotonic(), counts["items"]))
        return counts

    async with running_feed_server() as server:
        fast = server.serve_file("/fast.xml", "rss.xml")
        slow = server.serve_file("/slow.xml", "atom.xml", delay=5)
        settings = Settings(polling={"allow_private_hosts": True, "timeout_seconds": 20,  # type: ignore[arg-type]
                                     "parse_workers": 1},
                            feeds=[{"url": fast}, {"url": slow}])  # type: ignore[list-item]
        await sync_feeds(db, settings)
        t0 = time.monotonic()
        stats = await run_cycle(db, settings, Stages(extract=extract))
    polled_at = t0 + dict(stats.timings)["poll"]
    early = [items for when, items in runs if when < polled_at]
    assert sum(early) == 3  # the fast feed's three items, while the slow one was waited for
    assert stats.poll is not None and stats.poll.items_new == 5
    assert sum(items for _, items in runs) == 5  # the slow feed's two after its answer
    assert dict(stats.stages)["extract"]["items"] == 5  # the runs' counts, summed
    assert pipeline.EARLY_STAGES_SECONDS < 5  # else the slow feed would not be slow enough
