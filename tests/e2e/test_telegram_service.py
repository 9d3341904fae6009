"""`tracker run` with a Telegram token, as a real subprocess against the fake Bot API.

The console script builds the Telegram platform from the config, answers a
command, and never writes the token to its logs, even with --debug.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.process import tracker_process
from tests.fakes.telegram_api import FakeTelegramAPI

TOKEN = "987654:SECRET-token-value"
READER = 555


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    fake = FakeTelegramAPI(token=TOKEN)
    await fake.start()
    yield fake
    await fake.stop()


async def test_run_serves_telegram_and_keeps_the_token_out_of_the_logs(
        tmp_path: Path, api: FakeTelegramAPI) -> None:
    cfg = tmp_path / "tracker.toml"
    cfg.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n'
                   f"[polling]\ninterval_seconds = 3600\n"
                   f'[telegram]\napi_base_url = "{api.base_url}"\n'
                   "[[feeds]]\nurl = \"http://127.0.0.1:9/none.xml\"\n")
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin",  # and the code under test
           **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}}
    async with tracker_process("--debug", "-c", str(cfg), "run", cwd=tmp_path,
                               env=env) as service:
        await api.wait_for(lambda: api.calls("getUpdates"), timeout=60)
        api.command(READER, READER, "/start")
        await api.wait_for(lambda: api.sent(READER), timeout=30)
        code, out, logs = await service.stop()
    assert code == 0, logs[-2000:]
    assert "/subscribe" in api.sent(READER)[0].text
    assert "DEBUG" in logs and "getUpdates" in logs  # the debug log did run
    assert TOKEN not in logs and TOKEN not in out
    assert "SECRET" not in logs
    shutdown = logs[logs.index("INFO tracker.runtime.scheduler: stopping"):]
    assert " ERROR " not in shutdown and "Traceback" not in shutdown, shutdown  # SIGTERM is quiet


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
async def test_a_rejected_token_is_one_line_that_never_names_it(
        tmp_path: Path, debug: bool) -> None:
    """The real python-telegram-bot puts the token in InvalidToken's text; it never shows."""
    api = FakeTelegramAPI(token="111111:the-token-the-server-knows")  # ours is not it
    await api.start()
    try:
        cfg = tmp_path / "tracker.toml"
        cfg.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n'
                       f'[telegram]\napi_base_url = "{api.base_url}"\n'
                       "[[feeds]]\nurl = \"http://127.0.0.1:9/none.xml\"\n")
        env = {"TELEGRAM_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin",
               **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}}
        args = ("--debug",) if debug else ()
        async with tracker_process(*args, "-c", str(cfg), "run", cwd=tmp_path,
                                   env=env) as service:
            out, err = await asyncio.wait_for(service.proc.communicate(), 120)
    finally:
        await api.stop()
    logs = out.decode() + err.decode()
    assert service.proc.returncode == 2, logs[-2000:]
    assert err.decode().splitlines()[-1] == (
        f"error: telegram.token was rejected by the Bot API at {api.base_url} "
        "(check the token @BotFather gave)")
    assert api.calls("getMe")  # the real library did ask, and was refused
    assert TOKEN not in logs and "SECRET" not in logs
    assert ("Traceback" in logs) == debug
