"""The pure follow-up decisions: which linked articles and transcripts a poll fetches."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tracker.config import ConfigError, Settings, load_settings
from tracker.feeds import followups
from tracker.feeds.entries import ParsedEntry, TranscriptLink
from tracker.feeds.opml import export_opml, parse_opml
from tracker.model import Feed, FeedKind, FullText


def entry(guid: str, *, url: str = "", title: str = "", hour: int = 0,
          transcripts: tuple[TranscriptLink, ...] = ()) -> ParsedEntry:
    return ParsedEntry(guid=guid, url=url or f"https://news.example/{guid}", title=title,
                       text=title, published_at=datetime(2026, 11, 30, hour, tzinfo=UTC),
                       transcripts=transcripts)


def names_musk(e: ParsedEntry) -> bool:
    return "Musk" in e.title


@pytest.mark.parametrize(("kind", "mode", "mentions", "eligible", "wanted"), [
    (FeedKind.NEWS, FullText.AUTO, True, True, True),
    (FeedKind.NEWS, FullText.AUTO, False, True, False),  # the prefilter saw no speaker
    (FeedKind.NEWS, FullText.AUTO, True, False, False),  # first contact or too old to post
    (FeedKind.PODCAST, FullText.AUTO, True, True, False),  # auto is for news feeds
    (FeedKind.POSTS, FullText.AUTO, True, True, False),
    (FeedKind.PODCAST, FullText.ALWAYS, False, True, True),
    (FeedKind.NEWS, FullText.NEVER, True, True, False),
])
def test_which_items_get_their_article(kind: FeedKind, mode: FullText, mentions: bool,
                                       eligible: bool, wanted: bool) -> None:
    assert followups.wants_article(kind, mode, mentions=mentions, eligible=eligible) is wanted


def test_plan_puts_transcripts_first_and_the_newest_articles_next() -> None:
    vtt = TranscriptLink("https://p.example/1.vtt", "vtt")
    txt = TranscriptLink("https://p.example/1.txt", "text")
    items = [entry("old", title="Musk on China", hour=1),
             entry("new", title="Musk in Beijing", hour=5),
             entry("other", title="Markets close higher", hour=6),
             entry("held", title="Musk again", hour=7),
             entry("ep", title="Episode", transcripts=(txt, vtt))]
    planned = followups.plan(items, FeedKind.NEWS, FullText.AUTO,
                             eligible=lambda e: e.guid != "held", mentions=names_musk)
    assert [(f.guid, f.kind, f.counted) for f in planned] == [
        ("ep", "transcript", False), ("new", "article", True), ("old", "article", True)]
    assert planned[0].candidates == (("https://p.example/1.vtt", "vtt"),
                                     ("https://p.example/1.txt", "text"))
    assert planned[1].candidates == (("https://news.example/new", "html"),)


def test_always_fetches_without_asking_the_prefilter() -> None:
    def never_called(e: ParsedEntry) -> bool:
        raise AssertionError("the prefilter is not needed with full_text = true")

    planned = followups.plan([entry("a", title="Markets")], FeedKind.NEWS, FullText.ALWAYS,
                             eligible=lambda e: True, mentions=never_called)
    assert [f.guid for f in planned] == ["a"]


def test_links_that_cannot_lead_to_the_article() -> None:
    google = "https://news.google.com/rss/articles/CBMiWkFVX3lxTE1h?oc=5"
    bing = ("http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&url=https%3a%2f%2f"
            "www.cnbc.com%2fa.html&c=1&mkt=en-us")
    assert followups.article_url(google) is None  # needs JavaScript to reach the publisher
    assert followups.article_url(bing) == bing  # a redirect: followed to the publisher
    assert followups.article_url("ftp://x.example/a") is None
    planned = followups.plan([entry("g", url=google, title="Musk says")], FeedKind.NEWS,
                             FullText.AUTO, eligible=lambda e: True, mentions=names_musk)
    assert planned == []


def test_article_replaces_the_summary_only_when_it_names_the_speaker_in_auto() -> None:
    assert followups.keeps_article(FullText.AUTO, "Musk said China ...", mentions=True)
    assert not followups.keeps_article(FullText.AUTO, "Accept cookies", mentions=False)
    assert followups.keeps_article(FullText.ALWAYS, "Accept cookies", mentions=False)
    assert not followups.keeps_article(FullText.ALWAYS, "  ", mentions=False)


def test_full_text_and_posts_keys_in_config() -> None:
    settings = Settings(feeds=[  # type: ignore[list-item]
        {"url": "https://a.example/rss"},
        {"url": "https://b.example/rss", "full_text": True},
        {"url": "https://c.example/rss", "full_text": False},
        {"url": "https://x.example/elonmusk", "kind": "posts", "speaker": "elon musk"},
    ])
    assert [f.full_text for f in settings.feed_list()] == [
        FullText.AUTO, FullText.ALWAYS, FullText.NEVER, FullText.AUTO]
    assert settings.polling.follow_ups_per_cycle == 20
    assert settings.polling.requests_per_host == 2


@pytest.mark.parametrize(("feed", "message"), [
    ('kind = "posts"', 'feeds[0]: kind = "posts" needs speaker = "<a watched speaker>"'),
    ('kind = "posts"\nspeaker = "Jeff Bezos"',
     "speaker 'Jeff Bezos' is no watched speaker"),
    ('full_text = "sometimes"', "invalid value for 'feeds[0].full_text'"),
])
def test_bad_feed_keys_are_one_line_errors(tmp_path: Path, feed: str, message: str) -> None:
    path = tmp_path / "tracker.toml"
    path.write_text(f'[[feeds]]\nurl = "https://x.example/rss"\n{feed}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(path, environ={})
    assert message in str(err.value) and "\n" not in str(err.value)


def test_opml_round_trip_keeps_kinds_and_the_posts_speaker() -> None:
    feeds = [Feed(id=1, url="https://n.example/rss", name="News & more"),
             Feed(id=2, url="https://p.example/pod", kind=FeedKind.PODCAST),
             Feed(id=3, url="http://localhost:1200/twitter/user/elonmusk", kind=FeedKind.POSTS,
                  speaker="Elon Musk")]
    document = export_opml(feeds)
    assert 'category="posts,speaker/Elon Musk"' in document
    assert [(f.url, f.kind, f.speaker) for f in parse_opml(document)] == [
        ("https://n.example/rss", FeedKind.NEWS, ""),
        ("https://p.example/pod", FeedKind.PODCAST, ""),
        ("http://localhost:1200/twitter/user/elonmusk", FeedKind.POSTS, "Elon Musk")]
