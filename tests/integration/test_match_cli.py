"""`tracker match` in a directory without a database creates none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main


def test_match_in_an_empty_directory_creates_no_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRACKER_MATCHING__EMBEDDER", "hashing")  # no model to load in a test
    assert main(["match", "BYD copies Tesla in everything.", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["matches"]  # the bundled rebuttals answered it
    assert err.splitlines()[0] == ("note: no database at sqlite+aiosqlite:///./tracker.db: "
                                   "matching against the bundled rebuttals")
    assert list(tmp_path.iterdir()) == []
