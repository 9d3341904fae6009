"""What the bots say, built from the watches (tracker.chat.texts)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tracker.chat import commands, texts
from tracker.config import Settings
from tracker.errors import NotFound, UsageError
from tracker.feeds.health import describe_health
from tracker.model import Feed, FeedKind, Watch
from tracker.usecases.rebuttal_changes import RebuttalNotFound

HUANG = Watch("huang-taiwan", "Jensen Huang", ("Jensen Huang", "黄仁勋"), ("Taiwan", "TSMC", "台湾"))


def test_default_help_names_the_default_watch_in_both_languages() -> None:
    watches = Settings().watch_list()
    assert texts.help_text(watches).startswith("I post what Elon Musk says about China,")
    assert texts.help_text(watches, "zh").startswith("我会发布马斯克关于中国的言论")


def test_help_names_the_configured_speaker_and_topic_not_the_defaults() -> None:
    english, chinese = texts.help_text([HUANG]), texts.help_text([HUANG], "zh")
    assert "what Jensen Huang says about Taiwan" in english
    assert "黄仁勋关于台湾的言论" in chinese
    assert "Musk" not in english and "China" not in english
    assert "马斯克" not in chinese and "中国" not in chinese


def test_several_watches_are_all_named() -> None:
    about = texts.about([*Settings().watch_list(), HUANG])
    assert "what Elon Musk says about China and what Jensen Huang says about Taiwan" in about


def test_a_watch_without_chinese_names_keeps_its_own_in_the_chinese_help() -> None:
    watch = Watch("cook-apple", "Tim Cook", ("Tim Cook",), ("Apple",))
    assert texts.about([watch], "zh") == "我会发布Tim Cook关于Apple的言论，并附上反驳要点。"


def test_english_help_lists_every_command_and_the_one_line_syntax() -> None:
    text = texts.help_text(Settings().watch_list())
    for command in ("/subscribe", "/unsubscribe", "/latest [n]", "/search", "/rebuttal",
                    "/editrebuttal", "/retire", "/attach", "/feeds", "/addfeed", "/stats"):
        assert command in text
    assert commands.ONE_LINE in text
    assert f"at most {commands.LATEST_MAX}" in text


def test_another_bot_can_list_its_own_admin_commands() -> None:
    text = texts.help_text([HUANG], admin_commands=[("/curate add", "a form for a rebuttal")])
    assert "/curate add – a form for a rebuttal" in text and commands.ONE_LINE not in text


def test_user_messages_for_user_errors_and_none_for_bugs() -> None:
    assert texts.user_message(RebuttalNotFound("x")) == texts.NO_REBUTTAL
    assert texts.user_message(UsageError("Usage: /latest [n]")) == "Usage: /latest [n]"
    assert texts.user_message(NotFound("No statement 4.")) == "No statement 4."
    assert texts.user_message(KeyError("internal")) is None


def test_stats_and_feed_lines() -> None:
    counts = {"statements": {"posted": 1, "new": 2}, "deliveries": {}, "feeds": {"ok": 1}}
    assert texts.stats_sections(counts) == [("Statements", "new 2, posted 1"),
                                            ("Deliveries", "none"), ("Feeds", "ok 1")]
    assert texts.vote_line(5, "china-economy", 0, 2) == "#5 · china-economy: 0 / 2"
    failing = Feed(id=3, url="https://x.org/f.xml", kind=FeedKind.PODCAST, error_count=6,
                   last_error="timed out")
    assert texts.feed_line(failing) == "3. podcast https://x.org/f.xml — FAILING (6x: timed out)"


POLLED = datetime(2026, 11, 30, tzinfo=UTC)


@pytest.mark.parametrize(("feed", "state"), [
    (Feed(id=1, url="u", last_polled_at=POLLED), "ok"),
    (Feed(id=1, url="u"), "new"),
    (Feed(id=1, url="u", error_count=2, last_error="HTTP 503", last_polled_at=POLLED),
     "error (2x: HTTP 503)"),
    (Feed(id=1, url="u", error_count=5, last_error="HTTP 503", last_polled_at=POLLED),
     "FAILING (5x: HTTP 503)"),
    (Feed(id=1, url="u", error_count=9, last_error="HTTP 503", active=False), "inactive"),
    (Feed(id=1, url="u", active=False, inactive_reason="paused"), "paused"),
    (Feed(id=1, url="u", active=False, inactive_reason="unlisted"),
     "inactive (not in the config)"),
])
def test_feeds_shows_the_health_feeds_list_shows(feed: Feed, state: str) -> None:
    """/feeds and `tracker feeds list` say the same: an erring or inactive feed is not "ok"."""
    assert describe_health(feed) == state
    assert texts.feed_line(feed).endswith(f" — {state}")


def test_a_long_feed_error_is_cut_in_a_chat_line() -> None:
    feed = Feed(id=1, url="u", error_count=1, last_error="x " * 200, last_polled_at=POLLED)
    assert len(texts.feed_line(feed)) < 120 and texts.feed_line(feed).endswith("…)")


def test_subscription_replies_come_in_the_users_language() -> None:
    assert texts.subscribed(True, "zh") == "已订阅：新帖子会发到这里。"
    assert texts.subscribed(False, "en") == texts.ALREADY_SUBSCRIBED
    assert texts.unsubscribed(True, "zh") == "已取消订阅。"
    assert texts.unsubscribed(False, "xx") == texts.NOT_SUBSCRIBED


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_command_menu_lists_every_public_command_of_the_help(language: str) -> None:
    menu = texts.menu(language)
    helped = {usage.split()[0].lstrip("/") for usage, _ in texts.PUBLIC_COMMANDS[language]}
    assert {command for command, _ in menu} == helped | {"start", "help"}
    # Telegram's limits for setMyCommands: 1-32 of [a-z0-9_], descriptions of 1-256 chars.
    assert all(re.fullmatch(r"[a-z0-9_]{1,32}", c) and 1 <= len(d) <= 256 for c, d in menu)
