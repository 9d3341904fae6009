"""Post helpers and the console rendering of hostile feed text."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, datetime

from adapters.console import ConsoleNotifier, ConsolePlatform, clean, format_post
from adapters.main import build_platforms
from tracker.config import Settings
from tracker.model import (
    Counterpoint,
    Destination,
    Post,
    Rebuttal,
    RebuttalStatus,
    Source,
    Statement,
    StatementSource,
)
from tracker.posting.labels import labels, pick


def _post(text: str, language: str = "en", extra: int = 0) -> Post:
    st = Statement(id=1, text=text, speaker="Elon Musk", watch="musk-china", language="en",
                   confidence=0.9, item_id=1, start=0, end=len(text), context="",
                   published_at=datetime(2026, 11, 28, tzinfo=UTC),
                   source_url="https://news.example/a")
    rb = Rebuttal(id="china-follows-musk", claim_en="China follows Musk", claim_zh="中国听马斯克的",
                  counterpoints=(Counterpoint("Planned since 1986.", "",
                                              (Source("863 programme", "https://most.gov.cn"),)),))
    return Post(statement=st, rebuttals=(rb,), language=language, extra_sources=extra,
                labels=labels(language))


def test_pick_prefers_the_language_and_falls_back() -> None:
    assert pick("hello", "你好", "zh") == "你好"
    assert pick("hello", "你好", "en") == "hello"
    assert pick("hello", "  ", "zh") == "hello"
    assert pick("", "你好", "en") == "你好"


def test_console_post_is_bilingual_aware_and_counts_more_sources() -> None:
    text = format_post(_post("China does what I say", "zh", extra=2))
    assert "中国听马斯克的" in text and "反驳要点" in text
    assert "Planned since 1986." in text  # no Chinese counterpoint: falls back to English
    assert "+2 个其他来源" in text and "https://most.gov.cn" in text


def test_console_strips_control_and_bidi_characters_from_feed_text() -> None:
    hostile = "\x1b[2J\x1b]0;pwned\x07Evil\u202equote\r\nnext\x00 <script>alert(1)</script>"
    out = format_post(_post(hostile))
    assert "\x1b" not in out and "\x07" not in out and "\x00" not in out
    assert "\u202e" not in out and "\r" not in out
    assert "<script>alert(1)</script>" in out  # plain text: shown, harmless on a terminal
    assert clean("a\tb\nc") == "a b c"


async def test_console_notifier_writes_posts_reviews_and_alerts() -> None:
    stream = io.StringIO()
    notifier = ConsoleNotifier(stream)
    dest = Destination(id=1, platform="console", chat_id="stdout")
    assert await notifier.send_post(dest, _post("China does what I say")) == "1"
    assert await notifier.send_alert(dest, "feed \x1b[31mfailing") == "2"
    out = stream.getvalue()
    assert "China does what I say" in out and "feed [31mfailing" in out and "\x1b" not in out


def test_composition_root_falls_back_to_the_console() -> None:
    platforms = build_platforms(Settings(), None)  # type: ignore[arg-type]
    assert [p.name for p in platforms] == ["console"]
    assert isinstance(platforms[0], ConsolePlatform)


def _reported(n: int) -> Post:
    """A post of a statement reported by ``n`` outlets."""
    post = _post("China does what I say")
    sources = tuple(StatementSource(i, f"https://outlet{i}.example/a", "t") for i in range(n))
    statement = dataclasses.replace(post.statement, source_url=sources[0].url, sources=sources)
    return dataclasses.replace(post, statement=statement, extra_sources=n - 1)


def test_the_console_names_every_outlet_that_reported_the_quote() -> None:
    lines = format_post(_reported(2)).splitlines()
    assert lines[2:4] == ["  Sources: https://outlet0.example/a",
                          "           https://outlet1.example/a"]
    many = format_post(_reported(8))
    assert "https://outlet4.example/a (+3 more sources)" in many and "outlet5" not in many


async def test_the_console_marks_a_withdrawn_counterpoint_and_prints_an_edit_as_such() -> None:
    stream = io.StringIO()
    notifier = ConsoleNotifier(stream)
    dest = Destination(id=1, platform="console", chat_id="stdout")
    post = _post("China does what I say")
    retired = dataclasses.replace(post.rebuttals[0], status=RebuttalStatus.RETIRED)
    assert await notifier.edit_post(dest, "7", dataclasses.replace(post, rebuttals=(retired,))
                                    ) == "7"
    out = stream.getvalue()
    assert "[stdout] edit #1 of post #7" in out
    assert "1. [china-follows-musk] (withdrawn by the editors) China follows Musk" in out
    assert "Planned since 1986." not in out
