"""The `tracker` console script as a real subprocess, stopped with SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator, Mapping
from pathlib import Path


class Service:
    """A running `tracker ...` process."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def stop(self, timeout: float = 30) -> tuple[int, str, str]:
        """SIGTERM, then wait; returns (exit status, stdout, stderr)."""
        self.proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(self.proc.communicate(), timeout)
        return self.proc.returncode or 0, out.decode(), err.decode()


@contextlib.asynccontextmanager
async def tracker_process(*args: str, cwd: Path,
                          env: Mapping[str, str] | None = None) -> AsyncIterator[Service]:
    """Start `python -m adapters.main ARGS` in cwd; killed on the way out if still running.

    The web console of a `tracker run` listens on any free port (tests run side by side).
    """
    env = {"TRACKER_WEB__PORT": "0", **(os.environ if env is None else env)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.main", *args, cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        yield Service(proc)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
