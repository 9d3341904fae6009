"""The exchange rules learnt from blind batch L (measured once as written, development data
since): sentences written for these tests, not L's."""

from __future__ import annotations

import json

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE, _ends_clause
from tracker.extract.train import document


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def found(rules: Extractor, text: str) -> dict[str, tuple[str, bool]]:
    """Each candidate's words with its topic evidence and whether its exchange is on topic."""
    return {doc.text[c.start:c.end]: (c.topic, c.thread) for doc, c, _ in rules.candidates(text)}


def test_a_second_voice_keeps_the_exchange_open(rules: Extractor) -> None:
    text = ("Mara: Xiaomi shipped two hundred thousand cars in its first year.\n"
            "Theo: And most of them sold at home.\n"
            "Elon Musk: They're good. They're not copying any more.\n")
    # "They" points past Theo's line to Xiaomi (and the turn's own topic evidence is that).
    assert found(rules, text)["They're good. They're not copying any more"][0] == "context"


def test_a_second_voice_on_something_else_closes_it(rules: Extractor) -> None:
    text = ("Mara: Xiaomi shipped two hundred thousand cars in its first year.\n"
            "Theo: Speaking of Starship, when is the next launch?\n"
            "Elon Musk: March, probably. Weather permitting.\n")
    assert found(rules, text)["March, probably"] == ("", False)


def test_a_follow_up_lets_his_pronoun_point_into_his_last_answer(rules: Extractor) -> None:
    text = ("Dana Holt: What do people get wrong about Chinese factories?\n"
            "Elon Musk: The hours. The engineers are on the line at two in the morning.\n"
            "Dana Holt: Is that sustainable? Those hours?\n"
            "Elon Musk: Probably not forever. But right now it's a huge advantage for them.\n")
    assert found(rules, text)[
        "Probably not forever. But right now it's a huge advantage for them"][0] == "context"


def test_a_speakers_label_is_no_referent(rules: Extractor) -> None:
    # "Dana Holt:" stands between Shanghai and "they": a label, not a group talked about.
    text = ("Elon Musk: Shanghai builds a car every thirty seconds.\n"
            "Dana Holt: Every thirty seconds?\n"
            "Elon Musk: Yes, they are very fast.\n")
    assert found(rules, text)["Yes, they are very fast"][0] == "context"


def test_a_named_group_is_still_a_referent(rules: Extractor) -> None:
    text = ("Elon Musk: Shanghai builds a car every thirty seconds, and General Motors "
            "builds one a minute.\nDana Holt: Really?\nElon Musk: Yes, they are slower.\n")
    assert found(rules, text)["Yes, they are slower"][0] == ""


def test_a_long_answer_that_never_names_the_topic_is_read_sentence_by_sentence(
        rules: Extractor) -> None:
    answer = " ".join(f"Point {n} is this." for n in range(1, 9))
    text = f"Host: What about China?\nElon Musk: {answer}\n"
    assert "Point 1 is this" in found(rules, text)


def test_a_quoted_clause_before_its_attribution_ends_a_clause() -> None:
    for text in ("“中国很强，”马斯克说。", "“China is strong,” Musk said."):
        end = text.index("，" if "，" in text else ",")
        assert _ends_clause(text, end)
    assert not _ends_clause("He called it “strong, fast” and left.", 18)


def test_training_reads_an_article_with_its_title_beside_it_as_production_does() -> None:
    raw = {"kind": "article", "title": "Musk says China leads on batteries - Reuters",
           "text": "", "gold": ["China leads on batteries"]}
    text, segments, title, spans = document(json.loads(json.dumps(raw)))
    assert text == title == raw["title"] and segments is None
    assert [text[a:b] for a, b in spans] == ["China leads on batteries"]
    raw["text"] = "Body."
    text, _, title, _ = document(raw)
    assert text == raw["title"] + "\n\nBody." and title == raw["title"]


def test_the_shipped_model_extracts_a_short_chinese_quote() -> None:
    found = Extractor(Settings().watch_list()).extract("“中国很强，”马斯克说。")
    assert [s.text for s in found] == ["中国很强"]


def test_the_shipped_model_never_saw_the_unread_batches() -> None:
    from importlib import resources

    model = json.loads(resources.files("tracker.data").joinpath("extract_model.json").read_text())
    assert "blind_ae/zh.jsonl" in model["trained_on"]  # measured once, development data since
    assert not [p for p in model["trained_on"] if p.startswith("blind_af")]


def test_his_next_cue_goes_on_with_his_exchange(rules: Extractor) -> None:
    from tracker.feeds.transcripts import parse_transcript

    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Host>What about the Chinese carmakers?\n\n"
           "00:00:04.000 --> 00:00:08.000\n<v Elon Musk>Honestly, they're the best.\n\n"
           "00:00:08.000 --> 00:00:11.000\n<v Elon Musk>A new model every nine months. Insane.\n\n"
           "00:00:11.000 --> 00:00:14.000\n<v Host>And Starship?\n\n"
           "00:00:14.000 --> 00:00:17.000\n<v Elon Musk>March.\n\n"
           "00:00:17.000 --> 00:00:20.000\n<v Elon Musk>Weather permitting.\n")
    segments = parse_transcript("a.vtt", "vtt", vtt.encode()).segments
    got = {doc.text[c.start:c.end]: c.thread for doc, c, _ in rules.candidates("", segments)}
    assert got["A new model every nine months. Insane"]
    assert not got["Weather permitting"]  # his cue after an answer off the topic


@pytest.mark.parametrize(("text", "his"), [
    # The namesake named in full, he only as her or his relative (the one mention of him
    # left): a bare surname is theirs.
    ("Kimbal Musk, the younger brother of Elon Musk, said Chinese farms lead. "
     "\"They automate everything,\" Musk said.", 1),
    ("Maye Musk, the mother of Tesla chief Elon Musk, loves Shanghai. Musk said so on Weibo.", 1),
    ("金博尔·马斯克是特斯拉首席执行官埃隆·马斯克的弟弟。马斯克说中国很好。", 1),
    # The namesake named as his relative: the text stays his.
    ("Musk, whose mother Maye Musk is a star in China, said Shanghai is great. Musk said so.", 2),
    ("马斯克的弟弟金博尔·马斯克也在场。马斯克说中国很好。", 2),
    # He is named in full after the namesake: a bare surname is his again.
    ("Kimbal Musk spoke first. Then Elon Musk took the stage. Musk said China leads.", 2),
])
def test_a_bare_surname_names_whom_the_text_last_named_in_full(text: str, his: int) -> None:
    from tracker.extract.attribution import mask_namesakes
    from tracker.extract.normalise import normalise
    from tracker.extract.topic import term_pattern

    aliases = Settings().watch_list()[0].speaker_aliases
    masked = mask_namesakes(text, normalise(text), aliases)
    assert len(term_pattern(aliases).findall(masked)) == his, masked


@pytest.mark.parametrize(("text", "topic"), [
    ("主持人：你怎么看中国的工厂？\n马斯克：火星是我们的长期目标，我希望看到那里有一座城市。\n", ""),
    ("主持人：你怎么看中国的工厂？\n马斯克：我希望看到那里有更多工厂。\n", "context"),
    ("Host: What about Chinese factories?\nElon Musk: I'd like a city on the moon. "
     "We'll build it there.\n", ""),
])
def test_a_place_in_his_own_words_competes_with_the_topic_as_a_referent(
        rules: Extractor, text: str, topic: str) -> None:
    his = [t for t, _ in found(rules, text).values()]
    assert his[-1] == topic


def test_na_yang_is_no_pronoun() -> None:
    from tracker.extract.context import has_pronoun

    assert has_pronoun("需要一个监管机构，就像食品药品那样", 0, 17) < 0
    assert has_pronoun("那是一个很大的市场", 0, 9) == 0
