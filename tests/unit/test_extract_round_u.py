"""Rules learnt from blind batch U (measured once as written, development data since):
sentences written for these tests, not U's.

* a colon after his clause opens his words also in single quotation marks ("gave a blunt
  verdict: 'Honestly, ...'");
* an apposition that ends in a quoted title ("Musk, responding to a thread titled "China is
  collapsing," wrote: ...") keeps him the verb's subject; quotations between him and his
  verb never stand in for the clause after it, and a title he names is not his words;
* a title "马斯克再谈台湾：……", "马斯克答财新问：……" is a headline, not a speaker label, and
  the words before its colon name what his claim is about; "我再补充一点：" is no label;
* an anchor's next cue goes on with the report of the last ("He also said ...");
* "Remarks by Elon Musk at ..." titles a page of his own words;
* a quotation resumed after where and when he said it ('"...," Musk said on stage in Riyadh,
  "and ..."') is his quotation, not a reported clause;
* the sweep tells the decision whether a colon and a word of speech ("his reply, in full:",
  "gave a blunt verdict") introduce a quotation it proposes.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE
from tracker.extract.structure import turns
from tracker.model import TranscriptSegment


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def _cands(ex: Extractor, text: str, title: str = "", segments=None) -> dict[str, object]:
    return {doc.text[c.start:c.end]: c for doc, c, _ in ex.candidates(text, segments, (), title)}


def test_a_colon_opens_his_words_in_single_quotation_marks(rules: Extractor) -> None:
    text = ("At a dinner in London last month, Elon Musk gave a blunt verdict: 'Honestly, "
            "Chinese carmakers grind harder than anybody.'")
    c = _cands(rules, text)["Honestly, Chinese carmakers grind harder than anybody"]
    assert c.cue != "sweep" and c.colon


def test_an_apostrophe_after_a_colon_opens_nothing(rules: Extractor) -> None:
    text = "Elon Musk had one word for it: '90s thinking, and China was not in it."
    assert all(c.cue == "sweep" or not c.colon for c in _cands(rules, text).values())


def test_an_apposition_ending_in_a_quoted_title(rules: Extractor) -> None:
    text = ('Musk, responding to a viral thread titled "China\'s economy is collapsing," wrote: '
            '"Sure, they just exported more cars than anyone on Earth, again."')
    cands = _cands(rules, text)
    assert cands["Sure, they just exported more cars than anyone on Earth, again"].cue == "quote"
    # the thread's title is not his: at most the sweep proposes it, never as his quote
    title = cands.get("China's economy is collapsing")
    assert title is None or title.cue == "sweep"


def test_a_quote_in_the_apposition_leaves_the_clause_after_the_verb(rules: Extractor) -> None:
    text = ('Musk, calling the Chinese report "absurd and plainly false," said the factory in '
            "Shanghai would keep running.")
    cands = _cands(rules, text)
    assert cands["the factory in Shanghai would keep running"].cue == "reported"
    assert cands["absurd and plainly false"].cue == "quote"  # calling it so: his words


def test_a_quoted_venue_does_not_swallow_the_reported_clause(rules: Extractor) -> None:
    cands = _cands(rules, "马斯克在“未来论坛”上表示，中国的电动车产业已经全球领先。")
    assert cands["中国的电动车产业已经全球领先"].cue == "reported"


@pytest.mark.parametrize("title", ["马斯克再谈台湾：芯片供应链风险“极高”",
                                   "马斯克答财新问：稀土出口管制“影响有限”"])
def test_a_title_naming_what_he_talked_about_is_no_speaker_label(title: str) -> None:
    assert next(turns(f"{title}\n\n正文。")).kind == "prose"


def test_its_claim_takes_the_topic_named_before_the_colon(rules: Extractor) -> None:
    title = "马斯克再谈台湾：芯片供应链风险“极高”"
    cands = _cands(rules, f"{title}\n\n马斯克周二在X上发文。", title)
    c = cands["芯片供应链风险“极高”"]
    assert c.cue == "reported" and c.topic == "sentence"


def test_on_china_colon_in_a_title(rules: Extractor) -> None:
    title = "Musk on China: they out-work everyone"
    c = _cands(rules, f"{title}\n\nMusk spoke at a conference on Tuesday.", title)[
        "they out-work everyone"]
    assert c.cue == "reported" and c.topic == "sentence"


def test_a_pronoun_opening_a_line_is_no_label() -> None:
    text = ("标题\n\nElon Musk -- Chief Executive Officer\n"
            "我再补充一点：关于稀土，中国的出口许可审批比我们预期的快。")
    found = list(turns(text))
    assert found[-1].label == "Elon Musk"
    assert text[found[-1].start:].startswith("我再补充一点")


def _segments(*cues: tuple[str, str]) -> list[TranscriptSegment]:
    return [TranscriptSegment(text=t, speaker=s, start=float(i), end=float(i) + 1)
            for i, (s, t) in enumerate(cues)]


def test_an_anchors_next_cue_goes_on_with_the_report(rules: Extractor) -> None:
    segments = _segments(
        ("Anchor", "Speaking in Riyadh, Elon Musk said Chinese carmakers would be Tesla's "
                   "main rivals."),
        ("Anchor", "He also said Tesla's Shanghai factory would build a cheaper Model Y."),
        ("Reporter", "Investors liked it."),
        ("Anchor", "He also said China is great."))
    text = "\n".join(s.text for s in segments)
    cands = _cands(rules, text, segments=segments)
    assert cands["Tesla's Shanghai factory would build a cheaper Model Y"].relayed
    assert "China is great" not in cands  # another voice came between


def test_a_labelled_anchors_next_turn_too(rules: Extractor) -> None:
    text = ("Anchor: Speaking in Riyadh, Elon Musk said Chinese carmakers would be Tesla's main "
            "rivals.\n\nAnchor: He also said Tesla's Shanghai factory would build a cheaper "
            "Model Y.\n\nReporter: Investors liked it.\n\nAnchor: He also said China is great.")
    cands = _cands(rules, text)
    assert cands["Tesla's Shanghai factory would build a cheaper Model Y"].relayed
    assert "China is great" not in cands


def test_remarks_by_him_title_a_page_of_his_own_words(rules: Extractor) -> None:
    title = "Remarks by Elon Musk at the World AI Conference, Shanghai (as delivered)"
    body = ("Thank you. It's great to be here.\n\n"
            "China has some of the best AI talent in the world, and the open models from "
            "Chinese labs are world-class.")
    cands = _cands(rules, f"{title}\n\n{body}", title)
    assert cands["China has some of the best AI talent in the world, and the open models "
                 "from Chinese labs are world-class"].cue == "turn"


def test_remarks_by_somebody_else_are_not_his(rules: Extractor) -> None:
    title = "Remarks by Premier Li at the World AI Conference (as delivered)"
    body = ("China has some of the best AI talent in the world.\n\n"
            "Elon Musk was in the audience.")
    cands = _cands(rules, f"{title}\n\n{body}", title)
    assert "China has some of the best AI talent in the world" not in cands


def test_a_quotation_resumed_after_where_he_said_it(rules: Extractor) -> None:
    text = ("Elon Musk has been busy. \"China will be the world's largest AI market,\" the "
            "billionaire said on stage in Riyadh last month, \"and anyone who ignores it will "
            "regret it.\"")
    cands = _cands(rules, text)
    assert "and anyone who ignores it will regret it" in cands
    assert not any(k.startswith("on stage") for k in cands)


def test_a_clause_after_the_verb_still_reported(rules: Extractor) -> None:
    cands = _cands(rules, '"It\'s good," Musk said in an interview that China was "very '
                          'strong" in batteries.')
    assert cands['China was "very strong" in batteries'].cue == "reported"


def test_the_sweep_reads_a_colon_and_a_word_of_speech_before_a_quotation(
        rules: Extractor) -> None:
    from tracker.extract.sweep import SWEEP_FEATURES

    text = ("A viral thread about Chinese robots drew a response from Elon Musk on Thursday. "
            "His reply, in full: \"Sure, Chinese robot companies are definitely not going to "
            "be competitive.\"")
    c = _cands(rules, text)["Sure, Chinese robot companies are definitely not going to be "
                            "competitive"]
    evidence = dict(zip(SWEEP_FEATURES, c.swept, strict=False))
    assert evidence["sweep_colon_before"] == 1.0 and evidence["sweep_speech_word"] == 1.0
    plain = _cands(rules, "Elon Musk was in Beijing. Later, \"China is great\" trended.")
    evidence = dict(zip(SWEEP_FEATURES, plain["China is great"].swept, strict=False))
    assert evidence["sweep_colon_before"] == 0.0 and evidence["sweep_speech_word"] == 0.0
