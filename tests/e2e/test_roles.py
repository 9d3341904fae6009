"""`tracker run --role`: one process at a time reads the chat updates; a kill -9 hands them on.

Real `tracker run --role bots` processes on one PostgreSQL schema against the fake Bot API.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.fakes.telegram_api import FakeTelegramAPI
from tests.fakes.workers import Schema, start, stop_all, until
from tests.integration.test_feeds_cli import tracker

TOKEN = "987654:SECRET-token-value"
ENV = {"TELEGRAM_BOT_TOKEN": TOKEN}
READER = 555
PG = "host=127.0.0.1 port=5432 user=postgres dbname=test"
WAITING = "another process holds the chat update streams: waiting"


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    fake = FakeTelegramAPI(token=TOKEN)
    await fake.start()
    yield fake
    await fake.stop()


def _config(tmp_path: Path, url: str, api: FakeTelegramAPI) -> str:
    cfg = tmp_path / "tracker.toml"
    cfg.write_text(f'[database]\nurl = "{url}"\n'
                   "[polling]\ninterval_seconds = 3600\n"
                   "[leases]\nbots_retry_seconds = 0.5\n"
                   f'[telegram]\napi_base_url = "{api.base_url}"\n'
                   "[[feeds]]\nurl = \"http://127.0.0.1:9/none.xml\"\n")
    return str(cfg)


def _lock_state(schema: str) -> tuple[int | None, int]:
    """(the backend pid holding the update streams lock, backends of the schema trying it)."""
    with psycopg.connect(PG, autocommit=True) as conn:
        held = conn.execute("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                            "AND objid = (hashtext('tracker:chat-update-streams:' || %s)::oid)",
                            (schema,)).fetchone()
        trying = conn.execute("SELECT count(*) FROM pg_stat_activity "
                              "WHERE query LIKE 'SELECT pg_try_advisory_lock%%'").fetchone()
    return (held[0] if held else None), int(trying[0] if trying else 0)


async def test_one_bots_process_reads_updates_and_another_takes_over_after_kill_9(
        tmp_path: Path, pg_url: str, api: FakeTelegramAPI) -> None:
    cfg = _config(tmp_path, pg_url, api)
    schema = Schema(pg_url).schema
    stack: list[Any] = []
    try:
        first = await start(cfg, tmp_path, "bots", stack, ENV)
        await api.wait_for(lambda: api.calls("getUpdates"), timeout=60)
        holder, _ = _lock_state(schema)
        assert holder is not None
        second = await start(cfg, tmp_path, "bots", stack, ENV)
        second_log = tmp_path / "bots-1.log"
        await until(lambda: WAITING in second_log.read_text(), 60, "the second to wait")
        first.proc.kill()  # SIGKILL: no clean-up, the lock goes with the connection
        await first.proc.wait()
        killed = time.monotonic()
        before = len(api.calls("getUpdates"))
        await until(lambda: _lock_state(schema)[0] not in (None, holder), 30,
                     "the second to take the lock")
        await api.wait_for(lambda: len(api.calls("getUpdates")) > before + 1, timeout=30)
        took = time.monotonic() - killed
        api.command(READER, READER, "/start")
        await api.wait_for(lambda: api.sent(READER), timeout=30)
        second.proc.terminate()
        code = await asyncio.wait_for(second.proc.wait(), 30)
    finally:
        await stop_all(stack)
    logs = second_log.read_text()
    assert took < 30
    assert code == 0, logs[-2000:]
    assert "holding the chat update streams (telegram)" in logs
    assert "web console on http://127.0.0.1:" in logs  # every role serves the web console
    assert "/subscribe" in api.sent(READER)[0].text
    print(f"the second bots process read the updates {took:.1f} s after the kill")


async def test_a_split_role_on_sqlite_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "tracker.toml"
    cfg.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n')
    code, out, err = await tracker("-c", str(cfg), "run", "--role", "worker", cwd=tmp_path)
    assert code == 2
    assert err.strip() == ("error: --role worker needs PostgreSQL (database.url is SQLite, "
                           "where one process runs everything: --role all)")
    assert not (tmp_path / "t.db").exists()
