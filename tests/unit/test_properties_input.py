"""Property tests on what reads hostile input: feeds, transcripts, the extractor, the matcher.

No input makes them raise anything but the project's documented errors (``ParseError``,
``TranscriptError``; the extractor and the matcher raise nothing), and extraction stays
linear in the text.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from functools import cache
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.strategies import any_bytes, any_text, hostile_text, url
from tracker.config import Settings
from tracker.extract.extractor import Extractor
from tracker.feeds.errors import ParseError, TranscriptError
from tracker.feeds.parse import parse_feed
from tracker.feeds.transcript_pages import parse_page
from tracker.feeds.transcripts import parse_transcript
from tracker.match.embedder import HashingEmbedder
from tracker.match.matcher import MAX_TEXT, Matcher, prepare
from tracker.match.train import load_rebuttals
from tracker.model import Decision


@cache
def extractor() -> Extractor:
    return Extractor(Settings().watch_list())


@cache
def matcher() -> Matcher:
    return Matcher(load_rebuttals(), HashingEmbedder())


def rss(title: str, body: str, link: str, raw: bool) -> bytes:
    """An RSS document around generated fields, escaped (well-formed) or raw (often not)."""
    esc: Callable[[str], str] = (lambda t: t) if raw else escape
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{esc(title)}</title>'
            f"<item><title>{esc(title)}</title><link>{esc(link)}</link>"
            f"<description>{esc(body)}</description><guid>{esc(link)}</guid></item>"
            "</channel></rss>").encode("utf-8", "replace")


@given(any_text, any_text, url, st.booleans(), st.sampled_from(["news", "podcast", "posts"]))
def test_a_feed_parses_or_is_a_parse_error(title: str, body: str, link: str, raw: bool,
                                           kind: str) -> None:
    try:
        parsed = parse_feed(rss(title, body, link, raw), kind=kind)
    except ParseError as exc:
        assert str(exc)
        return
    for entry in parsed.entries:
        assert isinstance(entry.title, str) and isinstance(entry.text, str)


@given(any_bytes)
def test_any_bytes_as_a_feed_parse_or_are_a_parse_error(body: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse_feed(body)


@given(st.sampled_from(["vtt", "srt", "json", "html", "text"]), any_bytes)
def test_a_transcript_parses_or_is_a_transcript_error(fmt: str, body: bytes) -> None:
    try:
        transcript = parse_transcript("https://x.example/t", fmt, body)
    except TranscriptError as exc:
        assert str(exc)
        return
    assert all(segment.text for segment in transcript.segments)


@given(st.lists(st.tuples(hostile_text, hostile_text), max_size=12), st.booleans())
def test_a_transcript_page_is_found_or_not_never_an_error(turns: list[tuple[str, str]],
                                                         explicit: bool) -> None:
    html = "".join(f"<p><b>{escape(who)}</b></p><p>{escape(said)}</p>" for who, said in turns)
    page = parse_page("https://x.example/p", html.encode("utf-8", "replace"), explicit=explicit,
                      speakers=(("Elon Musk", ("Elon Musk", "Musk", "马斯克")),))
    assert page is None or all(segment.text for segment in page.segments)


@given(any_text, any_text, st.sampled_from([None, "en", "zh"]), st.booleans())
def test_the_extractor_returns_statements_inside_the_text(text: str, title: str,
                                                          language: str | None,
                                                          own: bool) -> None:
    found = extractor().extract(text, title=title, language=language,
                                own_words="Elon Musk" if own else "")
    for statement in found:
        assert 0 <= statement.start <= statement.end <= len(text)
        assert statement.text == text[statement.start:statement.end] or statement.text


@given(any_text)
def test_the_matcher_takes_any_statement(text: str) -> None:
    assert len(prepare(text)) <= MAX_TEXT
    result = matcher().match(text)
    assert result.decision in set(Decision)
    assert all(0.0 <= m.score <= 1.0 for m in result.matches)


# -- linear time -----------------------------------------------------------------------

def _best_cpu(text: str, runs: int = 3) -> float:
    """The least CPU time of a few runs: other work on the machine only adds to a run.

    The garbage collector is off while a run is timed: a collection landing in one run
    only (more likely in the longer one) skewed the ratio under a loaded suite.
    """
    import gc

    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.thread_time()
            extractor().extract(text)
            best = min(best, time.thread_time() - started)
        finally:
            gc.enable()
    return best


ADVERSARIAL = [  # the shapes that make naive attribution quadratic
    'Elon Musk said "China ',  # a quote that never closes
    "Musk said China " * 3,  # one sentence that never ends
    'Elon Musk said on Tuesday that China would "dominate the EV market," adding that '
    'BYD was "very strong." ',  # many candidates: the cap's path
    "马斯克说，中国“",  # an unclosed Chinese quote
    "he said. " * 5 + "Musk. ",  # pronouns whose referent is far away
    "比亚迪\u202e11´þ¾",  # CJK with no separator: opencc matched phrases over the whole run
    "Musk said ‘China ",  # single quotation marks that never close (the sweep's search)
    "Musk. ‘China wins’ “BYD” 'Tesla' ",  # quotations near him, each one swept
]


def _small_and_large(small: str, factor: int = 4, runs: int = 3) -> tuple[float, float]:
    """The least CPU time of ``small`` and of it repeated ``factor`` times, runs interleaved.

    Interleaving lets both sizes sample the same load (a test on the suite's other worker
    starting between them skewed a ratio); timing 4x the text against a bound of 8x sits
    halfway (geometrically) between linear (4x) and quadratic (16x) work, so a busy
    2-core machine, which has stretched one doubling to 3.4x, cannot fail a linear text.
    """
    large = small * factor
    t_small = t_large = float("inf")
    for _ in range(runs):
        t_small = min(t_small, _best_cpu(small, runs=1))
        t_large = min(t_large, _best_cpu(large, runs=1))
    return t_small, t_large


@settings(max_examples=6)
@given(st.one_of(st.sampled_from(ADVERSARIAL), hostile_text.filter(lambda t: len(t) >= 8)))
def test_extraction_time_grows_linearly_with_the_text(unit: str) -> None:
    """Four times an adversarial text at most 8x the CPU time (quadratic would be 16x).

    A random text can cross a one-time step between 10 and 40 KB (a sentence-long candidate
    that only the longer text makes, judged once: a fixed cost, not a growing one). Quadratic
    work is 16x on every quadrupling, so when the first quadrupling exceeds 8x the next one is
    timed too, and the test fails only if both do.
    """
    small = ("Elon Musk on China. " + unit * (10_000 // len(unit) + 1))[:10_000]
    t_small, t_large = _small_and_large(small)
    if t_large > 8.0 * t_small + 0.02:
        t_next, t_largest = _small_and_large(small * 4)
        assert t_largest <= 8.0 * t_next + 0.02, (unit, t_small, t_large, t_next, t_largest)


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_each_adversarial_shape_is_linear(unit: str) -> None:
    small = ("Elon Musk on China. " + unit * (10_000 // len(unit) + 1))[:10_000]
    t_small, t_large = _small_and_large(small)
    assert t_large <= 8.0 * t_small + 0.02, (t_small, t_large)  # quadratic: 16x


@given(any_text)
def test_html_to_text_takes_any_markup_and_returns_no_control_characters(markup: str) -> None:
    import re

    from tracker.feeds.htmltext import html_to_text

    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", html_to_text(f"<p>{markup}</p>"))
