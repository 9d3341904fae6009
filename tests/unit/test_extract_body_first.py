"""An article's quote is stored before its headline's restatement, so the quote is posted."""

from __future__ import annotations

from tracker.model import ExtractedStatement
from tracker.usecases.extract import _body_first

TITLE = "Musk: China's power output will soon be triple America's"
BODY = ('Speaking at an investor event, Elon Musk warned about electricity. "China\'s power '
        'generation will be about three times that of the US by 2026," Musk said.')
TEXT = f"{TITLE}\n\n{BODY}"


def found(words: str) -> ExtractedStatement:
    start = TEXT.index(words)
    return ExtractedStatement(words, "Elon Musk", "musk-china", "en", 0.9, start,
                              start + len(words))


def test_the_body_quote_comes_before_the_headline_that_restates_it() -> None:
    headline = found("China's power output will soon be triple America's")
    quote = found("China's power generation will be about three times that of the US by 2026")
    assert _body_first([headline, quote], TEXT, TITLE) == [quote, headline]


def test_without_a_headline_the_order_is_the_extractors() -> None:
    a, b = found("China's power output"), found("China's power generation")
    assert _body_first([a, b], BODY, "") == [a, b]
    assert _body_first([a], TEXT, TITLE) == [a]
