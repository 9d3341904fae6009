"""Every error the CLI reports is one line on stderr: exit 2 for usage and configuration
errors, 1 for the others, and no traceback unless --debug (issue 9's list, case by case)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from tracker.cli import main


@pytest.fixture(autouse=True)
def _empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no tracker.toml, and ./tracker.db would land here


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


CASES = [
    (["nosuchcmd"], 2, "error: tracker: argument COMMAND: invalid choice: 'nosuchcmd' (choose "
                       "from 'demo', 'run', 'poll', 'feeds', 'extract', 'match', 'rebuttals', "
                       "'review', 'deliveries', 'backfill', 'db', 'web')"),
    (["feeds", "add"], 2, "error: tracker feeds add: the following arguments are required: URL"),
    # "video" became a kind with issue 14 (YouTube feeds); an unknown kind is refused the same way
    (["feeds", "add", "https://a.example/rss", "--kind", "blog"], 2,
     "error: tracker feeds add: argument --kind: invalid kind 'blog' "
     "(use news, podcast, posts or video)"),
    (["match", "x", "--top", "0"], 2,
     "error: tracker match: argument --top: must be from 1 to 50, got 0"),
    (["match", ""], 2, "error: tracker match: TEXT is empty"),
    (["backfill"], 2, "error: tracker backfill: the following arguments are required: --since"),
    (["backfill", "--since", "yesterday"], 2, "error: tracker backfill: argument --since: "
                                              "invalid date 'yesterday' (use YYYY-MM-DD or an "
                                              "ISO datetime)"),
    (["feeds"], 2, "error: tracker feeds: choose a command (see --help)"),
    (["extract", "--file", "missing.txt"], 1,
     "error: cannot read missing.txt: No such file or directory"),
    (["feeds", "pause", "7"], 1, "error: no feed '7' (give its id or URL; see the feed list)"),
]


@pytest.mark.parametrize(("argv", "code", "line"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_usage_and_user_errors_are_one_line(argv: list[str], code: int, line: str) -> None:
    assert run(*argv) == (code, "", line + "\n")


def test_a_config_directory_is_a_config_error(tmp_path: Path) -> None:
    assert run("--config", str(tmp_path), "match", "x") == (
        2, "", f"error: {tmp_path}: is a directory, not a config file\n")


def test_an_unsupported_database_url_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DATABASE__URL", "mysql://root@localhost/tracker")
    assert run("feeds", "list") == (
        2, "", "error: environment variable TRACKER_DATABASE__URL: database.url: unsupported "
               "database URL scheme 'mysql' (use sqlite:///FILE or postgresql://USER@HOST/DB)\n")


def test_an_unreachable_postgresql_is_one_line_without_the_password(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DATABASE__URL", "postgresql://tracker:s3cret-pw@127.0.0.1:1/db")
    code, out, err = run("feeds", "list")
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert err.startswith("error: cannot open the database "
                          "postgresql://tracker:***@127.0.0.1:1/db: ")
    assert "s3cret-pw" not in err


def test_a_deeply_nested_import_file_is_one_line(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    assert run("rebuttals", "import", str(deep)) == (
        1, "", "error: rebuttal file: not valid YAML: nested too deeply\n")
    assert not (tmp_path / "tracker.db").exists()  # refused before the database was opened


def test_debug_adds_the_traceback(tmp_path: Path) -> None:
    code, _, err = run("--debug", "extract", "--file", "missing.txt")
    assert code == 1 and "Traceback (most recent call last)" in err
    assert err.splitlines()[-1] == "error: cannot read missing.txt: No such file or directory"


def test_no_command_prints_the_help_and_every_command_has_help() -> None:
    code, out, _ = run()
    assert code == 0 and out.startswith("usage: tracker")
    for command in ("demo", "run", "poll", "feeds", "extract", "match", "rebuttals", "review",
                    "deliveries", "backfill", "db", "web"):
        assert f"    {command} " in out
    code, out, _ = run("feeds", "--help")
    assert code == 0 and all(f"    {c}" in out for c in ("add", "list", "pause", "resume",
                                                         "remove", "import-opml", "export-opml"))
