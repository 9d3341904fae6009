"""Rules learnt from blind batch Q (measured once as written, development data since):
sentences written for these tests, not Q's.

* a Q&A write-up names the interviewee at the first answer ("答（马斯克）：") and then writes
  bare "答：": those answers are his turns too;
* "they" in an answer points past an earnings call's speaker header ("Name -- Chief
  Executive Officer") and past "a Model Y" (one thing, not a group) to the question's
  subject;
* a sentence that continues the one before ("But ...", "I think that's a big mistake")
  stays with it: the continuation and editor-line patterns were anchored with "^", which
  never matches at a sentence inside the text, so neither rule had fired there;
* machine-translated Chinese reports "he added" as "他添加了";
* "马斯克预计将出席……" is his schedule (he is expected to attend), not a forecast of his;
* "没有直接回应" negates the verb across an adverb;
* "回应在华销量问题" names what he responded to: a noun phrase, not his words.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.attribution import ZH_VERB
from tracker.extract.decide import RULE
from tracker.extract.structure import turns


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def found(rules: Extractor, text: str) -> dict[str, tuple[str, str]]:
    return {doc.text[c.start:c.end]: (c.cue, c.topic) for doc, c, _ in rules.candidates(text)}


def test_bare_answers_after_a_named_one_are_his() -> None:
    text = ("专访：马斯克谈电池\n\n问：你怎么看宁德时代？\n答（马斯克）：他们非常强。\n\n"
            "问：还有呢？\n答：中国的供应链无人能比。\n")
    kinds = [(t.label, t.kind) for t in turns(text)]
    assert kinds[-1] == ("马斯克", "label")
    assert kinds[-2] == ("问", "question")


def test_bare_answers_without_a_named_one_stay_answers() -> None:
    text = "专访\n\n问：你怎么看宁德时代？\n答：他们非常强。\n"
    assert [t.kind for t in turns(text)][-1] == "answer"


def test_a_bare_english_answer_takes_the_answerer_of_the_first(rules: Extractor) -> None:
    text = ("Musk on batteries: an interview\n\nQ: What about CATL?\nA (Musk): They are very good.\n\n"
            "Q: And Chinese solar makers?\nA: Chinese solar is the cheapest energy on Earth.\n")
    assert found(rules, text)["Chinese solar is the cheapest energy on Earth"][0] == "turn"


def test_they_looks_past_an_earnings_call_header(rules: Extractor) -> None:
    text = ("Elon Musk -- Chief Executive Officer\n\nThanks everyone for joining.\n\n"
            "Jane Park -- Analyst\n\nHow worried are you about price competition from BYD?\n\n"
            "Elon Musk -- Chief Executive Officer\n\nThey are a strong company, no question.\n")
    assert found(rules, text)["They are a strong company, no question"][1] == "context"


def test_they_looks_past_a_singular_product_name(rules: Extractor) -> None:
    text = ("Jane Park: Chinese automakers sell cars for the price of a Tesla Model Y. Your answer?\n"
            "Elon Musk: Look, they're incredibly good at cost.\n")
    assert found(rules, text)["Look, they're incredibly good at cost"][1] == "context"


def test_a_plural_name_still_takes_they(rules: Extractor) -> None:
    text = ("Jane Park: Chinese automakers sell cheap SUVs, but what about the Detroit Three?\n"
            "Elon Musk: Look, they're incredibly good at cost.\n")
    assert found(rules, text)["Look, they're incredibly good at cost"][1] == ""


@pytest.mark.parametrize(("turn", "joined"), [
    ("People underestimate China. I think that's a big mistake.",
     "People underestimate China. I think that's a big mistake"),
    ("Chinese carmakers are very strong. But our cars are better.",
     "Chinese carmakers are very strong. But our cars are better"),
    ("中国车企非常强。我觉得这是好事。", "中国车企非常强。我觉得这是好事"),
])
def test_a_continuing_sentence_stays_with_the_point(rules: Extractor, turn: str,
                                                    joined: str) -> None:
    text = f"Host: Welcome back.\nElon Musk: Thanks. Good to be here.\nElon Musk: {turn}\n"
    assert joined in found(rules, text)


def test_a_new_subject_is_not_a_continuation(rules: Extractor) -> None:
    text = ("Host: Welcome back.\nElon Musk: Thanks.\n"
            "Elon Musk: People underestimate China. Anyway, let's talk about the Cybercab.\n")
    assert "People underestimate China" in found(rules, text)


def test_an_editor_line_below_a_speech_is_not_his(rules: Extractor) -> None:
    text = ("马斯克致辞全文：中国的速度令人惊叹\n\n中国的工程师是世界上最好的。\n\n（根据现场录音整理，中国）\n")
    assert all("整理" not in span for span in found(rules, text))


def test_machine_translated_he_added() -> None:
    assert ZH_VERB.search("“他们非常聪明，”他添加了。")
    assert not ZH_VERB.search("特斯拉添加了新的功能")


def test_expected_to_attend_is_no_forecast(rules: Extractor) -> None:
    text = "下周日程\n\n周二：马斯克预计将以视频方式出席在上海举行的人工智能大会。\n"
    assert not found(rules, text)
    forecast = "马斯克预计，中国车企明年将占据全球一半的电动车市场。"
    assert "中国车企明年将占据全球一半的电动车市场" in found(rules, forecast)


def test_a_negation_before_an_adverb_and_the_verb(rules: Extractor) -> None:
    text = "马斯克周二没有直接回应中国市场的销量问题，只谈了火箭。"
    assert not [s for s in found(rules, text) if "销量" in s]


def test_what_he_responded_to_is_no_statement_of_his() -> None:
    from tracker.extract.decide import FEATURES, features

    shipped = Extractor(Settings().watch_list())
    text = "特斯拉行政總裁馬斯克昨日首度回應有關公司計劃減少在華投資的報道。"
    (doc, c, head), = shipped.candidates(text)
    assert features(doc, c, head)[FEATURES.index("object_start")] == 1.0
    said = "马斯克回应称，中国市场的问题是价格战。"
    (doc, c, head), = shipped.candidates(said)
    assert features(doc, c, head)[FEATURES.index("object_start")] == 0.0
