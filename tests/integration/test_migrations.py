"""The migrations build the schema the models describe, on both backends."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect

from tracker.storage import db as dbmod
from tracker.storage import metadata

# One item of each stored feed, in the items table as it stands from 0005 to 0011.
ITEM_OF_EACH_FEED = ("INSERT INTO items (feed_id, guid, url, title, text, fetched_at, content_hash,"
                     " kind, guests, post_eligible) SELECT id, :guid, '', '', '', CURRENT_TIMESTAMP,"
                     " 'h', :kind, '[]', true FROM feeds")


@contextlib.contextmanager
def engine_at(database_url: str, revision: str = "head") -> Iterator[Engine]:
    """A synchronous engine on the database migrated to ``revision``."""
    dbmod.upgrade(database_url, revision)
    engine = create_engine(dbmod.sync_url(database_url))
    try:
        yield engine
    finally:
        engine.dispose()


def parent_of(database_url: str, revision: str) -> str:
    """The revision before ``revision``."""
    from alembic.script import ScriptDirectory

    config = dbmod.alembic_config(database_url)
    parent = ScriptDirectory.from_config(config).get_revision(revision).down_revision
    assert isinstance(parent, str)
    return parent


def test_upgrade_builds_every_model_table_and_leaves_no_diff(database_url: str) -> None:
    with engine_at(database_url) as engine:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert set(metadata.tables) <= tables
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == [], f"models changed without a migration: {diff}"


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

    with engine_at(database_url, "0005") as engine:
        with engine.begin() as conn:  # an item stored before the migration
            conn.execute(text("INSERT INTO feeds (url, kind, name, full_text, active, added_at,"
                              " error_count, baselined) VALUES ('https://x.example/rss', 'news',"
                              " '', false, true, CURRENT_TIMESTAMP, 0, true)"))
            conn.execute(text(ITEM_OF_EACH_FEED), {"guid": "g", "kind": "news"})
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


def test_0011_adds_feed_states_marks_inactive_feeds_paused_and_downgrades(
        database_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    config = dbmod.alembic_config(database_url)
    before = parent_of(database_url, "0011")
    with engine_at(database_url, before) as engine:
        with engine.begin() as conn:  # one polled feed, one switched off before the revision
            for url, active in (("https://a.example/rss", "true"), ("https://b.example/rss", "false")):
                conn.execute(text("INSERT INTO feeds (url, kind, name, full_text, active, added_at,"
                                  f" error_count, baselined) VALUES ('{url}', 'news', '', 'auto',"
                                  f" {active}, CURRENT_TIMESTAMP, 0, true)"))
        dbmod.upgrade(database_url, "0011")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT url, inactive_reason, added_by FROM feeds"
                                     " ORDER BY url")).all()
        assert [tuple(r) for r in rows] == [("https://a.example/rss", None, None),
                                            ("https://b.example/rss", "paused", None)]
        command.downgrade(config, before)
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("feeds")}
            assert not columns & {"inactive_reason", "added_by"}
            assert conn.execute(text("SELECT count(*) FROM feeds")).scalar_one() == 2


def test_0007_full_text_mode_and_speaker_upgrade_and_downgrade(database_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    insert = ("INSERT INTO feeds (url, kind, name, full_text, active, added_at, error_count,"
              " baselined) VALUES (:url, 'news', '', :full, true, CURRENT_TIMESTAMP, 0, true)")
    with engine_at(database_url, "0006") as engine:
        with engine.begin() as conn:  # feeds stored before the migration
            conn.execute(text(insert), [{"url": "https://on.example/rss", "full": True},
                                        {"url": "https://off.example/rss", "full": False}])
        dbmod.upgrade(database_url, "0007")
        with engine.begin() as conn:
            rows = conn.execute(text("SELECT url, full_text, speaker FROM feeds ORDER BY url"))
            # true was asked for; false was the only value a feed could have by default.
            assert [tuple(r) for r in rows] == [("https://off.example/rss", "auto", ""),
                                                ("https://on.example/rss", "always", "")]
            conn.execute(text("INSERT INTO feeds (url, kind, name, full_text, speaker, active,"
                              " added_at, error_count, baselined) VALUES ('https://x.example/"
                              "elonmusk', 'posts', '', 'auto', 'Elon Musk', true,"
                              " CURRENT_TIMESTAMP, 0, true)"))
        command.downgrade(dbmod.alembic_config(database_url), "0006")
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("feeds")}
            assert "speaker" not in columns
            rows = conn.execute(text("SELECT url, kind, full_text FROM feeds ORDER BY url"))
            assert [(u, k, bool(f)) for u, k, f in rows] == [
                ("https://off.example/rss", "news", False), ("https://on.example/rss", "news", True),
                ("https://x.example/elonmusk", "news", False)]


def test_0010_adds_episode_audio_and_transcriptions_and_downgrades(database_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    config = dbmod.alembic_config(database_url)
    before = parent_of(database_url, "0010")
    with engine_at(database_url, before) as engine:
        with engine.begin() as conn:  # an episode stored before the migration
            conn.execute(text("INSERT INTO feeds (url, kind, name, full_text, active, added_at,"
                              " error_count, baselined) VALUES ('https://x.example/pod', "
                              "'podcast', '', 'auto', true, CURRENT_TIMESTAMP, 0, true)"))
            conn.execute(text(ITEM_OF_EACH_FEED), {"guid": "e1", "kind": "podcast"})
        dbmod.upgrade(database_url, "0010")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT audio_url FROM items")).scalar_one() is None
            conn.execute(text("INSERT INTO transcriptions (item_id, status, started_at) "
                              "SELECT id, 'done', CURRENT_TIMESTAMP FROM items"))
            row = conn.execute(text("SELECT status, audio_seconds FROM transcriptions")).one()
            assert tuple(row) == ("done", 0)
        command.downgrade(config, before)
        with engine.connect() as conn:
            assert "transcriptions" not in inspect(conn).get_table_names()
            assert "audio_url" not in {c["name"] for c in inspect(conn).get_columns("items")}
            assert conn.execute(text("SELECT count(*) FROM items")).scalar_one() == 1


def test_0008_numbers_deliveries_for_edits_and_downgrades(database_url: str) -> None:
    from alembic import command
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    insert = ("INSERT INTO deliveries (statement_id, destination_id, kind, status, attempts,"
              " next_attempt_at, created_at{extra}) SELECT s.id, d.id, '{kind}', 'sent', 0,"
              " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP{values} FROM statements s, destinations d")
    with engine_at(database_url, "0007") as engine:
        with engine.begin() as conn:  # a post sent before the migration
            conn.execute(text("INSERT INTO feeds (url, kind, name, active, added_at, error_count,"
                              " baselined) VALUES ('https://x.example/rss', 'news', '', true,"
                              " CURRENT_TIMESTAMP, 0, true)"))
            conn.execute(text(ITEM_OF_EACH_FEED), {"guid": "g", "kind": "news"})
            conn.execute(text("INSERT INTO statements (watch, speaker, text, language, confidence,"
                              " item_id, span_start, span_end, context, source_url, group_key,"
                              " created_at, status) SELECT 'w', 'Elon Musk', 'China', 'en', 0.9,"
                              " id, 0, 5, '', '', 'k', CURRENT_TIMESTAMP, 'posted' FROM items"))
            conn.execute(text("INSERT INTO destinations (platform, chat_id, title, role, language,"
                              " active, added_by, added_at) VALUES ('telegram', '-1001', '',"
                              " 'channel', 'en', true, 'config', CURRENT_TIMESTAMP)"))
            conn.execute(text(insert.format(kind="post", extra="", values="")))
        dbmod.upgrade(database_url, "0008")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT kind, revision, reason FROM deliveries")).all() == [
                ("post", 0, None)]
            for n in (1, 2):  # edits of the same message live beside the post
                conn.execute(text(insert.format(kind="edit", extra=", revision, reason",
                                                values=f", {n}, 'why'")))
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text(insert.format(kind="edit", extra=", revision", values=", 2")))
        command.downgrade(dbmod.alembic_config(database_url), "0007")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT kind FROM deliveries")).scalars().all() == ["post"]
            columns = {c["name"] for c in inspect(conn).get_columns("deliveries")}
            assert not columns & {"revision", "reason"}
        with pytest.raises(IntegrityError), engine.begin() as conn:  # one row per pair again
            conn.execute(text(insert.format(kind="post", extra="", values="")))


def test_0012_adds_the_web_console_tables_and_indexes_and_downgrades(database_url: str) -> None:
    from alembic import command

    config = dbmod.alembic_config(database_url)
    parent = parent_of(database_url, "0012")
    with engine_at(database_url) as engine:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert {"web_secrets", "web_login_tokens", "web_sessions"} <= tables
            indexes = {i["name"] for i in inspect(conn).get_indexes("statements")}
            assert {"ix_statements_item_id", "ix_statements_text_trgm"} <= indexes
        command.downgrade(config, parent)
        with engine.connect() as conn:
            assert not {"web_secrets", "web_login_tokens", "web_sessions"} & set(
                inspect(conn).get_table_names())
            indexes = {i["name"] for i in inspect(conn).get_indexes("statements")}
            assert "ix_statements_text_trgm" not in indexes
        dbmod.upgrade(database_url)  # and up again
