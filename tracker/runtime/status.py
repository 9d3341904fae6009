"""What a running service knows about itself: its role, its scheduler, its cycles.

``tracker run`` keeps one :class:`ServiceStatus`; the scheduled cycle records each
cycle in it and the operations server (``/healthz``, ``/metrics``) reads it. Figures
that several processes share (deliveries, the queue, statements) are read from the
database instead, so every process reports the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from tracker.model import utcnow

if TYPE_CHECKING:
    from tracker.runtime.pipeline import CycleStats


def _never_running() -> bool:
    return False


@dataclass
class ServiceStatus:
    """The live state of one service process.

    Attributes:
        role: What the process runs ("all" until the roles of issue 13 exist).
        interval_seconds: How often the cycle is due (0: this process runs no cycle).
        scheduler_running: Whether the process's scheduler is running now.
        last_cycle_at: When the last cycle ended; ``last_ok_at`` the last one without a
            failed stage.
        totals: Each stage's counters summed over the process's cycles ("poll",
            "feeds_polled") -> n, and ("cycle", "failed") for cycles with a failed stage.
    """

    role: str = "all"
    interval_seconds: float = 0.0
    scheduler_running: Callable[[], bool] = _never_running
    started_at: datetime = field(default_factory=utcnow)
    last_cycle_at: datetime | None = None
    last_ok_at: datetime | None = None
    last_summary: str = ""
    totals: Counter[tuple[str, str]] = field(default_factory=Counter)

    def cycle_done(self, stats: CycleStats, now: datetime | None = None) -> None:
        """Record a finished cycle: its time, whether it was clean, its counters."""
        now = now or utcnow()
        self.last_cycle_at, self.last_summary = now, stats.summary()
        if not stats.crashed:
            self.last_ok_at = now
        self.totals[("cycle", "done")] += 1
        self.totals[("cycle", "failed")] += int(stats.crashed)
        if stats.poll is not None:
            for key, value in stats.poll.as_dict().items():
                self.totals[("poll", key)] += value
        for stage, counters in stats.stages:
            for key, value in counters.items():
                self.totals[(stage, key)] += int(value)

    def cycle_age(self, now: datetime | None = None) -> float | None:
        """Seconds since the last clean cycle (None: none yet)."""
        if self.last_ok_at is None:
            return None
        return ((now or utcnow()) - self.last_ok_at).total_seconds()
