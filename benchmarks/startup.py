"""Start-up benchmark: how long a fresh `tracker` process takes, whole, from start to exit.

Each command runs as a new process (nothing warm in it: "cold"), several times;
the median wall and CPU (user + system) seconds are printed. The database cases
run in a temporary directory with a migrated, seeded database whose rebuttal
embeddings are already stored (the state after the first `tracker match` or
`tracker run`); "empty dir" runs where no database exists (a temporary one is
used and deleted, ./tracker.db is not created).

    python -m benchmarks.startup [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXT = "China basically does whatever I suggest"
TARGETS = {"tracker --help": 0.3, "tracker match TEXT": 1.5}


def tracker_command() -> list[str]:
    """The installed console script next to this interpreter, else `python -m adapters.main`."""
    script = Path(sys.executable).with_name("tracker")
    return [str(script)] if script.exists() else [sys.executable, "-m", "adapters.main"]


def timed(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one run of argv as a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"{' '.join(argv[-3:])}: exit {done.returncode}: {last}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(name: str, argv: list[str], cwd: Path, env: dict[str, str], runs: int) -> None:
    timed(argv, cwd, env)  # warm-up: the OS file cache, not the process
    walls, cpus = zip(*(timed(argv, cwd, env) for _ in range(runs)), strict=True)
    target = TARGETS.get(name.split(" (")[0])
    note = f"   target <= {target} s" if target else ""
    print(f"  {name:<34}: wall {statistics.median(walls):6.2f} s  "
          f"cpu {statistics.median(cpus):6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f})"
          f"{note}", flush=True)


def main() -> None:
    """Print the median start-up figures of the common commands."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tracker = tracker_command()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TRACKER_") and k not in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN")}
    root = Path(tempfile.mkdtemp(prefix="tracker-startup-"))
    try:
        with_db, empty = root / "with-db", root / "empty"
        with_db.mkdir()
        empty.mkdir()
        sample = with_db / "sample.txt"
        sample.write_text(f'Elon Musk said: "{TEXT}."\n', encoding="utf-8")
        timed([*tracker, "match", "warm up"], with_db, env)  # migrates, seeds, stores embeddings
        print(f"start-up: median of {args.runs} fresh processes each, {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f}")
        measure("python -c pass (the floor)", [sys.executable, "-c", "pass"], empty, env,
                args.runs)
        measure("tracker --help", [*tracker, "--help"], empty, env, args.runs)
        measure("tracker match TEXT", [*tracker, "match", TEXT], with_db, env, args.runs)
        measure("tracker match TEXT (empty dir)", [*tracker, "match", TEXT], empty, env,
                args.runs)
        measure("tracker extract FILE", [*tracker, "extract", str(sample)], with_db, env,
                args.runs)
        measure("tracker feeds list", [*tracker, "feeds", "list"], with_db, env, args.runs)
        assert not (empty / "tracker.db").exists(), "tracker match created ./tracker.db"
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
