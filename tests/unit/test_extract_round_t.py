"""Rules learnt from blind batch T (measured once as written, development data since):
sentences written for these tests, not T's.

* a written Q&A whose answers are bare quotations under numbered questions ("1. Are you
  building alternatives?" / "“We are, ...”") reads as questions and answers, as "Q:"/"A:" do;
* "founder says he pitched Musk": a subject of its own between the verb and his name opens a
  clause of which he is the object, no inverted "says Musk";
* "he once told Elon Musk that ...": a "he" who tells him something is somebody else;
* "The Tesla CEO's late-night post drew replies from users arguing ...": a possessive
  description of him is no subject;
* a Chinese title "马斯克警告：……" is a headline with a verb, no speaker label.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.attribution import Attributor
from tracker.extract.decide import RULE
from tracker.extract.normalise import normalise
from tracker.extract.structure import turns


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


@pytest.fixture(scope="module")
def who() -> Attributor:
    watch = Settings().watch_list()[0]
    return Attributor(watch.speaker_aliases, watch.speaker_descriptors)


QA = ("Four questions for Elon Musk\n\n"
      "1. How exposed is Tesla to China's export curbs?\n"
      "\"More than I'd like. Our magnets rely on Chinese processing.\"\n"
      "2. Are you building alternatives?\n"
      "\"We are, so we're less dependent on China over time.\"\n"
      "3. Mars in your lifetime?\n"
      "\"Definitely.\"\n")


def test_a_written_q_and_a_with_quoted_answers() -> None:
    kinds = [t.kind for t in turns(QA)]
    assert kinds == ["prose", "question", "answer", "question", "answer", "question", "answer"]


def test_its_answers_are_his_in_an_interview_with_him(rules: Extractor) -> None:
    cands = {doc.text[c.start:c.end]: c.cue for doc, c, _ in rules.candidates(QA)}
    assert cands["More than I'd like. Our magnets rely on Chinese processing"] == "answer"
    assert cands["We are, so we're less dependent on China over time"] == "answer"


def test_one_question_and_a_quote_stay_prose() -> None:
    text = ("Will China win?\n\n\"China is very competitive,\" Musk said.\n"
            "Is that fair?\n\"They are the best.\"\n")
    assert all(t.kind == "prose" for t in turns(text))


@pytest.mark.parametrize("sentence", [
    "Chinese battery startup founder says he pitched Musk on sodium cells",
    "Liang said on Wednesday he once told Elon Musk that sodium-ion cells would win.",
    "The Tesla CEO's late-night post drew replies from users arguing over Chinese costs.",
])
def test_he_is_the_object_or_the_owner_not_the_speaker(who: Attributor, sentence: str) -> None:
    norm = normalise(sentence)
    assert who.cue(norm, 0, len(norm), pronoun_ok=True) is None


@pytest.mark.parametrize("sentence", ["China will win, said Tesla CEO Elon Musk.",
                                      "He told Reuters China will win.",
                                      "The Tesla CEO said China will win."])
def test_his_attributions_still_hold(who: Attributor, sentence: str) -> None:
    norm = normalise(sentence)
    assert who.cue(norm, 0, len(norm), pronoun_ok=True) is not None


def test_a_chinese_title_with_a_verb_before_the_colon_is_no_label() -> None:
    text = "马斯克警告：对华光伏关税将拖慢美国能源转型\n\n马斯克周五在一场能源会议上称，中国光伏很便宜。\n"
    assert [t.kind for t in turns(text)][0] == "prose"
