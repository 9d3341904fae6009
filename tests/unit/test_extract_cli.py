"""`tracker extract`: one text, stdin, batch over several formats, hostile files, --url."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
TEXT = "Tesla news.\nMusk said that China will win the EV race."
VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Host>China?\n\n" \
      "00:00:04.000 --> 00:00:08.000\n<v Elon Musk>China is very strong in batteries.\n"


@pytest.fixture(autouse=True)
def _no_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRACKER_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def test_one_file_json_offsets_into_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--file", str(path), "--json"])
    assert result.exit_code == 0, result.output
    [st] = json.loads(result.output)["statements"]
    assert set(st) == {"text", "speaker", "watch", "language", "confidence", "start", "end"}
    assert TEXT[st["start"]:st["end"]] == st["text"] == "China will win the EV race"


def test_stdin() -> None:
    result = runner.invoke(app, ["extract", "-", "--json"], input="“中国很强，”马斯克说。")
    assert json.loads(result.output)["statements"][0]["text"] == "中国很强"


def test_batch_one_line_per_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>Musk said that BYD is great.</p>", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe\x00bad")
    names = ["a.txt", "b.vtt", "c.html", "d.txt"]
    result = runner.invoke(app, ["extract", "--json", *[str(tmp_path / n) for n in names]])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [Path(line["file"]).name for line in lines] == names
    assert [s["text"] for s in lines[1]["statements"]] == ["China is very strong in batteries"]
    assert [s["text"] for s in lines[2]["statements"]] == ["BYD is great"]
    assert "not UTF-8" in lines[3]["error"]


def test_needs_exactly_one_input() -> None:
    result = runner.invoke(app, ["extract"])
    assert result.exit_code == 1 and "exactly one" in str(result.exception)


@pytest.fixture
def page_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = TEXT.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/a.txt"
    server.shutdown()
    server.server_close()


def test_url_refuses_private_hosts_unless_allowed(page_server: str, tmp_path: Path) -> None:
    refused = runner.invoke(app, ["extract", "--url", page_server, "--json"])
    assert refused.exit_code == 1 and "refused" in str(refused.exception)
    config = tmp_path / "tracker.toml"
    config.write_text("[polling]\nallow_private_hosts = true\n", encoding="utf-8")
    result = runner.invoke(app, ["--config", str(config), "extract", "--url", page_server, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["statements"][0]["text"] == "China will win the EV race"
