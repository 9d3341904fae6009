"""The operations server: ``GET /healthz`` (JSON) and ``GET /metrics`` (Prometheus text).

Its own small Starlette app on ``[server] host/port``, apart from the web console, so
a load balancer or Prometheus can reach it without the console being public. The
figures come from :mod:`tracker.runtime.ops`; this module only renders them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from adapters.web.server import AsgiService
from tracker.runtime import ops
from tracker.runtime.status import ServiceStatus
from tracker.storage import claims
from tracker.storage.db import Database

logger = logging.getLogger(__name__)
_FETCH_OK = {"200", "304"}


def create_ops_app(db: Database, status: ServiceStatus) -> Starlette:
    """The ASGI app answering /healthz and /metrics for this process."""
    latency = ops.LatencyHistogram()
    reading = asyncio.Lock()  # two scrapes at once must not count the same posts twice

    async def healthz(request: Request) -> Response:
        health = await ops.health(db, status)
        return JSONResponse(health.as_dict(), status_code=200 if health.ok else 503)

    async def metrics(request: Request) -> Response:
        snapshot: ops.Snapshot | None = None
        async with reading:
            try:
                snapshot = await ops.snapshot(db, status, latency)
            except Exception as exc:  # the process's own figures are still worth a scrape
                logger.warning("metrics: the database could not be read: %s",
                               (str(exc).splitlines() or [type(exc).__name__])[0][:200])
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_Collector(status, snapshot))
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return Starlette(routes=[Route("/healthz", healthz), Route("/metrics", metrics)])


class _Collector:
    """Yields this scrape's metric families (prometheus_client's custom collector protocol)."""

    def __init__(self, status: ServiceStatus, snapshot: ops.Snapshot | None) -> None:
        self.status, self.snapshot = status, snapshot

    def collect(self) -> Iterator[Metric]:
        yield from _process_metrics(self.status, self.snapshot is not None)
        if self.snapshot is not None:
            yield from _database_metrics(self.snapshot)


def _gauge(name: str, doc: str, labels: list[str], values: list[tuple[list[str], float]]
           ) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=labels)
    for label_values, value in values:
        family.add_metric(label_values, value)
    return family


def _process_metrics(status: ServiceStatus, database_up: bool) -> Iterator[Metric]:
    """What this process knows itself: role, scheduler, its cycles' counters."""
    yield _gauge("tracker_up", "1 while the process serves; its role as a label", ["role"],
                 [([status.role], 1)])
    yield _gauge("tracker_database_up", "1 when the database answered this scrape", [],
                 [([], 1 if database_up else 0)])
    yield _gauge("tracker_scheduler_running", "1 while this process's cycle scheduler runs",
                 [], [([], 1 if status.scheduler_running() else 0)])
    age = status.cycle_age()
    if age is not None:
        yield _gauge("tracker_last_clean_cycle_age_seconds",
                     "seconds since this process's last cycle without a failed stage", [],
                     [([], age)])
    yield from _cycle_counters(status)


def _cycle_counters(status: ServiceStatus) -> Iterator[Metric]:
    """This process's cycles and their stages' counts, summed since it started."""
    cycles = CounterMetricFamily("tracker_cycles", "cycles this process ran, by result",
                                 labels=["result"])
    cycles.add_metric(["done"], status.totals[("cycle", "done")])
    cycles.add_metric(["failed"], status.totals[("cycle", "failed")])
    yield cycles
    polled = CounterMetricFamily("tracker_feeds_polled", "feeds this process polled")
    polled.add_metric([], status.totals[("poll", "feeds_polled")])
    yield polled
    stages = CounterMetricFamily(
        "tracker_stage_events", "each stage's counters summed over this process's cycles "
        "(poll items_new, extract statements_new, match decisions, queue post/review, ...)",
        labels=["stage", "counter"])
    for (stage, counter), value in sorted(status.totals.items()):
        if stage != "cycle":
            stages.add_metric([stage, counter], value)
    yield stages
    takeovers = CounterMetricFamily("tracker_lease_takeovers",
                                    "expired leases (of a dead or stalled process) this "
                                    "process took over, by table", labels=["table"])
    for table in ("feeds", "items", "statements", "deliveries"):
        takeovers.add_metric([table], claims.TAKEOVERS[table])
    yield takeovers


def _database_metrics(snapshot: ops.Snapshot) -> Iterator[Metric]:
    """Deployment-wide figures read from the database at this scrape."""
    counts = snapshot.counts
    yield _gauge("tracker_fetches", "feed fetches in the fetch log, by status "
                 "(200, 304, timeout, refused, too_big, parse, an HTTP error code...)",
                 ["status"], [([s], n) for s, n in counts.fetches])
    yield _gauge("tracker_fetch_errors", "failed feed fetches in the fetch log, by kind",
                 ["kind"], [([s], n) for s, n in counts.fetches if s not in _FETCH_OK])
    yield _gauge("tracker_feeds", "feeds by state", ["state"], [([s], n) for s, n in counts.feeds])
    yield _gauge("tracker_items", "items stored", [], [([], counts.items)])
    yield _gauge("tracker_statements", "statements by status and matcher decision",
                 ["status", "decision"], [([s, d], n) for (s, d), n in counts.statements])
    decisions: dict[str, int] = {}
    for (_, decision), n in counts.statements:
        if decision:
            decisions[decision] = decisions.get(decision, 0) + n
    yield _gauge("tracker_matches", "matched statements by decision (match, suggest, none)",
                 ["decision"], [([d], n) for d, n in sorted(decisions.items())])
    yield _gauge("tracker_deliveries", "outbox rows by state, platform and kind",
                 ["state", "platform", "kind"],
                 [([s, p, k], n) for (s, p, k), n in counts.deliveries])
    yield _gauge("tracker_queue_depth", "outbox rows waiting to be sent (pending or sending)",
                 [], [([], counts.queue_depth)])
    latency = HistogramMetricFamily(
        "tracker_delivery_latency_seconds",
        "seconds from an item's fetch to its post being sent (sent posts)",
        buckets=snapshot.latency.cumulative(), sum_value=snapshot.latency.total)
    yield latency


class OpsServer(AsgiService):
    """Serves /healthz and /metrics on ``[server] host/port`` beside the scheduler."""

    name = "ops"

    def __init__(self, host: str, port: int, db: Database, status: ServiceStatus) -> None:
        super().__init__(create_ops_app(db, status), host, port,
                         what="the health and metrics server", hint="set [server] port")

    async def start(self) -> None:
        """Listen (OSError, one line, when the port is taken), then serve in a task."""
        await self.listen()
        logger.info("health and metrics on http://%s:%d/healthz and /metrics", self.host,
                    self.port)
