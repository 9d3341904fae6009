"""Shared fixtures: a migrated database on SQLite and, when reachable, PostgreSQL.

The ``db`` fixture runs each test once per backend. PostgreSQL tests get their
own schema (dropped afterwards); when the server at 127.0.0.1:5432 is not
reachable they skip with the reason, unless TRACKER_TEST_REQUIRE_POSTGRES=1
(set by .ci/run), which turns the skip into a failure.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tracker.storage import db as dbmod

# Property tests: few examples by default so the suite stays fast; HYPOTHESIS_PROFILE=thorough
# for a longer hunt. No deadline: a shared, busy machine must not fail an example by its time.
settings.register_profile("default", max_examples=40, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_ADMIN_URL = os.environ.get("TRACKER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_pg_status: str | None = None  # None: not checked; "" reachable; else the reason


def postgres_unavailable() -> str:
    """Return "" when PostgreSQL is reachable, else the reason it is not."""
    global _pg_status
    if _pg_status is None:
        try:
            import psycopg

            conn = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3)
            conn.close()
            _pg_status = ""
        except Exception as exc:  # any failure means: not reachable here
            _pg_status = f"PostgreSQL at 127.0.0.1:5432 not reachable: {str(exc).splitlines()[0]}"
    return _pg_status


def _require_pg() -> None:
    reason = postgres_unavailable()
    if reason:
        if os.environ.get("TRACKER_TEST_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        print(f"skipping PostgreSQL variant: {reason}")
        pytest.skip(reason)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's tracker settings or tokens."""
    for name in list(os.environ):
        if name.startswith("TRACKER_") and name not in ("TRACKER_TEST_REQUIRE_POSTGRES", "TRACKER_TEST_PG_URL"):
            monkeypatch.delenv(name, raising=False)
    for name in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def _pg_schema_url(schema: str) -> str:
    return f"{PG_ADMIN_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL schema; dropped after the test."""
    _require_pg()
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database, once per backend."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'tracker.db'}"
    return str(request.getfixturevalue("pg_url"))


@contextlib.asynccontextmanager
async def _migrated(url: str) -> AsyncIterator[dbmod.Database]:
    """A database at ``url`` with the migrations applied, disposed afterwards."""
    database = await dbmod.open_database(url)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[dbmod.Database]:
    """A migrated database on each backend (schema built by running the migrations)."""
    async with _migrated(database_url) as database:
        yield database


@pytest.fixture
async def sqlite_db(sqlite_url: str) -> AsyncIterator[dbmod.Database]:
    """A migrated SQLite database, for tests that need only one backend."""
    async with _migrated(sqlite_url) as database:
        yield database


@pytest.fixture
async def pg_db(pg_url: str) -> AsyncIterator[dbmod.Database]:
    """A migrated PostgreSQL database, for the multi-process mode's own tests."""
    async with _migrated(pg_url) as database:
        yield database
