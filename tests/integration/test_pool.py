"""Pooled PostgreSQL connections survive a server that dropped them (pre-ping)."""

from __future__ import annotations

import psycopg
from sqlalchemy import func, select, text

from tracker.config import Settings
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow
from tracker.usecases import ingest

PG = "host=127.0.0.1 port=5432 user=postgres dbname=test"


async def test_a_connection_the_server_dropped_is_replaced_and_work_goes_on(
        pg_db: Database) -> None:
    async with pg_db.session() as s:
        pid = await s.scalar(text("SELECT pg_backend_pid()"))
    # The pooled connection is now idle in the pool; the server ends its backend.
    with psycopg.connect(PG, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    await ingest.add_feed(pg_db, Settings(polling={"allow_private_hosts": True}),  # type: ignore[arg-type]
                          "http://127.0.0.1:9/rss.xml", added_by="test")
    async with pg_db.session() as s:
        assert await s.scalar(select(func.count()).select_from(FeedRow)) == 1
        assert await s.scalar(text("SELECT pg_backend_pid()")) != pid
