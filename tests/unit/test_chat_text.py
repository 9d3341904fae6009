"""Shortening and cleaning untrusted text, shared by every bot (tracker.chat.text)."""

from __future__ import annotations

import pytest

from tracker.chat.text import clean, safe_url, shorten


def test_short_text_is_kept_whole() -> None:
    assert shorten("China is the future", 19) == "China is the future"


def test_long_text_is_cut_at_a_word_boundary_with_an_ellipsis() -> None:
    cut = shorten("China will build more factories than anyone else", 30)
    assert cut == "China will build more…" and len(cut) <= 30


def test_a_cut_far_from_any_space_does_not_lose_most_of_the_text() -> None:
    cut = shorten("a " + "x" * 50, 20)
    assert len(cut) == 20 and cut.endswith("x…")


def test_chinese_text_without_spaces_is_cut_at_the_limit() -> None:
    assert shorten("马斯克说中国是未来" * 10, 10) == "马斯克说中国是未来…"


@pytest.mark.parametrize("limit", [0, -5])
def test_no_room_gives_nothing(limit: int) -> None:
    assert shorten("anything", limit) == ""


def test_a_bare_url_is_never_split_but_dropped_whole() -> None:
    text = "See the report at https://news.example/2026/11/musk-china-factories for more"
    cut = shorten(text, 40)
    assert cut == "See the report at…"
    assert "https://" not in cut


def test_a_url_that_fits_before_the_cut_is_kept() -> None:
    text = "Source https://x.org/a and then a long tail of words to cut away"
    cut = shorten(text, 35)
    assert cut.startswith("Source https://x.org/a") and cut.endswith("…") and len(cut) <= 35


def test_clean_strips_controls_and_bidi_overrides_but_keeps_newlines() -> None:
    assert clean(" \x00a\u202eb\x1b[31m\nc\t ") == "ab[31m\nc"


@pytest.mark.parametrize("url", ["https://x.org/a?b=1", "http://127.0.0.1:8080/feed.xml"])
def test_http_urls_are_safe(url: str) -> None:
    assert safe_url(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "data:text/html,x", "ftp://x.org/a", "https://", "http://a b.c/", "",
])
def test_other_urls_are_not(url: str) -> None:
    assert safe_url(url) is None
