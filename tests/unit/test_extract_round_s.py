"""Rules learnt from blind batch S (measured once as written, development data since):
sentences written for these tests, not S's.

* a roundup's topic markers ("On China:", "On Hong Kong:", "关于中国：") are no speaker
  labels: an earnings call's "On China: China remains ..." stayed his paragraph;
* "CLAIM, Chief Executive Elon Musk said on Wednesday, even as ..." is his claim before the
  attribution (a title between the comma and his name), not the writer's "even as" clause,
  and a wire story's dateline is no part of it;
* "CLAIM, Musk tells investors - Financial Times" and "CLAIM, the billionaire told a
  conference in Riyadh": whom he told stands between the verb and the end;
* "'...,' Musk said of Chinese EV makers": single quotation marks in an attributed sentence,
  and "said of X" names what he spoke about, no clause of his;
* a headline's verb after his name ("Musk concedes ...") is no part of his claim;
* reported clauses that start with "only", "once" or "overall" are clauses, not "on ..."
  fragments (the fragment words had no word boundary);
* a news anchor's turn that reports his words ("Elon Musk told investors on Wednesday that
  ...") is read as prose is, its candidates marked as relayed (a feature of the decision);
* Chinese: "形容" reports speech; "发文指", "回怼" do too; an outlet in 《》 asks the questions
  of a Q&A; "专访马斯克：" in a title is an interview with him, not his label; 老马 is his
  nickname in Chinese web media.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.attribution import verbs
from tracker.extract.decide import RULE
from tracker.extract.headline import is_fragment
from tracker.extract.structure import turns
from tracker.model import TranscriptSegment


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def found(rules: Extractor, text: str, title: str = "") -> dict[str, str]:
    return {doc.text[c.start:c.end]: c.cue for doc, c, _ in rules.candidates(text, title=title)}


def test_a_topic_marker_is_no_speaker_label() -> None:
    text = ("Tesla Q2 call\n\nElon Musk -- Chief Executive Officer\n\nThanks, everyone.\n\n"
            "On China: China remains the most competitive market on Earth.\n")
    assert [(t.label, t.kind) for t in turns(text)][-1] == ("Elon Musk", "label")
    zh = "特斯拉电话会\n\n马斯克——首席执行官\n\n谢谢大家。\n\n关于中国：中国市场的竞争非常激烈。\n"
    assert [(t.label, t.kind) for t in turns(zh)][-1] == ("马斯克", "label")
    # a roundup's markers: the attribution in the paragraph decides
    roundup = "Musk's weekend on X\n\nOn Hong Kong: Musk replied: \"Tesla China is part of Tesla.\"\n"
    assert all(t.kind == "prose" for t in turns(roundup))


def test_a_claim_before_a_title_and_his_name(rules: Extractor) -> None:
    text = ("Tesla holds prices\n\nSHANGHAI, Feb 3 (Reuters) - Tesla will not cut prices in China "
            "this quarter, Chief Executive Elon Musk said on Monday, even as Xiaomi cut prices.")
    cands = found(rules, text)
    assert cands["Tesla will not cut prices in China this quarter"] == "reported"
    assert not any(c.startswith("even as") for c in cands)


def test_whom_he_told_after_the_verb(rules: Extractor) -> None:
    title = "Tesla will not cut China prices further, Musk tells investors - Financial Times"
    assert found(rules, title, title)["Tesla will not cut China prices further"] == "reported"
    text = ("Musk in Riyadh\n\nChinese carmakers will lead in robotaxis, the billionaire told a "
            "conference in Riyadh on Tuesday. Musk has spoken about it before.")
    assert "Chinese carmakers will lead in robotaxis" in found(rules, text)


def test_single_quotes_attributed_in_their_sentence(rules: Extractor) -> None:
    text = ("Detroit worries\n\n'They're not copying us anymore; we're copying them,' Musk said "
            "of Chinese EV makers on Tuesday.")
    cands = found(rules, text)
    assert cands["They're not copying us anymore; we're copying them"] == "quote"
    assert is_fragment("said of Chinese EV makers", 5, 25)


def test_a_headline_verb_is_no_part_of_the_claim(rules: Extractor) -> None:
    title = "Musk concedes Chinese lidar makers have won on cost"
    text = f"{title}\n\nThe remarks came at a forum in Shanghai."
    assert found(rules, text, title)["Chinese lidar makers have won on cost"] == "headline"


@pytest.mark.parametrize("clause", ["only China can build at that scale",
                                    "once China opens up, everyone will follow",
                                    "overall Chinese demand is strong"])
def test_clauses_that_start_like_a_fragment_word_are_clauses(clause: str) -> None:
    assert not is_fragment(clause, 0, len(clause))
    assert is_fragment("on Chinese battery prices", 0, 25)


@pytest.mark.parametrize("sentence", ["马斯克去年在业绩会上形容，上海工厂是特斯拉的明珠。",
                                      "他其后再发文指，中国将是最强的对手。",
                                      "马斯克直接回怼：“中国一年造的船比美国多。”"])
def test_more_chinese_speech_verbs(sentence: str) -> None:
    assert verbs(sentence, 0, len(sentence))
    assert not verbs("这个形容词用得好", 0, 8)


def test_an_outlet_in_brackets_asks_and_an_interview_title_is_no_label() -> None:
    text = ("专访马斯克：中国会是最大的对手吗？\n\n《财经》：中国有上百家机器人公司，你怎么看？\n"
            "马斯克：中国会是Optimus最大的竞争对手。\n")
    kinds = [(t.label, t.kind) for t in turns(text)]
    assert kinds[0][1] == "prose"
    assert kinds[1] == ("《财经》", "question")
    assert kinds[2] == ("马斯克", "label")


def test_his_chinese_nickname_names_him(rules: Extractor) -> None:
    text = "电话会要点\n\n老马关于中国的几句话整理一下：\n1. 他说中国市场的价格战至少还会持续一年。\n"
    assert "中国市场的价格战至少还会持续一年" in found(rules, text)


def test_an_anchor_relays_his_words_in_her_turn(rules: Extractor) -> None:
    segments = [
        TranscriptSegment(0.0, 5.0, "Tesla shares rose after hours. Elon Musk told investors on "
                          "Wednesday that the Shanghai factory would start exporting to Europe.",
                          "Anchor"),
        TranscriptSegment(5.0, 9.0, "Dealers tell us demand has been strong.", "Reporter"),
    ]
    cands = [(doc.text[c.start:c.end], c.cue, c.relayed)
             for doc, c, _ in rules.candidates("", segments)]
    assert ("the Shanghai factory would start exporting to Europe", "reported", True) in cands
    # a labelled transcript: the host's report of his words, and nothing from a turn without him
    text = ("Podcast\n\nAnna Lee: Musk said last week that China would win the EV race.\n"
            "Tom Hart: Dealers tell us demand has been strong.\nAnna Lee: Thanks.\n")
    relayed = [(doc.text[c.start:c.end], c.relayed) for doc, c, _ in rules.candidates(text)]
    assert relayed == [("China would win the EV race", True)]
