"""The worker pools: their processes do not outlive a service killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

CHILD = """
import os, sys
from tracker.usecases.pools import SpawnedPool
pool = SpawnedPool().get(2)
futures = [pool.submit(os.getpid) for _ in range(8)]
print(" ".join(str(p) for p in sorted({f.result() for f in futures})), flush=True)
sys.stdin.read()  # wait until killed
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); its state in /proc says it has exited.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_pool_workers_exit_when_their_service_is_killed() -> None:
    service = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert service.stdout is not None
        workers = [int(p) for p in service.stdout.readline().split()]
        assert workers and all(_alive(p) for p in workers)
        service.send_signal(signal.SIGKILL)
        service.wait()
        deadline = time.monotonic() + 60  # ends a hung run only; the watch checks every 1 s
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if _alive(p)]
    finally:
        if service.poll() is None:
            service.kill()
