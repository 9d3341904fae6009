"""The sweep (tracker.extract.sweep): quotations the attribution rules leave out are
proposed, with what stands between them and his last mention, and the trained decision
judges them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import FEATURES, RULE, features
from tracker.extract.sweep import SWEEP_FEATURES, single_quotes


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def swept(rules: Extractor, text: str) -> dict[str, dict[str, float]]:
    """Each swept candidate's words with its sweep evidence by name."""
    out = {}
    for doc, c, head in rules.candidates(text):
        if c.cue == "sweep":
            row = features(doc, c, head)
            out[doc.text[c.start:c.end]] = {n: row[FEATURES.index(n)] for n in SWEEP_FEATURES}
    return out


def test_single_quotation_marks_are_quotations_and_apostrophes_are_not() -> None:
    text = "It’s Musk’s view: ‘China is brutal, they’re fast’ and 'we can't wait' today."
    assert [text[a:b] for a, b in single_quotes(text, 0, len(text))] == [
        "China is brutal, they’re fast", "we can't wait"]


def test_a_british_style_quotation_under_his_name_is_swept(rules: Extractor) -> None:
    text = ("Musk on China's price war: 'Brutal'\n\n"
            "Tesla chief executive Elon Musk did not mince words about the Chinese market on "
            "Wednesday.\n\n"
            "'There are a hundred car companies in China and most of them lose money on every car.'")
    found = swept(rules, text)
    words = "There are a hundred car companies in China and most of them lose money on every car"
    assert words in found, found
    assert found[words]["sweep_named"] == 1.0 and found[words]["sweep_other_between"] == 0.0


def test_a_live_blog_quotation_after_his_words_follows_them(rules: Extractor) -> None:
    text = ("Live: Musk at the Paris summit\n\n11:10 — Musk takes the stage to loud applause.\n\n"
            "11:13 — On solar, he turns to the audience: \"Who makes almost all the solar panels "
            "in the world? It's China.\" Loud murmurs.\n\n"
            "11:18 — \"Do you really think Europe can out-manufacture China with the rules you "
            "have now?\"")
    found = swept(rules, text)
    words = "Do you really think Europe can out-manufacture China with the rules you have now"
    assert found[words]["sweep_follows_his"] == 1.0 and found[words]["sweep_pronoun_between"] == 1.0


def test_somebody_elses_attributed_quotation_carries_the_evidence_against_it(rules: Extractor) -> None:
    text = ("Elon Musk visited the plant on Monday.\n\n"
            "\"China builds faster than anyone,\" said Li Wei, the plant's manager.")
    found = swept(rules, text)
    assert found["China builds faster than anyone"]["sweep_verb_after"] == 1.0
    # The shipped decision does not make it his.
    shipped = Extractor(Settings().watch_list())
    assert not [s for s in shipped.extract(text) if "builds faster" in s.text]


def test_a_quotation_far_from_any_mention_of_him_is_not_swept(rules: Extractor) -> None:
    text = "Elon Musk was in the news.\n\n" + "Markets were calm. " * 60 + "\n\n\"China will win.\""
    assert swept(rules, text) == {}


def test_a_labelled_transcript_is_not_swept(rules: Extractor) -> None:
    text = ("Host: Elon Musk is here. Welcome.\n"
            "Elon Musk: Thanks. As my friend said, \"China is fast.\"\n"
            "Host: \"Fast\" is the word.\n"
            "Elon Musk: Yes.")
    assert swept(rules, text) == {}


@pytest.mark.parametrize("text", [
    "马斯克胞弟：大陆餐饮业数字化领先全球",
    "馬斯克胞弟金博爾表示，深圳的創業氛圍是他見過最好的。",
    "马斯克母亲梅耶称，中国的年轻人非常勤奋。",
])
def test_his_relative_named_by_him_is_not_him(rules: Extractor, text: str) -> None:
    # "马斯克胞弟" is his brother, as "Musk's brother" is: no candidate gives him the words.
    assert not [c for _, c, _ in rules.candidates(text) if c.cue != "sweep"]


@pytest.mark.parametrize("guest", ["Maye Musk", "Kimbal Musk", "梅耶·马斯克"])
def test_a_namesake_as_the_guest_of_an_unlabelled_transcript_is_not_him(
        rules: Extractor, guest: str) -> None:
    text = ("Welcome back to the show. My guest today needs no introduction.\n"
            "Thank you, it is lovely to be here.\n"
            "You have a huge following in China. Why?\n"
            "Chinese audiences love a story about a mother who worked hard.")
    assert not [c for _, c, _ in rules.candidates(text, guests=[guest]) if c.cue == "guest"]
    assert [c for _, c, _ in rules.candidates(text, guests=["Elon Musk"]) if c.cue == "guest"]
