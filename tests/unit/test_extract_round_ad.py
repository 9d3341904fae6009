"""A rule learnt from blind batch AD (measured once as written, development data since):
sentences written for these tests, not AD's.

* the "that" (or colon) that opens his reported clause is looked for outside quotations: in
  'Musk said he had seen "no sign of that at all" from Chinese officials' the "that" inside
  his quoted words opened nothing, and only the fragment was a candidate, so the clause he
  asserted was missed.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def _spans(ex: Extractor, text: str) -> list[str]:
    return [doc.text[c.start:c.end] for doc, c, _ in ex.candidates(text)]


@pytest.mark.parametrize(("text", "clause"), [
    ('Musk said he had seen "no sign of that at all" from Chinese officials.',
     'he had seen "no sign of that at all" from Chinese officials'),
    ('Musk told analysts Beijing had been "clear that Tesla is welcome" for years.',
     'Beijing had been "clear that Tesla is welcome" for years'),
])
def test_a_that_inside_his_quoted_words_opens_no_clause(rules: Extractor, text: str,
                                                         clause: str) -> None:
    assert clause in _spans(rules, text)


@pytest.mark.parametrize(("text", "clause"), [
    # the "that" outside the quotation still opens the clause
    ('Musk said that China was "fair" to Tesla.', 'China was "fair" to Tesla'),
    ("Musk said on Monday that Chinese carmakers are the toughest competitors.",
     "Chinese carmakers are the toughest competitors"),
])
def test_a_that_outside_quotations_still_opens_the_clause(rules: Extractor, text: str,
                                                          clause: str) -> None:
    assert clause in _spans(rules, text)


def test_the_shipped_model_extracts_the_clause_not_the_fragment() -> None:
    found = Extractor(Settings().watch_list()).extract(
        'Musk said he had seen "no sign of that at all" from Chinese officials.')
    assert [s.text for s in found] == ['he had seen "no sign of that at all" from Chinese officials']
