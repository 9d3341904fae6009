"""What the CLI prints: secrets scrubbed from every line, log levels, the composition root."""

from __future__ import annotations

import contextlib
import io
import json
import logging
from collections.abc import Sequence
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.config import Settings
from tracker.ports import ChatPlatform
from tracker.runtime.bootstrap import App, Redactor
from tracker.storage.db import Database

TOKEN = "7012345678:AAH-fake-token-for-the-test-0123456789ab"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "tracker.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/t.db"\n'
                    f'[telegram]\ntoken = "{TOKEN}"\n', encoding="utf-8")
    return path


def run(*args: str, platforms: object = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args), platforms=platforms)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def rejecting_platform(settings: Settings, db: Database | None) -> Sequence[ChatPlatform]:
    """A platform that fails the way python-telegram-bot does with a revoked token."""
    assert settings.telegram.token is not None
    token = settings.telegram.token.get_secret_value()
    logging.getLogger("telegram.ext").warning("POST https://api.telegram.org/bot%s/getMe", token)
    print(f"the library printed {token} itself")
    raise RuntimeError(f"telegram.error.InvalidToken: The token `{token}` was rejected by the "
                       "server.")


def test_a_token_never_reaches_stdout_or_stderr(config: Path) -> None:
    code, out, err = run("--config", str(config), "poll", platforms=rejecting_platform)
    assert code == 1 and TOKEN not in out + err
    assert out == "the library printed *** itself\n"
    assert err.splitlines()[-1] == ("error: unexpected RuntimeError: telegram.error.InvalidToken: "
                                    "The token `***` was rejected by the server. (--debug shows "
                                    "the traceback)")
    assert "POST https://api.telegram.org/bot***/getMe" in err


def test_a_token_shaped_string_is_scrubbed_even_when_not_configured() -> None:
    redactor = Redactor()
    assert redactor.scrub(f"https://api.telegram.org/bot{TOKEN}/getMe") == (
        "https://api.telegram.org/bot***/getMe")
    assert redactor.scrub("postgresql://u:hunter22@db/x") == "postgresql://u:***@db/x"
    redactor.add(["short-but-secret"])
    assert redactor.scrub("a short-but-secret b") == "a *** b"


def test_an_exception_and_everything_chained_to_it_lose_the_token() -> None:
    from telegram.error import InvalidToken

    redactor = Redactor()
    redactor.add(["987654:SECRET-token-value"])
    try:
        try:
            raise InvalidToken("The token `987654:SECRET-token-value` was rejected.")
        except InvalidToken as inner:
            raise RuntimeError(f"start failed: {inner}", 401) from inner
    except RuntimeError as exc:
        outer = exc
    assert redactor.scrub_exception(outer) is outer
    inner = outer.__cause__
    assert inner is not None
    assert str(inner) == "The token `***` was rejected." and repr(inner).count("SECRET") == 0
    assert outer.args == ("start failed: The token `***` was rejected.", 401)
    assert redactor.line(outer) == "RuntimeError: ('start failed: The token `***` was rejected.', 401)"


def test_debug_logs_without_sql_and_debug_sql_adds_it(config: Path) -> None:
    config.write_text(f'[database]\nurl = "sqlite:///{config.parent}/t.db"\n', encoding="utf-8")
    code, _, err = run("--config", str(config), "--debug", "deliveries", "list")
    assert code == 0 and "applying migrations" in err  # routine lines, hidden without --debug
    assert "SELECT" not in err and "alembic" not in err
    code, _, err = run("--config", str(config), "--debug-sql", "deliveries", "list")
    assert code == 0 and "SELECT" in err


def test_without_debug_routine_lines_are_not_printed(config: Path) -> None:
    config.write_text(f'[database]\nurl = "sqlite:///{config.parent}/t.db"\n', encoding="utf-8")
    code, out, err = run("--config", str(config), "deliveries", "list")
    assert (code, out, err) == (0, "no deliveries\n", "")


def test_the_app_loads_the_settings_once_and_lazily(config: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.config

    calls: list[object] = []
    real = tracker.config.load_settings

    def counting(path: object = None, environ: object = None) -> Settings:
        calls.append(path)
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(tracker.config, "load_settings", counting)
    app = App(config=config)
    assert calls == []
    assert app.settings is app.settings and calls == [config]
    assert app.redactor.scrub(f"token {TOKEN}") == "token ***"
    assert app.build_platforms(app.settings, None) == []  # no factory: no platforms


def test_log_format_json_is_one_object_per_line_with_the_ids(config: Path) -> None:
    config.write_text(f'[database]\nurl = "sqlite:///{config.parent}/t.db"\n', encoding="utf-8")
    code, _, err = run("--config", str(config), "--debug", "--log-format", "json",
                       "deliveries", "list")
    assert code == 0
    events = [json.loads(line) for line in err.splitlines()]
    assert any(e["message"].startswith("applying migrations") for e in events)
    assert all({"time", "level", "logger", "message"} <= set(e) for e in events)


def test_a_json_line_names_the_ids_and_keeps_the_error_on_its_line() -> None:
    from tracker.cli.output import JsonFormatter

    record = logging.LogRecord("tracker.runtime.delivery", logging.ERROR, __file__, 1,
                               "delivery %s failed", (7,), None)
    record.delivery_id, record.statement_id, record.destination_id = 7, 3, 2
    try:
        raise ValueError("first\nsecond")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    event = json.loads(line)
    assert event["message"] == "delivery 7 failed" and event["level"] == "ERROR"
    assert (event["delivery_id"], event["statement_id"], event["destination_id"]) == (7, 3, 2)
    assert "feed_id" not in event and "ValueError: first" in event["error"]


def test_a_json_log_line_never_carries_a_secret_that_json_would_escape(config: Path) -> None:
    """The stream cannot recognise 'to"ken\\...' once JSON escapes it: records are scrubbed first."""
    secret = 'to"ken\\secret-0123'
    config.write_text(f'[database]\nurl = "sqlite:///{config.parent}/t.db"\n'
                      f"[telegram]\ntoken = '{secret}'\n", encoding="utf-8")

    def leaky_platform(settings: Settings, db: Database | None) -> Sequence[ChatPlatform]:
        try:
            raise RuntimeError(f"rejected {secret}")
        except RuntimeError:
            logging.getLogger("tracker.test").exception("connecting with %s failed", secret)
        return []

    code, out, err = run("--config", str(config), "--log-format", "json", "poll",
                         platforms=leaky_platform)
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    leaked = [e for e in lines if e["logger"] == "tracker.test"]
    assert leaked and leaked[0]["message"] == "connecting with *** failed"
    assert "RuntimeError: rejected ***" in leaked[0]["error"]
    assert secret not in out + err and json.dumps(secret)[1:-1] not in out + err
