"""Feed parsing, HTML to text, transcripts and OPML, on the bundled test data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.feeds import opml, transcripts
from tracker.feeds.errors import ParseError, TranscriptError
from tracker.feeds.htmltext import html_to_text
from tracker.feeds.parse import parse_feed
from tracker.model import Feed, FeedKind

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"


def load(name: str) -> bytes:
    return (DATA / name).read_text(encoding="utf-8").replace("{BASE}", "http://h") \
        .replace("{NOW}", "Sat, 28 Nov 2026 10:00:00 GMT").encode()


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    text = html_to_text("<p>One <b>bold</b></p><script>evil()</script><style>p{}</style>"
                        "<p>Two&amp;<br>three</p><!-- hidden -->")
    assert text == "One bold\n\nTwo&\n\nthree"
    assert html_to_text("plain\n\n  text  here") == "plain\n\ntext here"
    assert html_to_text("") == "" and html_to_text("<script>x</script>") == ""


def test_rss_entries() -> None:
    feed = parse_feed(load("rss.xml"))
    assert feed.title == "Example News: China" and feed.bozo is None
    first = feed.entries[0]
    assert (first.guid, first.url) == ("news-a1", "https://news.example/a1")
    assert first.text == ("Musk says China will be a major market\n\nElon Musk said on Tuesday "
                          "that China will be a major market.\n\nSecond paragraph.")
    assert first.published_at is not None and first.published_at.tzinfo is not None
    assert len(first.content_hash) == 64


def test_malformed_feed_with_entries_is_used_without_is_an_error() -> None:
    feed = parse_feed(load("malformed_entries.xml"))
    assert feed.bozo and [e.guid for e in feed.entries] == ["bad-1", "bad-2"]
    with pytest.raises(ParseError, match="not a feed"):
        parse_feed(load("malformed_empty.xml"))
    with pytest.raises(ParseError):
        parse_feed(b"")


def test_podcast_reads_every_transcript_tag_and_guests() -> None:
    entries = {e.guid: e for e in parse_feed(load("podcast.xml"), {}, "podcast").entries}
    assert [t.format for t in entries["ep-1"].transcripts] == ["text", "srt", "vtt"]
    assert transcripts.pick_best(list(entries["ep-1"].transcripts)).format == "vtt"  # type: ignore[union-attr]
    assert transcripts.pick_best(list(entries["ep-2"].transcripts)).format == "json"  # type: ignore[union-attr]
    assert entries["ep-3"].transcripts == () and transcripts.pick_best([]) is None
    assert entries["ep-1"].guests == ("Elon Musk", "The Host")


def test_transcript_formats() -> None:
    vtt = transcripts.parse_transcript("u", "vtt", (DATA / "ep1.vtt").read_bytes())
    assert [(s.start, s.end, s.speaker) for s in vtt.segments] == [
        (1.0, 4.5, "Elon Musk"), (5.0, 7.25, "The Host")]
    srt = transcripts.parse_transcript("u", "srt", (DATA / "ep1.srt").read_bytes())
    assert [s.text for s in srt.segments] == ["SRT line one.", "SRT line two."]
    js = transcripts.parse_transcript("u", "json", (DATA / "ep2.json").read_bytes())
    assert js.segments[0].speaker == "Elon Musk" and js.segments[1].start == 2.0
    assert transcripts.transcript_text(js).splitlines()[1] == "Host: Interesting."
    html = transcripts.parse_transcript("u", "html", b"<p>Hi</p><p>there</p>")
    assert html.segments[0].text == "Hi\n\nthere"


@pytest.mark.parametrize(("fmt", "body"), [
    ("json", b"{not json"), ("json", b'{"segments": 3}'), ("vtt", b"NOT VTT"),
    ("srt", b"1\nnonsense --> x\n"),
])
def test_hostile_transcripts_raise_a_clear_error(fmt: str, body: bytes) -> None:
    with pytest.raises(TranscriptError):
        transcripts.parse_transcript("http://h/t", fmt, body)


def test_opml_round_trip_and_garbage() -> None:
    feeds = [Feed(id=1, url="https://a.example/rss?x=1&y=2", name="A <&> B"),
             Feed(id=2, url="https://p.example/pod", kind=FeedKind.PODCAST)]
    back = opml.parse_opml(opml.export_opml(feeds).encode())
    assert [(f.url, f.kind) for f in back] == [(f.url, f.kind) for f in feeds]
    assert back[0].name == "A <&> B"
    with pytest.raises(opml.OPMLError):
        opml.parse_opml(b"<html>no</html>")


def test_a_body_cut_short_keeps_only_its_whole_entries() -> None:
    whole = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>n</title>'
             b"<item><title>A</title><guid>a</guid><description>All of it.</description></item>"
             b"<item><title>B</title><guid>b</guid><description>Musk said China will lead"
             b"</description></item></channel></rss>")
    assert [e.guid for e in parse_feed(whole).entries] == ["a", "b"]
    assert [e.guid for e in parse_feed(whole[:-10]).entries] == ["a", "b"]  # in </channel>
    cut = parse_feed(whole[:whole.index(b"will lead")])  # inside b's description
    assert [e.guid for e in cut.entries] == ["a"] and cut.bozo
    with pytest.raises(ParseError, match="cut short"):
        parse_feed(whole[:whole.index(b"<guid>a")])  # inside the first entry
