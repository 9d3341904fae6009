"""Start-up benchmark: how long a fresh `tracker` process takes, whole, from start to exit.

"Cold" here is a new process each run: nothing is warm inside it, while the
operating system's file cache is (one untimed warm-up run first). Each command
runs several times; the median and the maximum wall seconds are printed, with
the median CPU (user + system) seconds, the steadier figure on a shared machine.

* "with database": a directory whose ./tracker.db exists, migrated and seeded,
  with the rebuttals' embeddings stored (the state after the first command).
* "new directory": no database; `tracker match` uses the bundled rebuttals in
  a temporary database and creates no ./tracker.db.
* "first run ever": once, with an empty user cache folder (XDG_CACHE_HOME), so
  USE-m3's parsed tokenizer and unpacked weights are written by this run.
* `tracker poll --once` polls one feed on a closed local port (refused at once:
  no network), so it measures start-up, migrations, the cycle's bookkeeping.

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

TEXT = "Musk says China's EV makers are the best"
TARGETS = {"tracker --help": 0.3, "tracker match TEXT": 1.5}


def tracker_command() -> list[str]:
    """The installed console script next to this interpreter, else `python -m adapters.main`."""
    script = Path(sys.executable).with_name("tracker")
    return [str(script)] if script.exists() else [sys.executable, "-m", "adapters.main"]


def timed(argv: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...] = (0,),
          ) -> tuple[float, float]:
    """(wall, cpu) seconds of one run of argv as a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode not in ok:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"{' '.join(argv[-3:])}: exit {done.returncode}: {last}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(name: str, walls: list[float], cpus: list[float]) -> None:
    """One line: median and max wall, median CPU, and the target when there is one."""
    target = TARGETS.get(name.split(" (")[0])
    note = f"   target <= {target} s" if target else ""
    print(f"  {name:<38}: wall {statistics.median(walls):5.2f} s (max {max(walls):5.2f})  "
          f"cpu {statistics.median(cpus):5.2f} s{note}", flush=True)


def measure(name: str, argv: list[str], cwd: Path, env: dict[str, str], runs: int,
            ok: tuple[int, ...] = (0,)) -> None:
    """Time argv ``runs`` times after one untimed warm-up (the OS file cache, not the process)."""
    timed(argv, cwd, env, ok)
    results = [timed(argv, cwd, env, ok) for _ in range(runs)]
    report(name, [w for w, _ in results], [c for _, c in results])


def poll_config(folder: Path) -> Path:
    """A config with one feed on a closed local port and the database in ``folder``."""
    path = folder / "poll.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{folder}/poll.db"\n\n'
                    "[polling]\nallow_private_hosts = true\ntimeout_seconds = 2\n\n"
                    '[[feeds]]\nurl = "http://127.0.0.1:9/feed.xml"\n', encoding="utf-8")
    return path


def main() -> None:
    """Print the start-up figures of the common commands."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tracker = tracker_command()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TRACKER_") and k not in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN")}
    root = Path(tempfile.mkdtemp(prefix="tracker-startup-"))
    try:
        with_db, empty, first = root / "with-db", root / "empty", root / "first"
        for folder in (with_db, empty, first):
            folder.mkdir()
        timed([*tracker, "match", "warm up"], with_db, env)  # migrates, seeds, stores embeddings
        bytecode = ("no .pyc written (PYTHONDONTWRITEBYTECODE)"
                    if os.environ.get("PYTHONDONTWRITEBYTECODE") else ".pyc files written")
        print(f"start-up: {args.runs} fresh processes each (median, max), {os.cpu_count()} cores, "
              f"{bytecode}, load average {os.getloadavg()[0]:.1f} at the start")
        measure("python -c pass (the floor)", [sys.executable, "-c", "pass"], empty, env,
                args.runs)
        measure("tracker --help", [*tracker, "--help"], empty, env, args.runs)
        measure("tracker match TEXT (with database)", [*tracker, "match", TEXT], with_db, env,
                args.runs)
        measure("tracker match TEXT (new directory)", [*tracker, "match", TEXT], empty, env,
                args.runs)
        measure("tracker poll --once (feed refused)",
                [*tracker, "-c", str(poll_config(with_db)), "poll", "--once"], with_db, env,
                args.runs, ok=(0, 1))
        new_cache = {**env, "XDG_CACHE_HOME": str(first / "cache")}
        wall, cpu = timed([*tracker, "match", TEXT], first, new_cache)
        report("tracker match TEXT (first run ever)", [wall], [cpu])
        assert not (empty / "tracker.db").exists(), "tracker match created ./tracker.db"
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
