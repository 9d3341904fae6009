"""The candidate rules added for the error classes of blind batches A and B (issue 11):
each proposes the span the brief's gold definition asks for; the decision weighs it."""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def spans(rules: Extractor, text: str, *, swept: bool = True) -> list[str]:
    """Candidates' words; without the quotations only the sweep proposed, if swept=False."""
    return [doc.text[c.start:c.end] for doc, c, _ in rules.candidates(text)
            if swept or c.cue != "sweep"]


@pytest.mark.parametrize("text, words", [
    ('11:32 Musk on U.S. chip export curbs: "Huawei will be a serious player."',
     "Huawei will be a serious player"),
    ('Musk said the plant was ready. He followed up hours later: "Their trains go 350 km/h."',
     "Their trains go 350 km/h"),
    ("马斯克随后在X上：“中国的电池遥遥领先。”", "中国的电池遥遥领先"),
])
def test_a_colon_before_a_quotation_attributes_it_without_a_speech_verb(
        rules: Extractor, text: str, words: str) -> None:
    assert any(c.colon and doc.text[c.start:c.end] == words
               for doc, c, _ in rules.candidates(text))


def test_a_colon_after_somebody_else_attributes_nothing(rules: Extractor) -> None:
    text = 'Analysts met Musk last week. The analyst wrote: "China is ahead."'
    assert "China is ahead" not in spans(rules, text, swept=False)
    # The sweep proposes the quotation (he is named just before); the decision refuses it.
    assert not Extractor(Settings().watch_list()).extract(text)


def test_a_time_after_the_speech_verb_is_no_part_of_his_clause(rules: Extractor) -> None:
    text = "Elon Musk said on Sunday he had no interest in buying TikTok's US business."
    assert "he had no interest in buying TikTok's US business" in spans(rules, text)


@pytest.mark.parametrize("title, words", [
    ("Musk visits Shanghai plant, says China sales will rebound",
     "China sales will rebound"),
    ("马斯克接受《时代》专访：中国将是AI竞赛最强对手", "中国将是AI竞赛最强对手"),
])
def test_a_headline_with_two_verbs_gives_the_claim_after_the_second(
        rules: Extractor, title: str, words: str) -> None:
    assert words in spans(rules, f"{title}\n\nThe body says nothing more.")


def test_a_description_of_him_opening_a_paragraph_attributes(rules: Extractor) -> None:
    text = ("Musk's week\n\nTesla sold more cars.\n\nThe billionaire said on Monday that "
            "Chinese regulators had been very supportive.")
    assert "Chinese regulators had been very supportive" in spans(rules, text)


def test_a_participle_after_his_clause_is_his(rules: Extractor) -> None:
    text = ("Elon Musk on Thursday played down the threat from Chinese robot makers, "
            "saying Optimus was years ahead of them.")
    assert any("Optimus was years ahead" in s for s in spans(rules, text))


def test_a_participle_after_somebody_elses_relative_clause_is_not_his(rules: Extractor) -> None:
    text = ("Musk spent the day at the plant with BYD's founder, who told reporters at length "
            "about the visit, saying China was ready.")
    assert all("China was ready" not in s for s in spans(rules, text))


def test_a_chinese_time_clause_before_the_verb_keeps_him_the_speaker(rules: Extractor) -> None:
    text = "特斯拉行政总裁马斯克昨日透过视像出席一个论坛，回答主持人提问时表示，香港是进入内地市场的桥梁。"
    assert "香港是进入内地市场的桥梁" in spans(rules, text)


@pytest.mark.parametrize("text", [
    "Musk said the world's second-largest economy would dominate robotics.",
    "马斯克表示，中美之间的贸易战没有赢家。",
])
def test_the_brief_s_other_names_for_china_are_topic_terms(rules: Extractor, text: str) -> None:
    assert [s for s in Extractor(Settings().watch_list(), model=RULE).extract(text)]


def test_the_shipped_model_keeps_a_colon_quotation_on_the_topic() -> None:
    text = ('Tesla reports deliveries.\n\n9:20 ET Musk on X: "China registrations are strong '
            "this week. Don't believe the FUD.\"")
    found = [s.text for s in Extractor(Settings().watch_list()).extract(text)]
    assert "China registrations are strong this week. Don't believe the FUD" in found


@pytest.mark.parametrize("text, expected", [
    ("Musk posted a video of a Cybertruck in Shenzhen traffic.", 1.0),
    ("马斯克说过中国的工程师很强。", 1.0),
    ("Musk said Chinese carmakers are the most competitive.", 0.0),
])
def test_a_speech_verb_taking_an_object_is_marked_for_the_decision(
        rules: Extractor, text: str, expected: float) -> None:
    from tracker.extract.decide import FEATURES, features

    rows = [features(doc, c, h) for doc, c, h in rules.candidates(text)]
    assert rows and rows[0][FEATURES.index("object_start")] == expected
