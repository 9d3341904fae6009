"""The rules added after blind batches J and K (development data now): a social handle
names him, an earnings call's heading run into its turn, "A: (Musk)", a role-only heading,
a newsletter's section markers, a Chinese phrase set off by commas before the verb, a
speech's excerpt, "我想对……说", "说得对", namesakes written with other dots. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.attribution import handles
from tracker.extract.decide import RULE
from tracker.extract.structure import turns


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def found(rules: Extractor, text: str) -> dict[str, str]:
    """Each candidate's words with its cue."""
    return {doc.text[c.start:c.end]: c.cue for doc, c, _ in rules.candidates(text)}


def test_a_handle_is_his_full_name_run_together() -> None:
    assert handles(("Elon Musk", "Musk", "马斯克", "埃隆·马斯克")) == ("@ElonMusk",)


def test_his_handle_before_a_colon_attributes_the_quotation(rules: Extractor) -> None:
    text = ("Weekend posts\n\n"
            '@elonmusk: "The factory in Shanghai keeps beating every target we set."\n'
            '@somefan: "Nothing like that in Ohio."')
    got = found(rules, text)
    assert got.get("The factory in Shanghai keeps beating every target we set") == "quote"


def test_a_handle_that_only_contains_his_surname_is_somebody_else(rules: Extractor) -> None:
    text = '@kimbalmusk: "Chinese restaurants are the best in the world."'
    assert not found(rules, text)


def test_an_earnings_call_heading_run_into_the_turn_is_a_label() -> None:
    text = ("Operator: Next question.\n"
            "Jane Roe -- Big Bank -- Analyst: How is demand in China?\n"
            "Elon Musk -- Chief Executive Officer: Demand in China is strong.")
    got = [(t.label, t.kind, text[t.start:t.end]) for t in turns(text)]
    assert got[1] == ("Jane Roe", "label", "How is demand in China?")
    assert got[2] == ("Elon Musk", "label", "Demand in China is strong.")


def test_a_title_with_a_dash_before_a_colon_is_no_label() -> None:
    text = "Musk — China's Biggest Fan: a profile\n\nBody text."
    assert next(iter(turns(text))).kind == "prose"


def test_the_answerer_named_in_brackets_after_the_label_is_no_part_of_the_answer() -> None:
    text = "Q: Is the Shanghai show a signal?\nA: (Musk) Not at all. China matters a lot to us."
    answer = list(turns(text))[1]
    assert (answer.label, answer.kind) == ("Musk", "label")
    assert text[answer.start:answer.end] == "Not at all. China matters a lot to us."


def test_a_heading_naming_only_a_role_passes_the_floor() -> None:
    text = ("业绩会实录\n埃隆·马斯克 -- 首席执行官\n中国的竞争非常激烈。\n首席财务官\n"
            "我们在中国的供应链敞口在下降。\nAnalyst\nWhat about Europe?")
    got = [(t.label, text[t.start:t.end]) for t in turns(text)]
    assert ("埃隆·马斯克", "中国的竞争非常激烈。") in got
    assert ("首席财务官", "我们在中国的供应链敞口在下降。") in got
    assert ("Analyst", "What about Europe?") in got


def test_a_newsletters_section_marker_is_no_speaker(rules: Extractor) -> None:
    text = ("Morning briefing\n\nGood morning.\n"
            '"Chinese robot makers are the ones to watch," Elon Musk told investors last night.\n'
            "Elsewhere: markets are flat.\nMeanwhile: oil is up.")
    assert all(t.kind == "prose" for t in turns(text))
    assert found(rules, text).get("Chinese robot makers are the ones to watch") == "quote"


def test_a_chinese_phrase_set_off_by_commas_keeps_him_the_subject(rules: Extractor) -> None:
    text = "特斯拉的老板马斯克，在一次与记者的会面之后的声明中，说特斯拉将和中国的对手竞争价格。"
    got = found(rules, text)
    assert "特斯拉将和中国的对手竞争价格" in got


def test_an_excerpt_of_his_speech_is_his_own_words(rules: Extractor) -> None:
    text = ("演讲全文｜马斯克在某大学的致辞（节选）\n\n谢谢大家。\n"
            "我想对在座的同学们说，中国的年轻工程师非常有才华。")
    got = found(rules, text)
    assert got.get("我想对在座的同学们说，中国的年轻工程师非常有才华") == "turn"


def test_saying_he_was_right_is_no_speech_of_his(rules: Extractor) -> None:
    text = "福特CEO周三表示同意。法利认为马斯克说得对中国车企是最大威胁。"
    assert not any("中国车企是最大威胁" in w and cue == "reported"
                   for w, cue in found(rules, text).items())


def test_a_namesake_written_with_a_fullwidth_dot_is_not_him(rules: Extractor) -> None:
    assert not found(rules, "梅耶．马斯克表示，中国年轻人很有活力。")
    assert found(rules, "马斯克表示，中国年轻人很有活力。")
