"""Transcript pages benchmark: ``python -m benchmarks.transcripts [--blind DIR] [--cycles N]``.

1. Precision and recall of his turns on the transcript-page fixtures
   (tests/data/feeds/transcripts/*.html beside *.expected.json): a turn counts when
   it is labelled his, starts with the expected words and has the expected time.
   ``--blind DIR`` measures a batch in the same layout written by someone who never saw
   the parser (targets: P >= 0.95, R >= 0.90; the fixtures: 1.0 and 1.0).
2. The extra cost of the feature in a poll cycle of 50 podcast feeds whose episodes do
   not name him (show notes with transcript links, 3 new episodes a feed a cycle):
   the same cycles with transcript pages and captions on, and off. Target: < 5%.

The feed server runs in its own process, so its work is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import statistics
import tempfile
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from benchmarks.poll import start_feed_server

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "feeds" / "transcripts"
FEEDS, EPISODES, NEW_PER_CYCLE = 50, 30, 3


def score(directory: Path) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, per-page lines) of a batch."""
    from tracker.config import default_watches
    from tracker.feeds.speakers import speakers_of
    from tracker.feeds.transcript_pages import parse_page

    speakers = speakers_of([w.to_watch() for w in default_watches()])
    tp = fp = fn = 0
    lines = []
    for expected_file in sorted(directory.glob("*.expected.json")):
        name = expected_file.name.removesuffix(".expected.json")
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        page = parse_page(f"https://bench.example/{name}",
                          (directory / f"{name}.html").read_bytes(), speakers=speakers)
        got = [(s.start, s.text) for s in (page.segments if page else ())
               if s.speaker == expected["speaker"]]
        want = list(expected["turns"])
        hits = 0
        for start, text in got:
            match = next((w for w in want if text.startswith(w[1])
                          and (w[0] is None or float(w[0]) == start)), None)
            if match is not None:
                want.remove(match)
                hits += 1
        tp, fp, fn = tp + hits, fp + len(got) - hits, fn + len(want)
        lines.append(f"  {name:<24} his turns {len(expected['turns']):>2}, found {len(got):>2}, "
                     f"right {hits:>2}  ({expected.get('format', '')})")
    return tp, fp, fn, lines


def print_score(title: str, directory: Path) -> None:
    tp, fp, fn, lines = score(directory)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"{title}: P {precision:.3f}  R {recall:.3f}  ({tp} right, {fp} wrong, {fn} missed)")
    print("\n".join(lines))


def make_feed(index: int, count: int) -> bytes:
    """A podcast feed whose newest episodes move on by NEW_PER_CYCLE with each request."""
    now = format_datetime(datetime.now(UTC))
    top = count * NEW_PER_CYCLE + EPISODES
    items = []
    for ep in range(top, top - EPISODES, -1):
        notes = (f"<p>Episode {ep} of show {index}: a conversation about rockets, batteries "
                 "and the economics of building things.</p>"
                 f"<p>Transcript: <a href=\"https://show{index}.example/ep{ep}-transcript\">"
                 f"https://show{index}.example/ep{ep}-transcript</a></p>"
                 "<p>OUTLINE:<br>(00:00) – Introduction<br>(12:30) – Batteries<br>"
                 "(48:02) – Rockets</p><p>Sponsors: a mattress, a VPN and a bank.</p>")
        items.append(
            f"<item><title>#{ep} – A guest on batteries and rockets</title>"
            f"<link>https://show{index}.example/ep{ep}</link><guid>show{index}-ep{ep}</guid>"
            f"<pubDate>{now}</pubDate><itunes:author>Host {index}</itunes:author>"
            f"<enclosure url=\"https://cdn.show{index}.example/ep{ep}.mp3\" type=\"audio/mpeg\" "
            f"length=\"90000000\"/><content:encoded><![CDATA[{notes}]]></content:encoded></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Show {index}</title>{''.join(items)}</channel></rss>").encode()


def serve(port_queue: Any) -> None:
    """The feed server process: each path's feed moves on with every request to it."""
    from aiohttp import web

    counts: dict[str, int] = {}

    async def handle(request: web.Request) -> web.Response:
        count = counts.get(request.path, 0)
        counts[request.path] = count + 1
        body = make_feed(int(request.match_info["n"]), count)
        return web.Response(body=body, content_type="application/rss+xml")

    async def main() -> None:
        port_queue.put(await start_feed_server("/{variant}/feed/{n}.xml", handle))
        await asyncio.Event().wait()

    asyncio.run(main())


def parse_extra_seconds() -> float:
    """CPU time the parse pool spends on the feature in one cycle, in both variants (the
    parser does not read the settings): testing each episode's notes for a transcript
    word and carrying the notes that have one back to the poller (pickled)."""
    import pickle
    from dataclasses import replace

    import feedparser

    from tracker.feeds.parse import parse_feed
    from tracker.feeds.transcript_pages import mentions_transcript

    body = make_feed(0, 0)
    entries = parse_feed(body, {}, "podcast").entries
    bare = tuple(replace(e, notes_html="", audio_url="") for e in entries)
    notes = [str(e.content[0]["value"]) for e in feedparser.parse(body).entries]
    t0 = time.process_time()
    for _ in range(FEEDS):
        for text in notes:
            mentions_transcript(text)
        pickle.loads(pickle.dumps(entries))
    with_notes = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(FEEDS):
        pickle.loads(pickle.dumps(bare))
    return with_notes - (time.process_time() - t0)


def cpu_seconds(exclude: int) -> float:
    """CPU time of this process and its children (the parse pool), the feed server excluded:
    what a cycle costs, whatever else the machine is doing."""
    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        if child.pid != exclude:
            with contextlib.suppress(psutil.Error):
                total += sum(child.cpu_times()[:2])
    return float(total)


async def cycles(base: str, workdir: Path, n: int, server: int) -> dict[str, list[float]]:
    """Per-cycle (wall, CPU) seconds with the feature on and off, cycles interleaved."""
    from tracker.config import Settings
    from tracker.storage.db import open_database
    from tracker.usecases.ingest import poll_due_feeds, shutdown_pool

    variants = {"on": {}, "off": {"pages": False, "captions": False}}
    setups = {}
    for name, transcripts in variants.items():
        url = f"sqlite+aiosqlite:///{workdir / name}.db"
        feeds = [{"url": f"{base}/{name}/feed/{i}.xml", "kind": "podcast"} for i in range(FEEDS)]
        settings = Settings(database={"url": url}, feeds=feeds,  # type: ignore[arg-type]
                            polling={"allow_private_hosts": True},  # type: ignore[arg-type]
                            transcripts=transcripts)  # type: ignore[arg-type]
        db = await open_database(url)
        await poll_due_feeds(db, settings, force=True)  # first contact: nothing eligible
        setups[name] = (db, settings)
    times: dict[str, list[float]] = {f"{name} {m}": [] for name in variants
                                     for m in ("wall", "cpu")}
    try:
        for round_ in range(n):
            # Each variant goes first in every other round: neither gains from the order.
            order = list(setups.items()) if round_ % 2 == 0 else list(setups.items())[::-1]
            for name, (db, settings) in order:
                t0, c0 = time.perf_counter(), cpu_seconds(server)
                stats = await poll_due_feeds(db, settings, force=True)
                times[f"{name} cpu"].append(cpu_seconds(server) - c0)
                times[f"{name} wall"].append(time.perf_counter() - t0)
                assert stats.items_new == FEEDS * NEW_PER_CYCLE, stats.summary()
    finally:
        for db, _ in setups.values():
            await db.dispose()
        shutdown_pool()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, help="a blind batch: *.html beside *.expected.json")
    parser.add_argument("--cycles", type=int, default=20,
                        help="rounds, one cycle of each variant a round (default 20)")
    args = parser.parse_args()
    print_score("fixtures", FIXTURES)
    if args.blind:
        print_score(f"blind batch {args.blind}", args.blind)
    ctx = multiprocessing.get_context("spawn")
    ports = ctx.Queue()
    server = ctx.Process(target=serve, args=(ports,), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{ports.get(timeout=30)}"
        with tempfile.TemporaryDirectory() as tmp:
            times = asyncio.run(cycles(base, Path(tmp), args.cycles, server.pid or 0))
    finally:
        server.terminate()
    print(f"cycle of {FEEDS} podcast feeds ({EPISODES} episodes each, {NEW_PER_CYCLE} new, none "
          f"naming him), {args.cycles} rounds, each variant first in every other round, "
          "with transcript pages and captions / without:")
    parse = max(parse_extra_seconds(), 0.0)
    for measure in ("cpu", "wall"):
        on_runs, off_runs = times[f"on {measure}"], times[f"off {measure}"]
        # The parse's share is the feature's, in both variants: charged to "on".
        extra = [100 * (on - (off - parse)) / (off - parse)
                 for on, off in zip(on_runs, off_runs, strict=True)]
        low, high = interval(extra)
        target = " (target < 5%)" if measure == "cpu" else " (shared machine: noisy)"
        print(f"  {measure:<4} {statistics.median(on_runs) * 1000:6.0f} ms / "
              f"{(statistics.median(off_runs) - parse) * 1000:6.0f} ms: extra, median of the "
              f"rounds {statistics.median(extra):+.1f}%, 95% interval {low:+.1f}% to "
              f"{high:+.1f}%{target}")
    print(f"  (the parse's share, {parse * 1000:.0f} ms a cycle: a transcript-word test of each "
          "episode's notes, and the notes that have one carried to the poller)")


def interval(values: list[float], draws: int = 2000) -> tuple[float, float]:
    """A 95% bootstrap interval of the median of paired per-round figures (seeded)."""
    import random

    if len(values) < 2:
        return values[0], values[0]
    rng = random.Random(14)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(draws))
    return medians[int(0.025 * draws)], medians[int(0.975 * draws) - 1]


if __name__ == "__main__":
    main()
