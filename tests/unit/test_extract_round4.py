"""The rules added in the fourth round of issue 11 (batch D, development data): the full
text of his speech or letter as an article, and "I also think" as his own verb. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def turns(rules: Extractor, title: str, body: str) -> dict[str, str]:
    """Each candidate's words with its cue, the title read as the article's first line."""
    text = f"{title}\n\n{body}"
    return {doc.text[c.start:c.end]: c.cue for doc, c, _ in rules.candidates(text)}


SPEECH = ("The following is a transcript of remarks delivered by Elon Musk by video in Shanghai. "
          "It has been lightly edited.\n\n"
          "Hello, everyone.\n\n"
          "China's battery makers are the most advanced in the world, and I mean that.\n\n"
          "I also think China and the US should cooperate on AI safety.\n\n"
          "As my friend Zhang said to me, \"the Chinese market rewards speed.\"\n\n"
          "Thank you.")


def test_the_full_text_of_his_speech_is_his_own_words(rules: Extractor) -> None:
    found = turns(rules, "Full text: Elon Musk's video remarks to the expo in Shanghai", SPEECH)
    assert found.get("China's battery makers are the most advanced in the world, and I mean that") == "turn"
    assert found.get("I also think China and the US should cooperate on AI safety") == "turn"
    # The editor's note names him; somebody else's words are quoted: neither is his (the
    # sweep proposes the quotation; the decision refuses it).
    assert not [w for w, cue in found.items() if cue != "sweep"
                and ("transcript of remarks" in w or "rewards speed" in w)], found
    kept = Extractor(Settings().watch_list()).extract(
        "Full text: Elon Musk's video remarks to the expo in Shanghai\n\n" + SPEECH)
    assert not [s for s in kept if "rewards speed" in s.text or "transcript of" in s.text]


def test_a_chinese_speech_in_full_is_his_own_words(rules: Extractor) -> None:
    body = "大家好，很荣幸参加本届博览会。\n中国的电池企业是世界上最先进的。\n我也认为，中美应该在AI安全方面合作。\n谢谢大家！"
    found = turns(rules, "埃隆·马斯克在链博会开幕式上的视频致辞（全文）", body)
    assert found.get("中国的电池企业是世界上最先进的") == "turn", found
    assert found.get("我也认为，中美应该在AI安全方面合作") == "turn", found


@pytest.mark.parametrize("title", [
    "Full text: Joe Biden's remarks on Elon Musk and China",  # a speech about him
    "Elon Musk's China remarks, annotated",  # not the full text
    "Musk on China: what he got wrong",
])
def test_a_speech_by_someone_else_or_about_him_is_not_his_words(rules: Extractor, title: str) -> None:
    found = turns(rules, title, SPEECH)
    assert "China's battery makers are the most advanced in the world, and I mean that" not in found, found


# Round 5 (batch E, development data): whom he told, and days that head a list's entries.

def candidates(rules: Extractor, text: str) -> dict[str, str]:
    return {doc.text[c.start:c.end]: c.cue for doc, c, _ in rules.candidates(text)}


@pytest.mark.parametrize(("text", "said"), [
    ("Musk told investors the Shanghai plant would build a cheaper Model Y.",
     "the Shanghai plant would build a cheaper Model Y"),
    ("Musk told reporters in Beijing China was a great partner.", "China was a great partner"),
    ("Musk told CNBC China is the biggest market.", "China is the biggest market"),
    ("Musk told investors that China sales would rise.", "China sales would rise"),
])
def test_whom_he_told_is_no_part_of_what_he_said(rules: Extractor, text: str, said: str) -> None:
    assert candidates(rules, text).get(said) == "reported", candidates(rules, text)


@pytest.mark.parametrize("day", ["Monday", "周一", "3月5日", "Update"])
def test_a_day_heading_a_lists_entry_is_no_speaker(rules: Extractor, day: str) -> None:
    text = (f"Elon Musk's posts this week.\n\n{day}: Replying to a chart, Musk wrote: "
            "\"China is way ahead on solar manufacturing.\"\n\nTuesday: He posted a meme.\n\n"
            "Wednesday: Musk wrote: \"Starship flies soon.\"")
    assert candidates(rules, text).get("China is way ahead on solar manufacturing") == "quote"


def test_a_surname_label_after_his_namesake_was_introduced_is_the_namesakes(rules: Extractor) -> None:
    text = ("Kimbal Musk has been visiting farms in China. We caught up with him in Boulder.\n\n"
            "Q: What surprised you most in China?\n\n"
            "Musk: The scale. Chinese farmers are way ahead on greenhouses.")
    assert "The scale. Chinese farmers are way ahead on greenhouses" not in candidates(rules, text)
    text = text.replace("with him in Boulder", "with his brother Elon Musk in Boulder")
    assert candidates(rules, text).get(
        "The scale. Chinese farmers are way ahead on greenhouses") == "turn"


def test_his_words_in_an_unlabelled_transcript_have_a_threshold_of_their_own() -> None:
    import numpy as np

    from tracker.extract.decide import FEATURES, CandidateModel, load_extract_model
    from tracker.extract.train import guest_threshold

    shipped = load_extract_model()
    assert shipped.guest_threshold is not None and 0.2 <= shipped.guest_threshold <= 0.9
    # Chosen on the guest candidates alone: here every guest candidate above 0.3 is his.
    guest = FEATURES.index("cue_guest")
    x = np.zeros((6, len(FEATURES)))
    x[:3, guest] = 1
    y = np.array([1, 1, 0, 0, 1, 0])
    probs = np.array([0.35, 0.32, 0.21, 0.9, 0.8, 0.3])
    assert guest_threshold(x, y, probs) <= 0.32
    model = CandidateModel((0.0,) * len(FEATURES), 0.0, 0.6, 0.3)
    assert model.guest_threshold == 0.3 and model.threshold == 0.6
