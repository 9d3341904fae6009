"""Statements per week by decision: one chart from the console's statistics use case, for
the web console's /stats page and Telegram's /stats alike (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from adapters.charts import svg
from tracker.usecases.console import Stats

DECISIONS = ("match", "suggest", "none", "unmatched")
WEEKS = 12
TITLE = "Statements per week, by decision"
NAMES = {"match": "match", "suggest": "suggest", "none": "none", "unmatched": "not matched"}


def week_starts(now: datetime, weeks: int = WEEKS) -> list[str]:
    """The Mondays (YYYY-MM-DD) of the last ``weeks`` weeks, oldest first."""
    monday = (now - timedelta(days=now.weekday())).date()
    return [(monday - timedelta(weeks=n)).isoformat() for n in range(weeks - 1, -1, -1)]


def columns(stats: Stats, now: datetime) -> list[tuple[str, dict[str, int]]]:
    """(week starting, {decision: statements}) for each of the last weeks, oldest first."""
    weeks: dict[str, dict[str, int]] = {week: {} for week in week_starts(now)}
    for week, decision, n in stats.weeks:
        column = weeks.setdefault(week, {})
        column[decision] = column.get(decision, 0) + n
    return sorted(weeks.items())


def chart(stats: Stats, now: datetime, title: str = TITLE,
          names: Mapping[str, str] = NAMES) -> str:
    """The chart as SVG text; ``names`` are the decisions' names in the reader's language."""
    return svg.stacked_columns(title, columns(stats, now),
                               [(d, names.get(d, d)) for d in DECISIONS])
