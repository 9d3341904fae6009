"""The migrations build the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from tracker.storage import db as dbmod
from tracker.storage import metadata


def test_upgrade_builds_every_model_table_and_leaves_no_diff(database_url: str) -> None:
    dbmod.upgrade(database_url)
    engine = create_engine(dbmod.sync_url(database_url))
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert set(metadata.tables) <= tables
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == [], f"models changed without a migration: {diff}"
    finally:
        engine.dispose()


def test_upgrade_twice_is_a_no_op(database_url: str) -> None:
    dbmod.upgrade(database_url)
    first = dbmod.current_revision(database_url)
    dbmod.upgrade(database_url)
    assert dbmod.current_revision(database_url) == first
    assert first is not None


def test_sqlite_connections_use_wal_and_foreign_keys(sqlite_url: str) -> None:
    import asyncio

    from sqlalchemy import text

    async def pragmas() -> tuple[str, int]:
        database = await dbmod.open_database(sqlite_url)
        try:
            async with database.engine.connect() as conn:
                mode = (await conn.execute(text("PRAGMA journal_mode"))).scalar_one()
                fk = (await conn.execute(text("PRAGMA foreign_keys"))).scalar_one()
                return str(mode), int(fk)
        finally:
            await database.dispose()

    assert asyncio.run(pragmas()) == ("wal", 1)
