"""The offline demo: its local server and, when every stage exists, the whole cycle."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import feedparser

from tests.fakes.notifier import FakeNotifier
from tracker.model import utcnow
from tracker.runtime import demo


async def test_demo_server_serves_fresh_feeds_and_a_speaker_labelled_transcript() -> None:
    server = await demo.start_server()
    try:
        async with aiohttp.ClientSession() as http:
            bodies = {}
            for path in demo.FILES:
                async with http.get(server.base + path) as resp:
                    assert resp.status == 200
                    bodies[path] = await resp.text()
    finally:
        await server.runner.cleanup()
    entries = 0
    for path, _, _, _ in demo.FEEDS:
        parsed = feedparser.parse(bodies[path])
        assert parsed.version and parsed.entries
        entries += len(parsed.entries)
        for e in parsed.entries:
            published = utcnow().replace(microsecond=0) - timedelta(minutes=5)
            assert e.published_parsed[:3] >= published.timetuple()[:3]
            assert e.link.startswith(server.base)
    assert entries == 7
    assert "<v Elon Musk>" in bodies["/podcast/42.vtt"]
    assert f"{server.base}/podcast/42.vtt" in bodies["/podcast.xml"]
    assert "China basically does whatever I suggest" in bodies["/news-en.xml"]


def stage_counts(summary: str) -> dict[str, dict[str, int]]:
    """The counts of each stage in a cycle's summary line ("match: matched 2, none 1; ...")."""
    stages: dict[str, dict[str, int]] = {}
    for part in summary.split("; ")[1:]:
        name, _, detail = part.partition(": ")
        pairs = (item.rsplit(" ", 1) for item in detail.split(", "))
        stages[name] = {key: int(value) for key, value in pairs}
    return stages


async def test_demo_runs_a_cycle_and_reports_every_stage() -> None:
    fake = FakeNotifier(platform="console")
    lines: list[str] = []
    summary = await demo.run_demo(fake, echo=lines.append)
    assert lines == [f"demo: {summary}"]
    assert summary.startswith("polled 3 feeds (0 failed, 0 not modified), 7 new items; ")
    assert "FAILED" not in summary
    stages = stage_counts(summary)
    assert list(stages) == ["extract", "match", "queue", "deliver"]
    extract, match, queue = stages["extract"], stages["match"], stages["queue"]
    assert extract["items"] == 7 and extract["statements_new"] > 0
    # Every new statement is decided (or grouped into another), every post and review
    # queued is delivered once.
    assert match["matched"] + match["grouped"] == extract["statements_new"]
    assert match["matched"] == match["match"] + match["suggest"] + match["none"]
    assert queue["post"] > 0 and queue["review"] > 0
    assert len(fake.of_kind("post")) == queue["post"]
    assert len(fake.of_kind("review")) == queue["review"]
    assert stages["deliver"] == {"sent": queue["post"] + queue["review"]}


async def test_demo_posts_musk_china_statements_with_counterpoints() -> None:
    fake = FakeNotifier(platform="console")
    await demo.run_demo(fake, echo=lambda _: None)
    posts = fake.of_kind("post")
    assert posts, fake.sent
    assert any(p.payload.rebuttals for p in posts)  # type: ignore[attr-defined]
    texts = " ".join(p.payload.statement.text for p in posts)  # type: ignore[attr-defined]
    assert "Starship" not in texts and "bike" not in texts
