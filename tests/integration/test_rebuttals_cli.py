"""`tracker rebuttals` commands against a temporary SQLite database."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
import yaml

from tracker.cli import main


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRACKER_DATABASE__URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.chdir(tmp_path)  # no stray tracker.toml
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    """`tracker rebuttals ARGS` in this process; returns (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["rebuttals", *args])
    return code, out.getvalue(), err.getvalue()


def test_list_seeds_a_fresh_database(cli_env: Path) -> None:
    code, out, _ = run("list", "--status", "published")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 21
    assert lines[0].startswith("byd-copies-tesla\tpublished\tv1\t")
    code, _, err = run("list", "--status", "live")
    assert code == 2 and err.strip() == (
        "error: tracker rebuttals list: argument -s/--status: invalid choice: 'live' "
        "(choose from 'draft', 'published', 'retired')")


def test_export_import_round_trip(cli_env: Path) -> None:
    for fmt in ("yaml", "json"):
        target = cli_env / f"out.{fmt}"
        code, _, _ = run("export", "--format", fmt, "--output", str(target))
        assert code == 0 and target.stat().st_size > 1000
        code, out, _ = run("import", str(target))
        assert code == 0 and out.splitlines()[0] == "created 0, updated 0, unchanged 21"
    code, out, _ = run("export")
    assert code == 0 and len(yaml.safe_load(out)) == 21


def test_import_creates_updates_and_refuses_invalid(cli_env: Path) -> None:
    entry = {"id": "new-claim", "status": "draft", "claim": {"en": "A.", "zh": "甲。"},
             "counterpoints": [{"en": "B.", "zh": "乙。",
                                "sources": [{"title": "T", "url": "https://example.org"}]}]}
    path = cli_env / "new.json"
    path.write_text(json.dumps([entry]), "utf-8")
    code, out, _ = run("import", str(path))
    assert code == 0 and out.splitlines() == ["created 1, updated 0, unchanged 0",
                                              "  created: new-claim"]
    entry["notes"] = "changed"
    bad = {**entry, "id": "broken-claim", "counterpoints": []}
    path.write_text(json.dumps({"rebuttals": [entry, bad]}), "utf-8")
    code, out, err = run("import", str(path))
    assert code == 1 and out == ""
    assert err.strip() == "error: rebuttal 'broken-claim': at least one counterpoint is required"
    code, out, _ = run("history", "new-claim")
    assert code == 0 and len(out.splitlines()) == 1  # nothing from the refused file written
    path.write_text(json.dumps([entry]), "utf-8")
    code, out, _ = run("import", str(path))
    assert code == 0 and out.startswith("created 0, updated 1, unchanged 0")
    code, out, _ = run("history", "new-claim")
    assert [line.split("\t")[:3] for line in out.splitlines()] == [
        ["v1", "create", "import:new.json"], ["v2", "import", "import:new.json"]]


def test_show_phrasings_claimreview_and_errors(cli_env: Path) -> None:
    code, out, _ = run("show", "byd-copies-tesla")
    assert code == 0 and "BYD just copies Tesla." in out and "比亚迪" in out
    code, out, _ = run("phrasings", "byd-copies-tesla")
    assert code == 0 and "zh\tseed\t比亚迪就是山寨特斯拉。" in out.splitlines()
    code, out, _ = run("export", "--format", "claimreview", "--url-base", "https://example.org/r")
    reviews = json.loads(out)
    assert code == 0 and {r["@type"] for r in reviews} == {"ClaimReview"}
    for args in (("show", "nope-id"), ("phrasings", "nope-id"), ("history", "nope-id")):
        code, _, err = run(*args)
        assert code == 1 and err.strip() == "error: no rebuttal with id 'nope-id'"
    code, _, err = run("import", str(cli_env / "missing.yaml"))
    assert code == 1 and err.startswith("error: cannot read") and err.count("\n") == 1
    (cli_env / "garbage.yaml").write_text("- id: [unclosed", "utf-8")
    code, _, err = run("import", str(cli_env / "garbage.yaml"))
    assert code == 1 and err.startswith("error: rebuttal file: not valid YAML")
    code, _, err = run("export", "--format", "xml")
    assert code == 2 and "invalid choice: 'xml'" in err and err.count("\n") == 1


def test_a_deeply_nested_file_is_one_line(cli_env: Path) -> None:
    deep = cli_env / "deep.yaml"
    deep.write_text("[" * 50_000 + "]" * 50_000, "utf-8")
    code, out, err = run("import", str(deep))
    assert (code, out) == (1, "")
    assert err == "error: rebuttal file: not valid YAML: nested too deeply\n"


def test_console_entry_point_keeps_the_exit_status(cli_env: Path) -> None:
    assert run("list", "--status", "live")[0] == 2
    assert run("list", "--status", "published")[0] == 0
    assert run("show", "nope-id")[0] == 1
