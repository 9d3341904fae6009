"""A database already at the migrations' head is opened without running Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from tracker.storage import db as dbmod


def test_the_heads_read_from_the_files_are_alembics() -> None:
    script = ScriptDirectory.from_config(dbmod.alembic_config("sqlite:///unused.db"))
    assert dbmod.script_heads() == set(script.get_heads())


def test_a_database_at_head_is_opened_without_importing_alembic(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tracker.db'}"
    assert not dbmod.at_head(url)  # no file yet: Alembic creates it
    assert not (tmp_path / "tracker.db").exists()
    dbmod.upgrade(url)
    assert dbmod.at_head(url)
    code = ("import sys, asyncio; from tracker.storage.db import open_database; "
            f"d = asyncio.run(open_database({url!r})); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == "False"


def test_a_database_behind_the_head_is_migrated(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tracker.db'}"
    dbmod.upgrade(url, "0011")
    assert not dbmod.at_head(url)
    dbmod.upgrade(url)
    assert dbmod.current_revision(url) in dbmod.script_heads()
