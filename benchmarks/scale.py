"""Scale-out benchmark: 1, 2 and 4 `tracker run --role worker` processes on PostgreSQL.

For each worker count, a fresh PostgreSQL schema gets 10,000 rebuttals (written in bulk),
the local feed server serves 2,000 feeds, and the workers (real subprocesses) poll them
once (first contact: nothing posted), build their matchers (each logs "matcher ready") and
one statement goes through the whole path. Then two measurements:

- latency: new items appear in waves over ``--spread`` seconds, one or two per feed, every
  200th feed's with a distinct quote of Elon Musk on China, posted to the channels on the
  fake Bot API: the p50 and p95 time from an item appearing on the feed server to its
  post reaching the fake chat API. Ten quotes over 60 s stay under the pace at which a
  bot may post to one channel (20 messages a minute): above it, the figure would measure
  Telegram's limit, not the pipeline (it did, before: 20 quotes in 30 s).
- throughput: then ten new items in every feed at once, every 50th feed with a quote too
  (a backlog, so the figure is what the workers can do, not how fast items arrive or how
  often a feed is read): new items per second until the last is extracted, statements per
  second until the last is matched and queued.

Also printed: the CPU seconds the workers (with their parse processes), the PostgreSQL
server and this process (feed server and fake chat API) used.

    python -m benchmarks.scale [--feeds 2000] [--rebuttals 10000] [--workers 1,2,4]

Needs the PostgreSQL server at 127.0.0.1:5432 (user postgres, database test).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine

from benchmarks.web_data import WORDS, _put, _rebuttals
from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.fakes.workers import children, rss
from tracker.storage.db import upgrade
from tracker.storage.schema_rebuttals import RebuttalRow

PG = "host=127.0.0.1 port=5432 user=postgres dbname=test"
TOKEN = "987654:BENCH-token-value"
CHANNELS = 5
REVIEW = -1009999999999  # a statement the matcher is unsure of goes here instead
INTERVAL = 10  # polling.interval_seconds (its minimum)
# One feed in this many gets a quote: about 0.7 statements a second over the default spread,
# under the one message a second Telegram lets a bot send to one chat (which would
# otherwise set the latency, not the pipeline).
QUOTE_EVERY = 200
BACKLOG_QUOTE_EVERY = 50
# Ten new items in every feed at once: enough work that the poll interval (a feed is read at
# most every 10 s) does not bound the figure, as one item a feed did (about 16 s either way).
BACKLOG_PER_FEED = 10


def _quote(rng: random.Random, n: int) -> str:
    """A distinct quote (random words: no two are near-duplicates) tagged with its number."""
    return f"China q{n} " + " ".join(rng.choice(WORDS[40:]) for _ in range(9))


def _config(folder: Path, url: str, server: FeedServer, api: FakeTelegramAPI, feeds: int) -> str:
    channels = ", ".join(f'"{-1001000000000 - i}"' for i in range(CHANNELS))
    listed = "".join(f'[[feeds]]\nurl = "{server.url(f"/f{i}.xml")}"\nfull_text = false\n'
                     for i in range(feeds))
    path = folder / "tracker.toml"
    path.write_text(
        f'[database]\nurl = "{url}"\n[logging]\nlevel = "INFO"\n'
        f"[polling]\ninterval_seconds = {INTERVAL}\nallow_private_hosts = true\n"
        "parse_workers = 1\ntimeout_seconds = 10\n[delivery]\ninterval_seconds = 0.2\n"
        '[matching]\nembedder = "hashing"\n[posting]\nrepeat_window_hours = 0\n'
        '[[watches]]\nname = "musk-china"\nspeaker = "Elon Musk"\n'
        'speaker_aliases = ["Elon Musk", "Musk"]\ntopic_terms = ["China"]\n'
        'on_unmatched = "post"\n'
        f'[telegram]\napi_base_url = "{api.base_url}"\nchannels = [{channels}]\n'
        f'review_chat = "{REVIEW}"\n' + listed)
    return str(path)


def _one(schema: str, sql: str) -> Any:
    with psycopg.connect(PG, autocommit=True, options=f"-csearch_path={schema}") as conn:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None


async def _until(check: Any, timeout: float) -> float:
    t0 = time.monotonic()
    while not await asyncio.to_thread(check):
        if time.monotonic() - t0 > timeout:
            raise TimeoutError("the benchmark did not finish in time")
        await asyncio.sleep(0.25)
    return time.monotonic()


def _cpu(pids: list[int]) -> float:
    """User + system CPU seconds of processes and their children that ended (Linux)."""
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / os.sysconf("SC_CLK_TCK")


def _pg_cpu() -> float:
    """CPU seconds of every PostgreSQL server process so far (the server is shared)."""
    pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    found = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() in ("postgres", "postmaster"):
                    found.append(pid)
        except OSError:
            continue
    total = 0.0
    for pid in found:
        try:
            total += _cpu([pid])
        except OSError:
            continue
    return total


def _prepare(schema: str, rebuttals: int) -> str:
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    upgrade(url)
    engine = create_engine(url.replace("+psycopg", "+psycopg", 1))
    with engine.begin() as conn:
        _put(conn, RebuttalRow, _rebuttals(random.Random(7), rebuttals))
    engine.dispose()
    return url


async def _publish(server: FeedServer, feeds: int, spread: float, rng: random.Random,
                   published: dict[str, float], tag: str = "new",
                   quote_every: int = QUOTE_EVERY, waves: int = 20, per_feed: int = 1) -> int:
    """New items in waves over ``spread`` seconds (each feed keeps the items published
    before), one feed in ``quote_every`` with a quote, the quotes spread over the waves;
    ``published`` gets each quote's publish time as it goes. Returns the items published."""
    items = 0
    n = feeds // quote_every  # quotes, one every waves / n waves (quote_every % waves == 0)
    quoting = {k * quote_every + k * waves // n for k in range(n)}
    for wave in range(waves):
        for i in range(wave, feeds, waves):
            new = [(f"{tag}{i}" + (f"-{j}" if j else ""), f"Story {tag} {i} {j}",
                    f"Markets moved on day {i}, hour {j}.") for j in range(per_feed)]
            if i in quoting:
                quote = _quote(rng, i)
                new.append((f"q{tag}{i}", f"Musk {i}", f'"{quote}," Elon Musk said.'))
                published[quote] = time.monotonic()
            _shown.setdefault(i, [(f"old{i}", "Old news", "Nothing said.")]).extend(new)
            server.set(f"/f{i}.xml", body=rss(_shown[i]))
            items += len(new)
        if spread:
            await asyncio.sleep(spread / waves)
    return items


_shown: dict[int, list[tuple[str, str, str]]] = {}  # the items each feed serves now


def _pinned(n: int) -> Any:
    """Worker ``n`` and its parse processes on core ``n`` (mod the cores): each worker gets
    one core, as when each runs on a machine of its own."""
    def pin() -> None:
        os.sched_setaffinity(0, {n % (os.cpu_count() or 1)})
    return pin


async def run(workers: int, feeds: int, rebuttals: int, spread: float,
              pin: bool = False) -> dict[str, float]:
    """One measured run with ``workers`` worker processes; returns its figures."""
    schema = f"h13roles_bench_{uuid.uuid4().hex[:8]}"
    url = await asyncio.to_thread(_prepare, schema, rebuttals)
    api = FakeTelegramAPI(token=TOKEN)
    await api.start()
    for i in range(CHANNELS):
        api.add_chat(-1001000000000 - i, kind="channel")
    api.add_chat(REVIEW, kind="supergroup")
    procs: list[asyncio.subprocess.Process] = []
    try:
        async with running_feed_server() as server:
            _shown.clear()
            for i in range(feeds):
                server.set(f"/f{i}.xml", body=rss([(f"old{i}", "Old news", "Nothing said.")]))
            with tempfile.TemporaryDirectory(prefix="h13roles-bench-") as folder:
                cfg = _config(Path(folder), url, server, api, feeds)
                env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TRACKER_WEB__ENABLED": "false"}
                logs = [Path(folder) / f"worker-{n}.log" for n in range(workers)]
                for n, log in enumerate(logs):
                    with log.open("wb") as out:  # the child keeps its own descriptor
                        procs.append(await asyncio.create_subprocess_exec(
                            sys.executable, "-m", "adapters.main", "-c", cfg, "run", "--role",
                            "worker", env=env, stdout=out, stderr=out,
                            preexec_fn=_pinned(n) if pin else None))
                await _until(lambda: _one(schema, "SELECT count(*) FROM feeds WHERE baselined")
                             == feeds, 900)
                # Each worker builds its matcher (10,000 rebuttals) at start: start-up, not
                # the latency of an item.
                await _until(lambda: all("matcher ready" in log.read_text(errors="replace")
                                         for log in logs), 900)
                await _warm_up(schema, server, api)
                return await _measure(schema, server, api, procs, feeds, spread)
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.terminate()
                await proc.wait()
        await api.stop()
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _received(api: FakeTelegramAPI) -> list[Any]:
    """What reached the first channel and the review chat (a statement goes to one)."""
    return [*api.sent(-1001000000000), *api.sent(REVIEW)]


async def _warm_up(schema: str, server: FeedServer, api: FakeTelegramAPI) -> None:
    """One statement through the whole path first: each worker loads its matcher (10,000
    rebuttals) once, which is start-up, not the latency of an item."""
    quote = "China warm up " + " ".join(WORDS[40:48])
    _shown[1] = [("old1", "Old news", "Nothing said."),
                 ("warm", "Musk", f'"{quote}," Elon Musk said.')]
    server.set("/f1.xml", body=rss(_shown[1]))
    await api.wait_for(lambda: any(quote in m.text for m in _received(api)), timeout=900)
    await _until(lambda: _one(schema, "SELECT count(*) FROM items WHERE processed_at IS NULL")
                 == 0, 900)


def _count(schema: str, sql: str) -> int:
    return int(_one(schema, sql) or 0)


async def _measure(schema: str, server: FeedServer, api: FakeTelegramAPI,
                   procs: list[Any], feeds: int, spread: float) -> dict[str, float]:
    cpu0, pg0, me0 = _workers_cpu(procs), _pg_cpu(), time.process_time()
    t0 = time.monotonic()
    rng = random.Random(11)
    # Latency: items appear over the spread; arrivals are watched while they do.
    published: dict[str, float] = {}
    arrived: dict[str, float] = {}
    publishing = asyncio.ensure_future(_publish(server, feeds, spread, rng, published))

    def all_arrived() -> bool:
        for message in _received(api):
            for quote in list(published):
                if quote not in arrived and quote in message.text:
                    arrived[quote] = time.monotonic()
        return publishing.done() and len(arrived) == len(published)

    await api.wait_for(all_arrived, timeout=900)
    items = publishing.result()
    latencies = sorted(arrived[q] - published[q] for q in published)
    processed = "SELECT count(*) FROM items WHERE processed_at IS NULL"
    await _until(lambda: _count(schema, processed) == 0, 900)
    decided = "SELECT count(*) FROM statements WHERE status NOT IN ('queued', 'posted', 'review')"
    await _until(lambda: _count(schema, decided) == 0, 900)
    # Throughput: a backlog, a new item in every feed at once.
    statements0 = _count(schema, "SELECT count(*) FROM statements")
    cpu_b0, pg_b0, me_b0 = _workers_cpu(procs), _pg_cpu(), time.process_time()
    b0 = time.monotonic()
    backlog: dict[str, float] = {}
    backlog_items = await _publish(server, feeds, 0, rng, backlog, tag="b",
                                   quote_every=BACKLOG_QUOTE_EVERY, waves=1,
                                   per_feed=BACKLOG_PER_FEED)
    done_items = await _until(lambda: _count(schema, processed) == 0 and _count(
        schema, "SELECT count(*) FROM items WHERE guid LIKE 'b%' OR guid LIKE 'qb%'")
        == backlog_items, 900)
    done_statements = await _until(lambda: _count(
        schema, "SELECT count(*) FROM statements") == statements0 + len(backlog)
        and _count(schema, decided) == 0, 900)
    cpu_backlog = (_workers_cpu(procs) - cpu_b0 + _pg_cpu() - pg_b0
                   + time.process_time() - me_b0)
    return {
        "backlog_s": done_statements - b0, "backlog_cores": cpu_backlog / (done_statements - b0),
        "items_per_s": backlog_items / (done_items - b0),
        "statements_per_s": len(backlog) / (done_statements - b0),
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "statements": len(published), "items": items, "backlog": backlog_items,
        "cpu_workers": _workers_cpu(procs) - cpu0, "cpu_pg": _pg_cpu() - pg0,
        "cpu_bench": time.process_time() - me0, "wall": time.monotonic() - t0,
    }


def _workers_cpu(procs: list[Any]) -> float:
    """CPU seconds of the worker processes and their live children (the parse pools)."""
    pids = [p.pid for p in procs]
    pids += [child for pid in list(pids) for child in children(pid)]
    total = 0.0
    for pid in pids:
        try:
            total += _cpu([pid])
        except OSError:
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--rebuttals", type=int, default=10000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--spread", type=float, default=60.0,
                        help="seconds over which the latency run's new items appear")
    parser.add_argument("--pin", action="store_true",
                        help="one core per worker (worker n and its parse processes on core n "
                             "mod the cores; PostgreSQL and the fakes are not pinned)")
    args = parser.parse_args()
    print(f"scale: {args.feeds} feeds, {args.rebuttals} rebuttals, {CHANNELS} channels, "
          f"poll interval {INTERVAL} s, {os.cpu_count()} cores, load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}"
          + ("; one core per worker (--pin)" if args.pin else ""))
    base = None
    for n in (int(w) for w in args.workers.split(",")):
        r = asyncio.run(run(n, args.feeds, args.rebuttals, args.spread, args.pin))
        base = base or r["items_per_s"]
        print(f"  {n} worker(s): {r['items_per_s']:7.1f} items/s ({r['items_per_s'] / base:.2f}x)"
              f"  {r['statements_per_s']:5.2f} statements/s (backlog of {r['backlog']:.0f} "
              f"items)  latency p50 {r['p50']:5.1f} s  p95 {r['p95']:5.1f} s ({r['items']:.0f}"
              f" items, {r['statements']:.0f} quotes over the spread); {r['wall']:.0f} s, CPU s:"
              f" workers {r['cpu_workers']:.0f}, PostgreSQL {r['cpu_pg']:.0f}, feed server + "
              f"chat API {r['cpu_bench']:.0f}; the backlog took {r['backlog_s']:.0f} s at "
              f"{r['backlog_cores']:.2f} cores busy", flush=True)


if __name__ == "__main__":
    main()
