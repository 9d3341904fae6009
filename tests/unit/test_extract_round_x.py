"""Fixes from blind batch X (measured once as written, development data since): sentences
written for these tests, not X's.

* "the United States" and "according to reports" hold a speech verb's letters and are no
  speech verb ("... held in Austin of United States on 6th expressed, ...");
* an adverb after an apposition's comma keeps him the verb's subject ("Musk, speaking in
  Miami on Tuesday, also said ...");
* a place or occasion after the verb runs to "that" and is no part of his words ("saying at
  an event at the company's Texas headquarters that ...", "in Austin, Texas, on Thursday that");
* "He declined to say ..., saying only that ...": a pronoun's own clause closed by a comma
  before a participle keeps him the participle's subject.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.attribution import verbs
from tracker.extract.decide import RULE


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def spans(rules: Extractor, text: str) -> list[str]:
    return [doc.text[c.start:c.end] for doc, c, _ in rules.candidates(text)]


def test_the_united_states_and_according_to_reports_are_no_speech_verbs() -> None:
    for text in ("the united states of america", "according to reports, he went",
                 "according to media reports the plant", "according to the statements"):
        assert verbs(text, 0, len(text)) == []
    text = "the report states that musk said"
    assert [text[a:b] for a, b in verbs(text, 0, len(text))] == ["states", "said"]


def test_stiff_english_with_the_united_states_between_him_and_expressed(rules: Extractor) -> None:
    text = ("According to reports, Musk at the annual meeting held in Austin of Texas of United "
            "States on 6th expressed, Chinese carmakers are the most competitive in the world.")
    assert spans(rules, text) == ["Chinese carmakers are the most competitive in the world"]


@pytest.mark.parametrize("adverb", ["also", "later", "again", "also had"])
def test_an_adverb_after_the_apposition_keeps_him_the_subject(rules: Extractor,
                                                              adverb: str) -> None:
    text = (f"Musk, speaking at a technology conference in Miami on Tuesday, {adverb} said a "
            "conflict over Taiwan would disrupt every supply chain on Earth.")
    assert spans(rules, text) == ["a conflict over Taiwan would disrupt every supply chain on Earth"]


def test_somebody_elses_relative_clause_still_is_not_his(rules: Extractor) -> None:
    text = ("Musk met Li Wei, who runs a Shanghai supplier and later said Chinese plants "
            "are the fastest in the world.")
    assert spans(rules, text) == []


@pytest.mark.parametrize("place", [
    "at an event at the company's Texas headquarters",
    "at the annual meeting held in Austin, Texas, on Thursday",
    "in an interview with a German business daily published on Sunday",
])
def test_a_place_before_that_is_no_part_of_his_words(rules: Extractor, place: str) -> None:
    text = f"Elon Musk praised China's engineers, saying {place} that they were the best he had met."
    assert spans(rules, text) == ["they were the best he had met"]


def test_a_place_phrase_never_runs_across_a_quotation(rules: Extractor) -> None:
    # A quotation may be his words: the clause keeps the start it had before this rule.
    text = 'Musk said at a "very special" event in Shanghai on Tuesday that China would lead.'
    assert spans(rules, text) == [
        'at a "very special" event in Shanghai on Tuesday that China would lead']


def test_a_pronouns_own_clause_before_a_participle(rules: Extractor) -> None:
    text = ("Musk spoke to shareholders on Thursday. He declined to say when Tesla would "
            "launch its software in China, saying only that approval from Chinese regulators "
            'was "progressing".')
    assert 'approval from Chinese regulators was "progressing' in spans(rules, text)


def test_a_pronoun_far_from_a_finite_verb_is_still_no_cue(rules: Extractor) -> None:
    text = ("Musk spoke to shareholders on Thursday. He, in a long and winding answer about "
            "factories in Texas and Berlin and everywhere else, said China builds fastest.")
    assert spans(rules, text) == []


@pytest.mark.parametrize("listener", ["Austin workers", "Tesla shareholders", "Berlin staff"])
def test_whom_he_told_is_no_part_of_his_words(rules: Extractor, listener: str) -> None:
    text = f"Musk told {listener} the Shanghai plant is Tesla's most productive."
    assert spans(rules, text) == ["the Shanghai plant is Tesla's most productive"]


@pytest.mark.parametrize(("title", "named"), [
    ("Views on China", True), ("His thoughts on Beijing", True), ("Remarks about BYD", True),
    ("China will win", False), ("Views on China are changing", False),
])
def test_a_title_naming_what_he_talks_about_is_a_topic_list(title: str, named: bool) -> None:
    from tracker.extract.headline import is_topic_list

    assert is_topic_list(title, 0, len(title)) is named


# --- from batch Y (measured once as written, development data since) ---------------------

def _feature(text: str, words: str, name: str, title: str = "") -> float:
    from tracker.extract.decide import BASE_FEATURES, features

    rules = Extractor(Settings().watch_list(), model=RULE)
    for doc, c, in_head in rules.candidates(text, title=title):
        if doc.text[c.start:c.end] == words:
            return features(doc, c, in_head)[BASE_FEATURES.index(name)]
    raise AssertionError(f"no candidate {words!r}")


@pytest.mark.parametrize(("text", "words", "disputed", "claimed"), [
    ('A viral post claims Elon Musk said "China will rule the world by 2030." We found no '
     "record of it.", "China will rule the world by 2030", 1.0, 1.0),
    ('Claim: Elon Musk said "China will rule the world by 2030."\nRating: False.',
     "China will rule the world by 2030", 1.0, 1.0),
    ("网传马斯克称“中国将统治世界”。经查证，此说法不实。", "中国将统治世界", 1.0, 1.0),
    # his real words in the same fact-check: disputed around, but nobody else asserts them
    ('Fact check: Musk did say in 2023 that "China is going to be the biggest car market."',
     "China is going to be the biggest car market", 1.0, 0.0),
    ('Elon Musk said on Friday that "China is going to be the biggest car market."',
     "China is going to be the biggest car market", 0.0, 0.0),
])
def test_a_disputed_attribution_is_read_around_the_candidate(
        text: str, words: str, disputed: float, claimed: float) -> None:
    assert _feature(text, words, "disputed") == disputed
    assert _feature(text, words, "claimed_by_other") == claimed


def test_a_fact_checks_headline_disputes_its_body() -> None:
    title = "Fact check: viral quote attributed to Musk is fabricated"
    text = f'{title}\n\nElon Musk said "China will rule the world by 2030," posts say.'
    assert _feature(text, "China will rule the world by 2030", "disputed", title) == 1.0


# --- from batch Z (measured once as written, development data since) ---------------------

PANEL = ("Welcome to the panel. Sarah, you spent ten years at a battery startup. Where do "
         "things stand?\n\nHonestly, the Chinese cell makers are running the table.\n\n"
         "Elon, do you agree?\n\nYes, China's battery makers are the best in the world.")
PODCAST_ZH = ("欢迎收听。今天的两位嘉宾是埃隆·马斯克和风险投资人安娜·科瓦奇。安娜，你先来，你最近去了一趟深圳？\n\n"
              "对，我去了一周。深圳的硬件生态太惊人了。\n\n埃隆，你对深圳熟悉吗？\n\n很熟悉。中国的供应链是世界上最快的。")


@pytest.mark.parametrize(("text", "guests", "words", "expected"), [
    (PANEL, ("Elon Musk", "Sarah Okafor", "Tom Brennan"),
     "Honestly, the Chinese cell makers are running the table", (1.0, 0.0)),
    (PANEL, ("Elon Musk", "Sarah Okafor", "Tom Brennan"),
     "Yes, China's battery makers are the best in the world", (0.0, 1.0)),
    # the introduction names both; the one named last is asked
    (PODCAST_ZH, ("埃隆·马斯克", "安娜·科瓦奇"), "对，我去了一周。深圳的硬件生态太惊人了", (1.0, 0.0)),
    (PODCAST_ZH, ("埃隆·马斯克", "安娜·科瓦奇"), "很熟悉。中国的供应链是世界上最快的", (0.0, 1.0)),
    # his namesake brother is another guest, named by his given name
    ("Kimbal, you were in Yunnan last month?\n\nYes, China's farms are modernising fast.",
     ("Elon Musk", "Kimbal Musk"), "Yes, China's farms are modernising fast", (1.0, 0.0)),
])
def test_a_guest_turn_knows_whom_the_turn_before_named_last(
        text: str, guests: tuple[str, ...], words: str, expected: tuple[float, float]) -> None:
    from tracker.extract.decide import BASE_FEATURES, features

    rules = Extractor(Settings().watch_list(), model=RULE)
    at = BASE_FEATURES.index("after_other_named")
    for doc, c, in_head in rules.candidates(text, guests=guests):
        if doc.text[c.start:c.end] == words:
            assert c.cue == "guest"
            assert tuple(features(doc, c, in_head)[at:at + 2]) == expected
            return
    raise AssertionError(f"no candidate {words!r}")
