"""Feeds shaped exactly like the real ones in the bundled list, and what is extracted from each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.feeds.parse import parse_feed

REAL = Path(__file__).resolve().parents[1] / "data" / "feeds" / "real"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings().watch_list())


def test_google_news_titles_lose_the_publisher_named_by_source() -> None:
    feed = parse_feed((REAL / "google_news.xml").read_bytes())
    titles = [e.title for e in feed.entries]
    assert titles == ["Musk says China has an electricity advantage",
                      "Musk posts about Chinese battery prices",
                      "SpaceX schedules next Starship flight"]
    # The description only repeats the title and names the outlet: no body.
    assert feed.entries[0].text == "Musk says China has an electricity advantage"


def test_google_news_claim_headline_is_a_statement_and_a_fragment_is_not(
        extractor: Extractor) -> None:
    entries = parse_feed((REAL / "google_news.xml").read_bytes()).entries
    found = [[s.text for s in extractor.extract(e.text, title=e.title)] for e in entries]
    assert found[0] == ["China has an electricity advantage"]
    assert found[1] == [] and found[2] == []
