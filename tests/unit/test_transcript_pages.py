"""Transcript pages: links in show notes, and the turns of pages shaped like the real ones.

Each fixture in tests/data/feeds/transcripts/ is written in the format of a show in the
bundled feed list (or of a Chinese-language show) and lies beside the turns it must
yield for him (``*.expected.json``): every one, with its time, and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tracker.config import default_watches
from tracker.feeds.speakers import canonical, named_guests, speakers_of
from tracker.feeds.transcript_dom import Line
from tracker.feeds.transcript_lines import record
from tracker.feeds.transcript_pages import parse_page, transcript_links
from tracker.model import Transcript

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds" / "transcripts"
SPEAKERS = speakers_of([w.to_watch() for w in default_watches()])
LABELLED = sorted(p.name.removesuffix(".expected.json") for p in DATA.glob("*.expected.json"))


def _page(name: str, *, explicit: bool = False) -> Transcript | None:
    return parse_page(f"https://example.com/{name}", (DATA / f"{name}.html").read_bytes(),
                      explicit=explicit, speakers=SPEAKERS)


def _turns(transcript: Transcript, speaker: str) -> list[tuple[float, str]]:
    return [(s.start, s.text) for s in transcript.segments if s.speaker == speaker]


def test_fixtures_cover_every_format_and_two_chinese_shows() -> None:
    formats = {json.loads((DATA / f"{n}.expected.json").read_text())["format"] for n in LABELLED}
    assert len(formats) == len(LABELLED) == 7
    shows = {json.loads((DATA / f"{n}.expected.json").read_text())["show"] for n in LABELLED}
    assert {"Lex Fridman Podcast", "Dwarkesh Podcast", "All-In Podcast", "硅谷101",
            "What's Next｜科技早知道"} == shows


@pytest.mark.parametrize("name", LABELLED)
def test_page_yields_his_turns_with_their_times_and_nothing_else(name: str) -> None:
    expected: dict[str, Any] = json.loads((DATA / f"{name}.expected.json").read_text())
    transcript = _page(name)
    assert transcript is not None and transcript.format == "page"
    turns = _turns(transcript, expected["speaker"])
    assert len(turns) == len(expected["turns"]), [t[1][:30] for t in turns]
    for (start, text), (want_start, want_prefix) in zip(turns, expected["turns"], strict=True):
        assert text.startswith(want_prefix)
        assert start == (want_start if want_start is not None else 0.0)
    others = {s.speaker for s in transcript.segments} - {expected["speaker"]}
    assert others == set(expected["others"])


def test_segments_end_where_the_next_begins() -> None:
    transcript = _page("lex_fridman")
    assert transcript is not None
    first, second = transcript.segments[:2]
    assert (first.start, first.end, second.start) == (0.0, 24.0, 24.0)


def test_page_with_times_but_no_speakers_keeps_its_times() -> None:
    transcript = _page("all_in_unlabelled")
    assert transcript is not None
    assert {s.speaker for s in transcript.segments} == {None}
    assert [s.start for s in transcript.segments] == [0, 125, 151, 156, 580, 584]
    assert transcript.segments[1].text.startswith("China is building power plants")


def test_episode_page_without_transcript_is_none() -> None:
    assert _page("lex_episode_page") is None
    assert _page("lex_episode_page", explicit=True) is None  # too short to be a transcript


def test_page_linked_as_transcript_without_labels_is_its_paragraphs() -> None:
    words = "".join(f"<p>Paragraph {i} about factories and the grid, said plainly.</p>"
                    for i in range(12))
    body = f"<html><body><article>{words}</article></body></html>".encode()
    assert parse_page("https://x.example/t", body) is None
    transcript = parse_page("https://x.example/t", body, explicit=True)
    assert transcript is not None and len(transcript.segments) == 12
    assert {s.speaker for s in transcript.segments} == {None}


def test_gbk_page_is_decoded_by_its_declared_charset() -> None:
    html = ('<html><head><meta charset="gbk"></head><body>'
            + "".join(f"<p>主持人：问题{i}</p><p>马斯克：中国的工厂非常高效{i}。</p>" for i in range(3))
            + "</body></html>")
    transcript = parse_page("https://x.example/gbk", html.encode("gbk"), speakers=SPEAKERS)
    assert transcript is not None
    assert _turns(transcript, "Elon Musk")[0][1] == "中国的工厂非常高效0。"


@pytest.mark.parametrize(("line", "name", "seconds", "text"), [
    ("Lex Fridman (00:00:31) Yeah, that's great.", "Lex Fridman", 31, "Yeah, that's great."),
    ("[01:02:03] Elon Musk: China is ahead.", "Elon Musk", 3723, "China is ahead."),
    ("Elon Musk: (12:05) China is ahead.", "Elon Musk", 725, "China is ahead."),
    ("马斯克：中国很重要。", "马斯克", None, "中国很重要。"),
    ("Speaker 2 (00:03):", "Speaker 2", 3, ""),
    ("Starting point is 00:02:05 China is building.", None, 125, "China is building."),
    ("他说：中国的电力产出增长得非常快。", None, None, "他说：中国的电力产出增长得非常快。"),
    ("Update: the episode was re-uploaded.", None, None, "Update: the episode was re-uploaded."),
    ("10:30 AM Pacific, the keynote starts.", None, None, "10:30 AM Pacific, the keynote starts."),
])
def test_line_formats(line: str, name: str | None, seconds: float | None, text: str) -> None:
    found = record(Line(line))
    assert (found.name, found.seconds, found.text) == (name, seconds, text)


def test_bold_lead_and_table_row_name_the_speaker() -> None:
    bold = record(Line("马斯克 所以真的有三个小时的问题吗？", bold="马斯克"))
    assert (bold.name, bold.text) == ("马斯克", "所以真的有三个小时的问题吗？")
    row = record(Line("00:19:14 Elon Musk Everybody gets subsidies.",
                      cells=("00:19:14", "Elon Musk", "Everybody gets subsidies.")))
    assert (row.name, row.seconds, row.text, row.sure) == ("Elon Musk", 1154, "Everybody gets "
                                                           "subsidies.", True)


def test_a_label_seen_once_without_a_time_is_text_of_the_turn() -> None:
    html = (b"<p>Host: Welcome.</p><p>Elon Musk: China is ahead in solar.</p>"
            b"<p>Host: Why?</p><p>Elon Musk: Scale.</p><p>Note: this part was cut.</p>")
    transcript = parse_page("https://x.example/n", html, speakers=SPEAKERS)
    assert transcript is not None
    assert transcript.segments[-1].speaker == "Elon Musk"
    assert transcript.segments[-1].text == "Scale. Note: this part was cut."


@pytest.mark.parametrize(("label", "speaker"), [
    ("Elon", "Elon Musk"), ("ELON MUSK", "Elon Musk"), ("Musk", "Elon Musk"),
    ("马斯克", "Elon Musk"), ("馬斯克", "Elon Musk"), ("埃隆·马斯克", "Elon Musk"),
    ("Kimbal Musk", "Kimbal Musk"), ("Lex Fridman", "Lex Fridman"),
])
def test_labels_map_to_the_watched_speaker(label: str, speaker: str) -> None:
    assert canonical(label, SPEAKERS) == speaker


def test_title_that_names_him_makes_him_a_guest_of_an_unlabelled_transcript() -> None:
    assert named_guests("#499 – Elon Musk: China", ("Lex Fridman",), SPEAKERS) == (
        "Lex Fridman", "Elon Musk")
    assert named_guests("马斯克谈中国车企", (), SPEAKERS) == ("Elon Musk",)
    assert named_guests("Muskrat farming in Ohio", (), SPEAKERS) == ()


def test_transcript_links_in_show_notes() -> None:
    notes = ('<p><b>Transcript:</b> <a href="https://lexfridman.com/elon-musk-5-transcript">'
             "https://lexfridman.com/elon-musk-5-transcript</a></p>"
             '<p>文字稿：<a href="/p/12345">点此阅读</a></p>'
             '<p>Episode links: <a href="https://x.com/elonmusk">X</a></p>'
             '<p><a href="https://cdn.example/ep.mp3">transcript audio</a></p>'
             "<p>Read the full transcript at https://example.org/ep-499/transcript.</p>")
    assert transcript_links(notes, "https://podcast.example/ep-499", limit=5) == (
        "https://lexfridman.com/elon-musk-5-transcript", "https://podcast.example/p/12345",
        "https://example.org/ep-499/transcript")


def test_notes_without_a_transcript_word_are_not_parsed() -> None:
    assert transcript_links('<p>Links: <a href="https://x.com/a">X</a></p>', "") == ()
    assert transcript_links("", "") == ()
