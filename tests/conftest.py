"""Shared fixtures: a migrated database on SQLite and, when reachable, PostgreSQL.

The ``db`` fixture runs each test once per backend. PostgreSQL tests get their
own schema (dropped afterwards); when the server at 127.0.0.1:5432 is not
reachable they skip with the reason, unless TRACKER_TEST_REQUIRE_POSTGRES=1
(set by .ci/run), which turns the skip into a failure.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.fakes.telegram_api import FakeTelegramAPI
from tracker.storage import db as dbmod

# Property tests: few examples by default so the suite stays fast; HYPOTHESIS_PROFILE=thorough
# for a longer hunt. No deadline: a shared, busy machine must not fail an example by its time.
settings.register_profile("default", max_examples=40, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_ADMIN_URL = os.environ.get("TRACKER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

PG_CONNINFO = "host=127.0.0.1 port=5432 user=postgres dbname=test"

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


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database built by running the migrations, once per test process.

    Migrating a new SQLite file costs 0.2-1 s; a copy of this one costs a millisecond
    and is the same schema (the migrations then find it at head and do nothing).
    """
    path = tmp_path_factory.mktemp("sqlite-template") / "tracker.db"
    dbmod.upgrade(f"sqlite+aiosqlite:///{path}")
    return path


def _copy_template(url: str, template: Path) -> None:
    """Put a copy of the migrated template at a SQLite URL whose file does not exist yet."""
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    if url.startswith("sqlite") and name and not Path(name).exists():
        shutil.copyfile(template, name)


@pytest.fixture(scope="session")
def pg_template() -> str | None:
    """The SQL of a PostgreSQL schema built by running the migrations, once per test process.

    Migrating a new schema costs about 0.5 s; replaying pg_dump's script of a migrated
    one (its tables, indexes, constraints, sequences and alembic_version row) about a
    third of that. None without pg_dump (or when it fails) or the server: each test
    then migrates.
    """
    if postgres_unavailable() or shutil.which("pg_dump") is None:
        return None
    import subprocess

    import psycopg

    schema = f"tpl_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        dbmod.upgrade(_pg_schema_url(schema))
        dump = subprocess.run(["pg_dump", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres",
                               "-d", "test", "-n", schema, "--inserts", "--no-owner",
                               "--no-privileges"], capture_output=True, text=True, check=True,
                              timeout=120).stdout
    except (OSError, subprocess.SubprocessError) as exc:  # e.g. pg_dump older than the server
        print(f"PostgreSQL tests migrate each schema: pg_dump failed: {exc}")
        return None
    finally:
        with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    # psql's meta-commands (\restrict) are not SQL; the test's schema exists already.
    lines = [line for line in dump.splitlines()
             if not line.startswith("\\") and not line.startswith("CREATE SCHEMA")]
    return "\n".join(lines).replace(schema, "{schema}")


def _copy_pg_template(url: str, template: str) -> None:
    """Replay the migrated template in the (empty) schema of a PostgreSQL test URL."""
    import psycopg

    found = re.search(r"search_path%3D(\w+)", url)
    assert found, url
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        conn.execute(template.replace("{schema}", found.group(1)))


@contextlib.asynccontextmanager
async def _migrated(url: str, template: Path | None = None,
                    pg_sql: str | None = None) -> AsyncIterator[dbmod.Database]:
    """A database at ``url`` with the migrations applied, disposed afterwards."""
    if template is not None:
        _copy_template(url, template)
    if pg_sql is not None and url.startswith("postgresql"):
        _copy_pg_template(url, pg_sql)
    database = await dbmod.open_database(url)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
async def db(database_url: str, sqlite_template: Path,
             pg_template: str | None) -> AsyncIterator[dbmod.Database]:
    """A migrated database on each backend (schema built by running the migrations)."""
    async with _migrated(database_url, sqlite_template, pg_template) as database:
        yield database


@pytest.fixture
async def sqlite_db(sqlite_url: str, sqlite_template: Path) -> AsyncIterator[dbmod.Database]:
    """A migrated SQLite database, for tests that need only one backend."""
    async with _migrated(sqlite_url, sqlite_template) as database:
        yield database


@pytest.fixture
async def pg_db(pg_url: str, pg_template: str | None) -> AsyncIterator[dbmod.Database]:
    """A migrated PostgreSQL database, for the multi-process mode's own tests."""
    async with _migrated(pg_url, pg_sql=pg_template) as database:
        yield database


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    """The fake Bot API server on 127.0.0.1 (a module may extend it with chats)."""
    fake = FakeTelegramAPI()
    await fake.start()
    yield fake
    await fake.stop()
