"""Pure polling decisions: backoff, Retry-After, hashes, eligibility, failing feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.feeds import decide
from tracker.model import Feed

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_backoff_grows_and_is_capped() -> None:
    delays = [decide.backoff_seconds(n, 60, 600) for n in range(1, 8)]
    assert delays == [60, 120, 240, 480, 600, 600, 600]
    assert decide.backoff_seconds(10_000, 60, 600) == 600  # no overflow


def test_retry_after_is_honoured_but_capped() -> None:
    assert decide.next_after_error(NOW, 1, 60, 3600, 900) == NOW + timedelta(seconds=900)
    assert decide.next_after_error(NOW, 3, 60, 3600, 10) == NOW + timedelta(seconds=240)
    assert decide.next_after_error(NOW, 1, 60, 3600, 10**9) == NOW + timedelta(seconds=3600)


def test_parse_retry_after_seconds_and_dates() -> None:
    assert decide.parse_retry_after("120", NOW) == 120
    assert decide.parse_retry_after("Sat, 28 Nov 2026 12:05:00 GMT", NOW) == 300
    assert decide.parse_retry_after("Sat, 28 Nov 2026 11:00:00 GMT", NOW) == 0
    assert decide.parse_retry_after("soon", NOW) is None
    assert decide.parse_retry_after(None, NOW) is None


def test_content_hash_ignores_case_space_and_punctuation() -> None:
    a = decide.content_hash("Musk: China!", "He said,  it's   big.")
    b = decide.content_hash("musk china", "he said its big")
    assert a == b and len(a) == 64
    assert decide.content_hash("马斯克：中国。", "“很大”") == decide.content_hash("马斯克中国", "很大")
    assert a != decide.content_hash("Musk: Japan!", "He said, it's big.")


def test_post_eligibility() -> None:
    fresh = NOW - timedelta(hours=1)
    assert not decide.post_eligible(fresh, NOW, baselined=False, max_age_hours=24)
    assert decide.post_eligible(fresh, NOW, baselined=True, max_age_hours=24)
    assert decide.post_eligible(None, NOW, baselined=True, max_age_hours=24)
    old = NOW - timedelta(hours=25)
    assert not decide.post_eligible(old, NOW, baselined=True, max_age_hours=24)


def test_future_published_time_becomes_fetch_time() -> None:
    assert decide.effective_published(NOW + timedelta(days=2), NOW) == NOW
    soon = NOW + timedelta(hours=2)
    assert decide.effective_published(soon, NOW) == soon
    assert decide.effective_published(None, NOW) is None


def test_failing_after_five_errors() -> None:
    def feed(errors: int) -> Feed:
        return Feed(id=1, url="https://x.example/rss", error_count=errors)

    assert not feed(4).failing and feed(5).failing
