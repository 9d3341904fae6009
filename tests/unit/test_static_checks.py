"""mypy --strict over tracker/ and adapters/, and ruff over the repository, as CI runs them.

Both read their settings from pyproject.toml ([tool.mypy] names the packages), so
these tests hold the code to the same rules a developer runs by hand.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)


@pytest.mark.slow
def test_mypy_strict_passes_on_tracker_and_adapters() -> None:
    # A cache per checkout outside the tree: a second run takes seconds, and two
    # checkouts on one machine never share (or race on) one cache.
    key = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"statement-tracker-mypy-{key}"
    result = _run("mypy", "--config-file", "pyproject.toml", "--cache-dir", str(cache))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_config_covers_both_packages_strictly() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert set(config["packages"]) >= {"tracker", "adapters"}


def test_ruff_passes_on_the_repository() -> None:
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr
