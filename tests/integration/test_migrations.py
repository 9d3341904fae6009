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


def test_0006_drops_kv_adds_item_extract_errors_and_downgrades(database_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    dbmod.upgrade(database_url, "0005")
    engine = create_engine(dbmod.sync_url(database_url))
    try:
        with engine.begin() as conn:  # an item stored before the migration
            conn.execute(text("INSERT INTO feeds (url, kind, name, full_text, active, added_at,"
                              " error_count, baselined) VALUES ('https://x.example/rss', 'news',"
                              " '', false, true, CURRENT_TIMESTAMP, 0, true)"))
            conn.execute(text("INSERT INTO items (feed_id, guid, url, title, text, fetched_at,"
                              " content_hash, kind, guests, post_eligible) SELECT id, 'g', '', '',"
                              " '', CURRENT_TIMESTAMP, 'h', 'news', '[]', true FROM feeds"))
        dbmod.upgrade(database_url)
        with engine.connect() as conn:
            assert "kv" not in inspect(conn).get_table_names()
            row = conn.execute(text("SELECT extract_error, extract_attempts FROM items")).one()
            assert tuple(row) == (None, 0)
        command.downgrade(dbmod.alembic_config(database_url), "0005")
        with engine.connect() as conn:
            assert "kv" in inspect(conn).get_table_names()
            columns = {c["name"] for c in inspect(conn).get_columns("items")}
            assert not columns & {"extract_error", "extract_attempts"}
            assert conn.execute(text("SELECT count(*) FROM items")).scalar_one() == 1
    finally:
        engine.dispose()
