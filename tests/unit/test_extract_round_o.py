"""Rules learnt from blind batch O (measured once as written, development data since):
sentences written for these tests, not O's.

* "they" points to a group, not to a place something goes to or happens in ("coming to
  the United States", "在美国");
* a preposition and title words before his name make him its object ("brother of Chief
  Executive Officer Elon Musk, said": the brother speaks);
* "says something glowing about China" says what he talks about, not what he said.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.attribution import _EN_OTHER_BEFORE
from tracker.extract.decide import _OBJECT, RULE


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


@pytest.fixture(scope="module")
def shipped() -> Extractor:
    return Extractor(Settings().watch_list())


def topics(rules: Extractor, text: str) -> dict[str, str]:
    return {doc.text[c.start:c.end]: c.topic for doc, c, _ in rules.candidates(text)}


def test_they_after_a_question_names_the_group_not_the_place_it_goes(rules: Extractor) -> None:
    text = ("Ana Ruiz: Will Chinese battery makers open plants in Germany?\n"
            "Elon Musk: Eventually, yes. They always find a way.\n")
    assert topics(rules, text)["Eventually, yes. They always find a way"] == "context"


def test_they_still_points_to_a_named_group_that_is_not_a_place(rules: Extractor) -> None:
    text = ("Ana Ruiz: Chinese battery makers are cheap, but European Regulators are slow.\n"
            "Elon Musk: Eventually, yes. They always find a way.\n")
    assert topics(rules, text)["Eventually, yes. They always find a way"] == ""


def test_there_may_still_point_to_a_place(rules: Extractor) -> None:
    text = ("Ana Ruiz: Chinese carmakers want to build a plant in Texas.\n"
            "Elon Musk: It is a good place. Land is cheap there.\n")
    assert topics(rules, text)["It is a good place. Land is cheap there"] == ""


def test_zh_they_skips_a_place_after_zai(rules: Extractor) -> None:
    text = ("主持人：中国车企会不会在美国建厂？\n"
            "马斯克：会的。他们总能找到办法。\n")
    assert topics(rules, text)["会的。他们总能找到办法"] == "context"


@pytest.mark.parametrize("before", [
    "brother of chief executive officer ", "a meeting with tesla boss ",
    "a call with the billionaire ", "told ceo "])
def test_a_preposition_and_titles_make_him_an_object(before: str) -> None:
    assert _EN_OTHER_BEFORE.search(before)


@pytest.mark.parametrize("before", ["in an interview with cnbc on friday, ", "on tuesday, ",
                                    "speaking to reporters in shanghai, "])
def test_a_clause_before_his_name_leaves_him_the_subject(before: str) -> None:
    assert not _EN_OTHER_BEFORE.search(before)


def test_his_brothers_words_are_not_his(shipped: Extractor) -> None:
    text = ("Tesla director Kimbal Musk, the brother of Chief Executive Officer Elon Musk, said "
            "the company's sales in China would recover next year.")
    assert shipped.extract(text) == []


@pytest.mark.parametrize("span,description", [
    ("something glowing about China, and Washington erupts", True),
    ("something about Chinese carmakers that is worth hearing", True),
    ("a lot about China these days", True),
    ("something is wrong with the Chinese economy", False),
    ("nothing can stop Chinese carmakers", False),
    ("Chinese carmakers are the best", False)])
def test_says_something_about_is_a_description(span: str, description: bool) -> None:
    assert (_OBJECT.match(span.lower()) is not None) is description


def test_a_day_after_on_leaves_him_the_subject(rules: Extractor) -> None:
    # "On Friday Musk wrote": "on" opens a time, it has no object he could be.
    text = 'On Friday Musk wrote: "Giga Shanghai is the best-run auto plant on Earth."'
    assert [c.cue for _, c, _ in rules.candidates(text)] == ["quote"]
    for before in ("on friday ", "on tuesday morning ", "on 12 "):
        assert not _EN_OTHER_BEFORE.search(before)


def test_the_curbs_takes_up_beijings_curbs(rules: Extractor) -> None:
    text = ('Beijing announced new export curbs on graphite. Musk said the curbs were '
            '"manageable" for Tesla because it had stockpiled material.')
    assert list(topics(rules, text).values()) == ["context"]


def test_the_curbs_of_another_government_are_not_the_topic(rules: Extractor) -> None:
    text = ('Washington announced new export curbs on chips. Musk said the curbs were '
            '"manageable" for Tesla.')
    assert list(topics(rules, text).values()) == [""]


def test_a_generic_noun_is_no_description(rules: Extractor) -> None:
    text = ("China's carmakers had a record year. Musk said the year ahead would be hard "
            "for every company.")
    assert list(topics(rules, text).values()) == [""]
