"""The operations server: /healthz and /metrics over real HTTP on loopback, both databases."""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from adapters.main import build_services
from adapters.web.health import OpsServer
from tests.fakes.feed_server import running_feed_server
from tests.fakes.notifier import FakeNotifier, seed_rebuttal, seed_statement
from tests.fakes.process import tracker_process
from tests.integration.test_feeds_cli import tracker, write_config
from tests.integration.test_service_console import NEW, OLD, POSTING, rss
from tracker.config import Settings
from tracker.ports import Service
from tracker.runtime.delivery import DeliveryWorker
from tracker.runtime.pipeline import CycleStats, Stages, run_cycle
from tracker.runtime.scheduler import run_service
from tracker.runtime.status import ServiceStatus
from tracker.storage import deliveries_repo
from tracker.storage.db import Database
from tracker.usecases import destinations
from tracker.usecases import queue as posting

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def samples(text: str) -> Samples:
    """Every sample of a Prometheus text page, parsed by prometheus_client's own parser."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _settings(url: str, **server: object) -> Settings:
    return Settings(database={"url": url}, feeds=[], polling={"interval_seconds": 3600},
                    web={"enabled": False}, server={"port": 0, **server},
                    watches=[{"name": "musk-china", "speaker_aliases": ["Elon Musk"],
                              "topic_terms": ["China"]}])


@pytest.fixture
async def ops(db: Database) -> AsyncIterator[tuple[OpsServer, ServiceStatus]]:
    status = ServiceStatus(role="all", interval_seconds=3600)
    server = OpsServer("127.0.0.1", 0, db, status)
    await server.start()
    yield server, status
    await server.stop()


async def test_metrics_count_deliveries_queue_and_latency_from_the_database(
        db: Database, ops: tuple[OpsServer, ServiceStatus]) -> None:
    server, status = ops
    for chat in ("chan0", "chan1"):
        await destinations.subscribe(db, "fake", chat, added_by="test")
    rid = await seed_rebuttal(db)
    await seed_statement(db, rebuttals=[rid])
    settings = Settings(watches=[{"name": "musk-china", "speaker_aliases": ["Elon Musk"],
                                  "topic_terms": ["China"]}])  # type: ignore[list-item]
    assert await posting.queue_posts(db, settings) == {"post": 1}
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
        queued = samples((await client.get("/metrics")).text)
        assert queued[("tracker_queue_depth", ())] == 2
        assert queued[("tracker_deliveries", (("kind", "post"), ("platform", "fake"),
                                              ("state", "pending")))] == 2
        assert queued[("tracker_delivery_latency_seconds_count", ())] == 0
        assert await DeliveryWorker(db, {"fake": FakeNotifier()}, settings).run_once() == {
            "sent": 2}
        response = await client.get("/metrics")
        sent = samples(response.text)
        again = samples((await client.get("/metrics")).text)
    assert response.headers["content-type"].startswith("text/plain; version=")
    assert sent[("tracker_queue_depth", ())] == 0
    assert sent[("tracker_deliveries", (("kind", "post"), ("platform", "fake"),
                                        ("state", "sent")))] == 2
    assert sent[("tracker_matches", (("decision", "match"),))] == 1
    assert sent[("tracker_items", ())] == 1
    assert sent[("tracker_delivery_latency_seconds_count", ())] == 2
    assert sent[("tracker_delivery_latency_seconds_bucket", (("le", "+Inf"),))] == 2
    assert again[("tracker_delivery_latency_seconds_count", ())] == 2  # each post counted once
    assert sent[("tracker_lease_takeovers_total", (("table", "items"),))] >= 0
    assert sent[("tracker_up", (("role", "all"),))] == 1 and sent[("tracker_database_up", ())] == 1


async def test_healthz_reports_the_last_clean_cycle_and_a_stopped_scheduler(
        db: Database, ops: tuple[OpsServer, ServiceStatus]) -> None:
    server, status = ops
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
        stopped = await client.get("/healthz")
        assert stopped.status_code == 503
        assert stopped.json()["problems"] == ["scheduler stopped"]
        status.scheduler_running = lambda: True
        stats = await run_cycle(db, _settings("sqlite:///unused.db"), Stages())
        status.cycle_done(stats)
        healthy = await client.get("/healthz")
        failed = CycleStats(None, failures=(("poll", "boom"),))
        status.cycle_done(failed)
        metrics = samples((await client.get("/metrics")).text)
    assert healthy.status_code == 200, healthy.text
    body = healthy.json()
    assert body["status"] == "ok" and body["role"] == "all" and body["database"] == "ok"
    assert body["scheduler"] == "running" and 0 <= body["last_cycle_age_seconds"] < 60
    assert metrics[("tracker_cycles_total", (("result", "done"),))] == 2
    assert metrics[("tracker_cycles_total", (("result", "failed"),))] == 1


async def test_healthz_is_503_when_the_database_is_unreachable() -> None:
    db = Database("postgresql+psycopg://postgres@127.0.0.1:9/nothing_listens_here")
    server = OpsServer("127.0.0.1", 0, db, ServiceStatus())
    await server.start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            health = await client.get("/healthz")
            metrics = samples((await client.get("/metrics")).text)
    finally:
        await server.stop()
        await db.dispose()
    assert health.status_code == 503 and health.json()["problems"] == ["database unreachable"]
    assert metrics[("tracker_database_up", ())] == 0


async def test_tracker_run_serves_health_beside_the_scheduler_when_a_port_is_set(
        tmp_path: Path) -> None:
    servers: list[Service] = []

    def services(settings: Settings, db: Database, status: ServiceStatus) -> Sequence[Service]:
        servers.extend(build_services(settings, db, status))
        return servers

    stop = asyncio.Event()
    settings = _settings(f"sqlite+aiosqlite:///{tmp_path / 't.db'}")
    service = asyncio.create_task(run_service(settings, None, stop=stop, services=services))
    try:
        body: dict[str, object] = {}
        for _ in range(1200):  # until the first cycle is done (migrations and seeding first)
            if servers and isinstance(servers[0], OpsServer) and servers[0].server.started:
                async with httpx.AsyncClient() as client:
                    body = (await client.get(f"http://127.0.0.1:{servers[0].port}/healthz")).json()
                if body.get("last_cycle_age_seconds") is not None:
                    break
            await asyncio.sleep(0.05)
        assert body["status"] == "ok" and body["scheduler"] == "running", body
    finally:
        stop.set()
        await asyncio.wait_for(service, 30)


def test_without_a_port_no_health_server_is_built(tmp_path: Path) -> None:
    settings = _settings(f"sqlite+aiosqlite:///{tmp_path / 't.db'}", port=None)
    assert build_services(settings, Database(settings.database.url)) == []


async def test_tracker_run_logs_json_serves_metrics_and_stops_quietly(tmp_path: Path) -> None:
    """The console script as deployed: JSON logs with ids, a scrape, SIGTERM without noise."""
    async with running_feed_server() as feeds:
        url = feeds.set("/wire.xml", body=rss(OLD))
        cfg = str(write_config(tmp_path, [url], interval=10, auto_threshold=POSTING))
        code, _, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)  # first contact
        assert code == 0, err
        feeds.set("/wire.xml", body=rss(NEW, OLD))
        env = {**os.environ, "TRACKER_SERVER__PORT": "0", "TRACKER_WEB__ENABLED": "false"}
        async with tracker_process("--log-format", "json", "-c", cfg, "run", cwd=tmp_path,
                                   env=env) as service:
            assert service.proc.stderr is not None
            lines: list[str] = []
            port = 0
            while not port:
                line = (await asyncio.wait_for(service.proc.stderr.readline(), 60)).decode()
                assert line, "".join(lines)
                lines.append(line)
                found = re.search(r"health and metrics on http://127.0.0.1:(\d+)", line)
                port = int(found.group(1)) if found else 0
            scraped: Samples = {}
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
                # Until the new statement's post is recorded sent; the bound only ends a
                # hung run (a loaded 2-core machine took over 60 s for the first cycle).
                deadline = asyncio.get_running_loop().time() + 240
                while asyncio.get_running_loop().time() < deadline:
                    scraped = samples((await client.get("/metrics")).text)
                    # Both figures: the scrape reads them in separate queries, so a post
                    # sent between them shows in the second only.
                    if (scraped.get(("tracker_delivery_latency_seconds_count", ())) == 1
                            and scraped.get(("tracker_deliveries", (
                                ("kind", "post"), ("platform", "console"),
                                ("state", "sent")))) == 1):
                        break
                    await asyncio.sleep(0.1)
                health = (await client.get("/healthz")).json()
            code, _, rest = await service.stop()
    assert code == 0, rest
    assert scraped[("tracker_deliveries", (("kind", "post"), ("platform", "console"),
                                           ("state", "sent")))] == 1
    assert health["status"] == "ok" and health["role"] == "all"
    events = [json.loads(line) for line in ("".join(lines) + rest).splitlines()]
    assert not [e for e in events if e["level"] in ("ERROR", "CRITICAL")]
    assert "Traceback" not in rest
    sent = [e for e in events if e["message"].startswith("delivery ") and "sent to" in e["message"]]
    assert len(sent) == 1 and {"delivery_id", "statement_id", "destination_id"} <= set(sent[0])
    assert any(e["message"] == "stopping" and e["level"] == "INFO" for e in events)


TOKEN = "123456789:AAE-a-token-that-must-not-be-stored-anywhere"


async def test_errors_kept_in_the_database_and_the_cycle_lose_the_token(db: Database) -> None:
    settings = Settings(telegram={"token": TOKEN},  # type: ignore[arg-type]
                        watches=[{"name": "musk-china", "speaker_aliases": ["Elon Musk"],
                                  "topic_terms": ["China"]}])  # type: ignore[list-item]
    await destinations.subscribe(db, "fake", "chan0", added_by="test")
    await seed_statement(db, rebuttals=[await seed_rebuttal(db)])
    await posting.queue_posts(db, settings)
    fake = FakeNotifier(fail_with={"chan0": [
        RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/sendMessage timed out")]})
    assert await DeliveryWorker(db, {"fake": fake}, settings).run_once() == {"retry": 1}
    async with db.session() as session:
        (row,) = await deliveries_repo.list_all(session)
    assert row.last_error == "RuntimeError: POST https://api.telegram.org/bot***/sendMessage timed out"

    async def crashing(db: Database, settings: Settings) -> dict[str, int]:
        raise ValueError(f"the token {TOKEN} was rejected")

    stats = await run_cycle(db, settings.model_copy(update={"feeds": []}), Stages(queue=crashing))
    assert stats.failures == (("queue", "ValueError: the token *** was rejected"),)


async def test_a_health_port_in_use_is_one_line_at_start(sqlite_db: Database) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = OpsServer("127.0.0.1", port, sqlite_db, ServiceStatus())
        with pytest.raises(OSError) as err:
            await server.start()
    assert str(err.value).startswith(
        f"the health and metrics server could not listen on 127.0.0.1:{port}: ")
    assert str(err.value).endswith("(set [server] port)")
