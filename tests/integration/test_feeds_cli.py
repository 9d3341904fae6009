"""The feed commands, `poll --once` and `run` (with SIGTERM) as real subprocesses."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.fakes.process import tracker_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as server:
        yield server


async def tracker(*args: str, cwd: Path) -> tuple[int, str, str]:
    """Run the tracker console entry point; returns (exit status, stdout, stderr)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.main", *args, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


def write_config(tmp_path: Path, feeds: list[str], interval: int = 300,
                 auto_threshold: float | None = None, timeout: int = 2) -> Path:
    lines = [f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n',
             f"[polling]\nallow_private_hosts = true\ntimeout_seconds = {timeout}\n"
             f"interval_seconds = {interval}\n"]
    if auto_threshold is not None:
        lines.append(f"[matching]\nauto_threshold = {auto_threshold}\n")
    lines += [f'[[feeds]]\nurl = "{url}"\n' for url in feeds]
    path = tmp_path / "tracker.toml"
    path.write_text("\n".join(lines))
    return path


def count_items(tmp_path: Path) -> int:
    with sqlite3.connect(tmp_path / "t.db") as conn:
        return int(conn.execute("select count(*) from items").fetchone()[0])


async def test_feeds_commands_and_poll_once(tmp_path: Path, feed_server: FeedServer) -> None:
    good = feed_server.serve_file("/rss.xml", "rss.xml")
    broken = feed_server.set("/500", status=500)
    cfg = str(write_config(tmp_path, [good]))
    code, out, err = await tracker("-c", cfg, "feeds", "add", broken, "--kind", "podcast",
                                   cwd=tmp_path)
    assert code == 0 and "added feed" in out, err
    code, out, err = await tracker("-c", cfg, "feeds", "add", broken, cwd=tmp_path)
    assert code == 1 and err.strip() == f"error: feed already added: {broken}"
    code, out, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)
    assert code == 0, err
    assert out.strip().splitlines()[-1].startswith(
        "polled 2 feeds (1 failed, 0 not modified), 3 new items")
    assert count_items(tmp_path) == 3
    code, out, _ = await tracker("-c", cfg, "feeds", "list", cwd=tmp_path)
    lines = {line.split()[-1]: line for line in out.splitlines()}
    assert " ok " in lines[good] and "error (1x: HTTP 500" in lines[broken]
    code, opml, _ = await tracker("-c", cfg, "feeds", "export-opml", cwd=tmp_path)
    assert code == 0 and f'xmlUrl="{broken}" category="podcast"' in opml
    (tmp_path / "feeds.opml").write_text(opml.replace(broken, broken + "?x=1"))
    code, out, err = await tracker("-c", cfg, "feeds", "import-opml",
                                   str(tmp_path / "feeds.opml"), cwd=tmp_path)
    assert code == 0 and out.strip() == "imported 1 feeds (1 skipped)", err


async def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[polling]\nbogus = 1\n")
    code, _, err = await tracker("-c", str(bad), "poll", "--once", cwd=tmp_path)
    assert code == 2 and err.strip() == f"error: {bad}: unknown key 'polling.bogus'"
    cfg = str(write_config(tmp_path, []))
    code, _, err = await tracker("-c", cfg, "feeds", "add", "http://127.0.0.1/x", cwd=tmp_path)
    assert code == 0
    strict = tmp_path / "strict.toml"
    strict.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n')
    code, _, err = await tracker("-c", str(strict), "feeds", "add", "http://127.0.0.1/y",
                                 cwd=tmp_path)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "non-public address" in err
    code, _, err = await tracker("-c", str(strict), "feeds", "import-opml", "missing.opml",
                                 cwd=tmp_path)
    assert code == 1 and err.startswith("error: cannot read missing.opml")


async def test_poll_once_fails_when_every_feed_fails(tmp_path: Path,
                                                      feed_server: FeedServer) -> None:
    cfg = str(write_config(tmp_path, [feed_server.set("/503", status=503)]))
    code, out, err = await tracker("-c", cfg, "poll", "--once", cwd=tmp_path)
    assert code == 1 and "polled 1 feeds (1 failed" in out
    assert err.strip().splitlines()[-1] == "error: every feed failed (1); see `tracker feeds list`"


async def test_run_finishes_the_inflight_cycle_on_sigterm(tmp_path: Path,
                                                          feed_server: FeedServer) -> None:
    # The feed answers slowly: SIGTERM arrives while the first cycle is fetching it.
    url = feed_server.serve_file("/rss.xml", "rss.xml", delay=1.5)
    # A generous fetch timeout: on a busy machine the process that loads its models in a
    # thread can take well over the 1.5 s delay to read the answer, and a timed-out fetch
    # (no items) is not what this test is about.
    cfg = str(write_config(tmp_path, [url], interval=10, timeout=30))
    async with tracker_process("-c", cfg, "run", cwd=tmp_path) as service:
        for _ in range(300):  # the first cycle runs at once
            await asyncio.sleep(0.05)
            if feed_server.hits("/rss.xml"):
                break
        assert feed_server.hits("/rss.xml")
        code, out, err = await service.stop()
    assert code == 0, err
    assert out.strip().endswith("stopped")
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("select status from fetch_log").fetchall() == [("200",)]
    assert count_items(tmp_path) == 3  # the in-flight cycle's writes landed before exit
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("select lease_owner from feeds").fetchone()[0] is None
