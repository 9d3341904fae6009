"""A rule learnt from blind batch AD (measured once as written, development data since):
sentences written for these tests, not AD's.

* the "that" (or colon) that opens his reported clause is looked for outside quotations: in
  'Musk said he had seen "no sign of that at all" from Chinese officials' the "that" inside
  his quoted words opened nothing, and only the fragment was a candidate, so the clause he
  asserted was missed.

* a speaker labelled by role only ("CEO:") is him when the document gives him that role and
  nobody else ("speakers: Elon Musk (CEO), Vaibhav Taneja (CFO)", "Tesla CEO Elon Musk");
  AD missed a whole investor Q&A this way. A call that names another chief executive, or
  none, leaves "CEO:" someone else's.

And one from blind batch AE (measured once as written, development data since):

* what he denied having said is never his statement ("Musk denied saying that China would
  'inevitably' take Taiwan", "denied a report that he had told executives ...", 否认曾说过……,
  "never said that ..."); what he asserts in the denial, in his own words, still is.
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


@pytest.mark.parametrize("text", [
    'Elon Musk on Friday denied saying that China would "inevitably" take control of Taiwan, '
    "after a clip circulated online.",
    "Musk denied a report that he had told senior executives Tesla would cut a fifth of its "
    "Shanghai workforce.",
    "Musk denied that Tesla would leave China.",
    "Musk never said that Chinese carmakers survive on subsidies.",
    "马斯克在X上发文，否认曾说过中国车企“靠补贴活下来”。",
    "馬斯克否認曾說過大陸電動車企業「靠補貼活下來」。",
    "马斯克从未说过中国将在五年内统治汽车市场。",
])
def test_what_he_denied_saying_is_not_his_statement(text: str) -> None:
    assert Extractor(Settings().watch_list()).extract(text) == []


@pytest.mark.parametrize(("text", "said"), [
    # what he does say, after the denial or in his own words
    ("Musk denied the report, saying China is a great partner for Tesla.",
     "China is a great partner for Tesla"),
    ("马斯克否认特斯拉将撤出中国，并表示中国市场非常重要。", "中国市场非常重要"),
    ("马斯克写道：“我从来没有说过中国车企是靠补贴活下来的，他们靠的是效率。”",
     "我从来没有说过中国车企是靠补贴活下来的，他们靠的是效率"),
])
def test_what_he_says_in_a_denial_is_still_his(text: str, said: str) -> None:
    assert [s.text for s in Extractor(Settings().watch_list()).extract(text)] == [said]


CALL = ("MODERATOR: What about China?\nCEO: China is the toughest market on Earth.\n"
        "CFO: Margins in China held up.")


@pytest.mark.parametrize(("title", "his"), [
    ("Tesla Q3 call - speakers: Elon Musk (CEO), Vaibhav Taneja (CFO)", True),
    ("Tesla CEO Elon Musk and the CFO take questions", True),
    ("特斯拉业绩会：首席执行官埃隆·马斯克回答提问", False),  # "CEO" is not 首席执行官's label
    ("XPeng Q3 call - He Xiaopeng (CEO); the talk turned to Elon Musk", False),
    ("Elon Musk (CEO) and He Xiaopeng (CEO) on one stage", False),  # whose "CEO:"? nobody's
    ("Tesla Q3 call", False),
])
def test_a_role_label_is_his_when_the_document_gives_him_the_role(title: str, his: bool) -> None:
    found = [s.text for s in Extractor(Settings().watch_list()).extract(CALL, title=title)]
    assert found == (["China is the toughest market on Earth"] if his else [])


def test_a_chinese_role_label_is_his_when_the_header_gives_it_to_him() -> None:
    text = "主持人：请谈谈中国市场。\n首席执行官：中国市场的竞争是全世界最激烈的。\n首席财务官：中国的毛利率保持稳定。"
    found = Extractor(Settings().watch_list()).extract(
        text, title="特斯拉业绩会实录（嘉宾：埃隆·马斯克（首席执行官）、瓦伊巴夫·塔内贾（首席财务官））")
    assert [s.text for s in found] == ["中国市场的竞争是全世界最激烈的"]
