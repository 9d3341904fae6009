"""`tracker run` with a Telegram token, as a real subprocess against the fake Bot API.

The console script builds the Telegram platform from the config, answers a
command, and never writes the token to its logs, even with --debug.
"""

from __future__ import annotations

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
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin"}
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
