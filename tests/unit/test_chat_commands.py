"""Parsing the chat commands both bots share (tracker.chat.commands)."""

from __future__ import annotations

import pytest

from tracker.chat import commands
from tracker.errors import TrackerError, UsageError
from tracker.model import FeedKind, RebuttalStatus


def usage(call: object, *args: object) -> str:
    """The message of the UsageError that ``call(*args)`` raises."""
    with pytest.raises(UsageError) as caught:
        call(*args)  # type: ignore[operator]
    return str(caught.value)


def test_usage_errors_are_user_errors_with_the_usage_exit_code() -> None:
    error = UsageError("x")
    assert isinstance(error, TrackerError) and error.exit_code == 2


def test_one_line_rebuttal_with_a_title() -> None:
    rb = commands.parse_one_line("China steals tech | 中国窃取技术 | Most patents are domestic |"
                                 " 大多数专利来自国内 | https://wipo.int/r | WIPO report")
    assert (rb.id, rb.claim_en, rb.claim_zh) == ("", "China steals tech", "中国窃取技术")
    assert rb.status == RebuttalStatus.PUBLISHED
    [cp] = rb.counterpoints
    assert (cp.text_en, cp.text_zh) == ("Most patents are domestic", "大多数专利来自国内")
    assert [(s.title, s.url) for s in cp.sources] == [("WIPO report", "https://wipo.int/r")]


def test_one_line_rebuttal_source_title_defaults_to_the_host() -> None:
    rb = commands.parse_one_line("a | b | c | d | https://wipo.int/r")
    assert rb.counterpoints[0].sources[0].title == "wipo.int"


@pytest.mark.parametrize(("text", "expected"), [
    ("only | two", "5 or 6 parts"),
    ("a | b | c | d | e | f | g", "5 or 6 parts"),
    (" | | c | d | https://x.org", "A claim and a counterpoint"),
    ("a | b | | | https://x.org", "A claim and a counterpoint"),
    ("a | b | c | d | ftp://x", "valid http(s) URL"),
])
def test_one_line_rebuttal_errors(text: str, expected: str) -> None:
    assert expected in usage(commands.parse_one_line, text)


def test_the_one_line_usage_shows_the_syntax() -> None:
    assert commands.ONE_LINE in usage(commands.parse_one_line, "x")


def test_edit_keeps_the_whole_value() -> None:
    edit = commands.parse_edit("rb-1 counterpoint_zh 数据 不支持 this")
    assert edit == commands.RebuttalEdit("rb-1", "counterpoint_zh", "数据 不支持 this")


@pytest.mark.parametrize("text", ["", "rb-1", "rb-1 notes", "rb-1 status retired"])
def test_edit_errors_list_the_fields(text: str) -> None:
    assert ", ".join(commands.EDITABLE) in usage(commands.parse_edit, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("12 rb-1", commands.Attach(12, "rb-1")), ("#12 rb-1", commands.Attach(12, "rb-1")),
])
def test_attach(text: str, expected: commands.Attach) -> None:
    assert commands.parse_attach(text) == expected


@pytest.mark.parametrize("text", ["", "x", "12", "x rb-1", "12 rb-1 more", "0 rb", "²3 rb",
                                  "99999999999 rb"])
def test_attach_errors(text: str) -> None:
    assert "Usage: /attach" in usage(commands.parse_attach, text)


def test_addfeed_defaults_to_news_and_reads_the_kind_in_any_case() -> None:
    assert commands.parse_addfeed("https://x.org/f.xml") == commands.NewFeed(
        "https://x.org/f.xml", FeedKind.NEWS)
    assert commands.parse_addfeed("https://x.org/f.xml PODCAST").kind == FeedKind.PODCAST


@pytest.mark.parametrize(("text", "expected"), [
    ("", "Usage: /addfeed URL [news|podcast|video]"),
    ("https://x.org/a news extra", "Usage: /addfeed"),
    ("javascript:alert(1)", "valid http(s) URL"),
    ("https://x.org/f.xml radio", "news or podcast"),
])
def test_addfeed_errors(text: str, expected: str) -> None:
    assert expected in usage(commands.parse_addfeed, text)


@pytest.mark.parametrize(("text", "n"), [("", 3), ("1", 1), ("10", 10)])
def test_latest(text: str, n: int) -> None:
    assert commands.parse_latest(text) == n


@pytest.mark.parametrize("text", ["0", "11", "500", "-1", "x", "²", "٣", "1.5"])
def test_latest_errors(text: str) -> None:
    assert "n from 1 to 10" in usage(commands.parse_latest, text)


def test_search_and_ids_need_an_argument() -> None:
    assert commands.parse_search("China will win") == "China will win"
    assert "Usage: /search" in usage(commands.parse_search, "")
    assert commands.parse_rebuttal_id("rb-1") == "rb-1"
    assert "Usage: /retire ID" in usage(commands.parse_rebuttal_id, "", "retire")


def test_arguments_over_the_limit_are_refused() -> None:
    assert commands.join_args(["a", "b "]) == "a b"
    assert commands.join_args(None) == ""
    assert "too long" in usage(commands.join_args, ["x" * (commands.MAX_ARG_CHARS + 1)])
