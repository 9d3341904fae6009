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


def threads(rules: Extractor, text: str) -> dict[str, bool]:
    return {doc.text[c.start:c.end]: c.thread for doc, c, _ in rules.candidates(text)}


_EXCHANGE = ("Host: Chinese automakers are opening plants in Hungary. What do you make of it?\n"
             "Elon Musk: They are relentless, honestly.\n"
             "Host: Does that worry you?\n"
             "Elon Musk: Not much. Competition makes everyone better.\n"
             "Host: Let's talk about Starship.\n"
             "Elon Musk: It flies in March.\n")


def test_a_short_follow_up_keeps_the_exchange_on_the_topic(rules: Extractor) -> None:
    found = threads(rules, _EXCHANGE)  # an answer that never names the topic is one point
    assert found["Not much. Competition makes everyone better"]


def test_a_question_on_something_else_ends_the_exchange(rules: Extractor) -> None:
    assert not threads(rules, _EXCHANGE)["It flies in March"]


def test_a_question_pointing_back_to_the_topic_opens_an_exchange_on_it(
        rules: Extractor) -> None:
    text = ("Host: BYD and Geely keep cutting prices.\n"
            "Elon Musk: Sure.\n"
            "Host: Would you ever build a car with one of them, a joint venture perhaps?\n"
            "Elon Musk: Never say never.\n")
    assert threads(rules, text)["Never say never"]


def test_a_turn_naming_the_topic_leaves_its_asides_out_of_the_thread(rules: Extractor) -> None:
    text = ("Host: What about China?\n"
            "Elon Musk: China is very strong at batteries. Anyway, the rocket flies soon.\n")
    assert threads(rules, text) == {"China is very strong at batteries": False,
                                    "Anyway, the rocket flies soon": False}


def test_an_unlabelled_hosts_question_opens_the_exchange_for_the_guest(
        rules: Extractor) -> None:
    text = ("Welcome back. Is Shanghai still the best factory you run?\n\n"
            "Probably, yes. We keep raising the bar.\n")
    found = {doc.text[c.start:c.end]: c.thread
             for doc, c, _ in rules.candidates(text, guests=("Elon Musk",))}
    assert found["Probably, yes. We keep raising the bar"]


def loose(rules: Extractor, text: str) -> dict[str, bool | str]:
    return {doc.text[c.start:c.end]: "sweep" if c.cue == "sweep" else c.loose
            for doc, c, _ in rules.candidates(text)}


def test_he_said_after_somebody_else_spoke_is_proposed_as_a_loose_attribution(
        rules: Extractor) -> None:
    text = ("During the question round, after a pension fund manager argued that Chinese "
            "brands were overrated, Musk shook his head.\n\n"
            "\"Drive one before you decide,\" he said.")
    assert loose(rules, text) == {"Drive one before you decide": True}


def test_he_said_right_after_his_own_statement_is_no_loose_attribution(
        rules: Extractor) -> None:
    text = ('Musk said Chinese suppliers were fast. "They ship in days," he said.')
    assert not any(loose(rules, text).values())


def test_he_said_with_him_never_named_nearby_is_not_proposed(rules: Extractor) -> None:
    text = ("Elon Musk spoke first.\n\n" + "The panel then moved on to other things. " * 12
            + "\n\nA banker said Chinese lenders were cautious. \"They wait,\" he said.")
    assert "They wait" not in {w for w, how in loose(rules, text).items() if how != "sweep"}
    assert not Extractor(Settings().watch_list()).extract(text)  # swept, and refused


@pytest.mark.parametrize("words", [
    "rockets, robots and a podcast", "关税、火箭与机器人", "从火星计划到上海的新车", "Grok, Mars, Shanghai, and memes"])
def test_a_title_that_only_lists_topics_is_a_topic_list(words: str) -> None:
    from tracker.extract.headline import is_topic_list

    assert is_topic_list(words.lower(), 0, len(words))


@pytest.mark.parametrize("words", [
    "Chinese suppliers, he says, are unbeatable", "中国工程师非常努力，美国应该学习",
    "Shanghai is fast, cheap and good"])
def test_a_title_with_a_clause_is_no_topic_list(words: str) -> None:
    from tracker.extract.headline import is_topic_list

    assert not is_topic_list(words.lower(), 0, len(words))
