"""`tracker extract`: one text, stdin, batch over several formats, hostile files, --url."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from tracker.cli import main

TEXT = "Tesla news.\nMusk said that China will win the EV race."
VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Host>China?\n\n" \
      "00:00:04.000 --> 00:00:08.000\n<v Elon Musk>China is very strong in batteries.\n"


@pytest.fixture(autouse=True)
def _no_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRACKER_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`tracker ARGS` in this process; returns (exit status, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_file_json_offsets_into_the_decoded_text(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "extract", "--file", str(path), "--json")
    assert code == 0, err
    [st] = json.loads(out)["statements"]
    assert set(st) == {"text", "speaker", "watch", "language", "confidence", "start", "end"}
    assert TEXT[st["start"]:st["end"]] == st["text"] == "China will win the EV race"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO("“中国很强，”马斯克说。".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "extract", "-", "--json")
    assert code == 0 and json.loads(out)["statements"][0]["text"] == "中国很强"


def test_batch_one_line_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>Musk said that BYD is great.</p>", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe\x00bad")
    names = ["a.txt", "b.vtt", "c.html", "d.txt"]
    code, out, _ = run(capsys, "extract", "--json", *[str(tmp_path / n) for n in names])
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # one file could not be read: its line says why, the others are there
    assert [Path(line["file"]).name for line in lines] == names
    assert [s["text"] for s in lines[1]["statements"]] == ["China is very strong in batteries"]
    assert [s["text"] for s in lines[2]["statements"]] == ["BYD is great"]
    assert "not UTF-8" in lines[3]["error"]


def test_needs_exactly_one_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract")
    assert code == 2 and out == ""
    assert err == ("error: tracker extract: give exactly one of --file PATH, --url URL, '-' "
                   "or PATH...\n")


def test_a_missing_file_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", "--file", "missing.txt")
    assert (code, out) == (1, "")
    assert err == "error: cannot read missing.txt: No such file or directory\n"


def test_batch_without_json_prints_tables_not_json(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing here.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"== {tmp_path / 'a.txt'}"
    assert lines[1].startswith(f"[{TEXT.index('China')}:{len(TEXT) - 1}] Elon Musk (musk-china, en")
    assert lines[1].endswith("): China will win the EV race")
    assert lines[2:] == [f"== {tmp_path / 'b.txt'}", "no statements found"]
    assert not any(line.startswith("{") for line in out.splitlines())


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Musk on China</title><link>https://news.example/1</link>
<description>Elon Musk said that China will win the EV race.</description></item>
<item><title>Weather</title><link>https://news.example/2</link>
<description>Rain tomorrow.</description></item></channel></rss>"""


def test_a_feed_file_is_read_item_by_item(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--file", str(tmp_path / "wire.rss"), "--json")
    [st] = json.loads(out)["statements"]
    assert code == 0 and st["item"] == "https://news.example/1"
    assert st["text"] == "China will win the EV race"
    assert not any("</" in s for s in (st["text"], out))


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


def test_url_refuses_private_hosts_unless_allowed(page_server: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "extract", "--url", page_server, "--json")
    assert code == 1 and "refused" in err and err.count("\n") == 1
    config = tmp_path / "tracker.toml"
    config.write_text("[polling]\nallow_private_hosts = true\n", encoding="utf-8")
    code, out, err = run(capsys, "--config", str(config), "extract", "--url", page_server,
                         "--json")
    assert code == 0, err
    assert json.loads(out)["statements"][0]["text"] == "China will win the EV race"
