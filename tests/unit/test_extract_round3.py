"""The rules and features added in the third round of issue 11 (development figures in
docs/evaluation/extraction-errors.md): sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE
from tracker.extract.structure import turns


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def candidates(rules: Extractor, text: str) -> dict[str, tuple[str, str, bool]]:
    """Each candidate's words with its cue, topic evidence and distance flag."""
    return {doc.text[c.start:c.end]: (c.cue, c.topic, c.far)
            for doc, c, _ in rules.candidates(text)}


def test_a_relative_clause_closed_by_a_comma_leaves_him_the_subject(rules: Extractor) -> None:
    text = ("Elon Musk, addressing a trade fair in Chengdu that had been postponed twice because "
            "of the weather, said that Chinese battery makers were two years ahead of everyone.")
    found = candidates(rules, text)
    assert found.get("Chinese battery makers were two years ahead of everyone",
                     ("", "", False))[2]


def test_a_relative_clause_running_up_to_the_verb_is_somebody_elses(rules: Extractor) -> None:
    text = ("Musk, on a long tour of the battery towns of Hunan province, met a mayor who "
            "said that Chinese suppliers would open a plant there.")
    assert "Chinese suppliers would open a plant there" not in candidates(rules, text)


def test_a_chinese_prepositional_clause_before_the_verb_continues_his_predicate(
        rules: Extractor) -> None:
    text = "马斯克在柏林的一场电池论坛上，面对在场的数百名工程师表示，中国的电池供应链无人能及。"
    assert "中国的电池供应链无人能及" in candidates(rules, text)


def test_gaosu_reporters_attributes_a_chinese_quotation(rules: Extractor) -> None:
    text = "“苏州的供应商交货最快，”马斯克告诉记者们。"
    assert "苏州的供应商交货最快" in candidates(rules, text)


def test_the_title_line_is_never_a_speaker_heading() -> None:
    text = ("Tokyo Mobility Forum - morning session notes\n\n09:10\n"
            "Musk said Chinese automakers now set the pace.")
    assert all(t.kind == "prose" for t in turns(text))


def test_a_heading_after_the_title_still_names_who_speaks() -> None:
    text = "Q3 call\n\nElon Musk -- Chief Executive Officer\n\nChina demand was fine."
    assert [t.label for t in turns(text)][-1] == "Elon Musk"
