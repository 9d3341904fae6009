"""Rules learnt from blind batch V (measured once as written, development data since):
sentences written for these tests, not V's.

* captions break a sentence over cues: a cue that ends no sentence is read with the next
  cue of the same voice, so the sentence's topic is its own ("China's market, for us," /
  "is still the most important one."), and each candidate keeps the time of its first cue;
* "I'd say", "I would argue" in a guest's turn are his own words, not somebody else's report;
* a quotation said to him ("a user answered Musk that "...", a claim Musk dismissed: "...")
  is not his;
* "he said" after somebody else spoke in a sentence since his name is not loosely his;
* a title's later part names another speaker ("马斯克台湾言论惹议 外交部：……"): the words
  after its colon are that speaker's; "马斯克接受专访：", "馬斯克出席論壇：" say what he
  did and are no speaker label.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE
from tracker.extract.rules import MAX_RUN
from tracker.extract.structure import turns
from tracker.model import TranscriptSegment


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def _cands(ex: Extractor, segments: list[TranscriptSegment]) -> dict[str, object]:
    return {doc.text[c.start:c.end]: c for doc, c, _ in ex.candidates("", segments, (), "")}


def _segs(*cues: tuple[str | None, str]) -> list[TranscriptSegment]:
    return [TranscriptSegment(float(i * 3), float(i * 3 + 3), text, speaker)
            for i, (speaker, text) in enumerate(cues)]


def test_a_sentence_broken_over_caption_cues_is_read_whole(rules: Extractor) -> None:
    segs = _segs(("Host", "Let's move on."), ("Elon Musk", "The market there, for us,"),
                 ("Elon Musk", "is China, and it's still the most important one."),
                 ("Elon Musk", "Starship flies next month."),
                 ("Elon Musk", "中国市场对特斯拉来说"), ("Elon Musk", "仍然是非常重要的。"))
    cands = _cands(rules, segs)
    joined = "The market there, for us,\nis China, and it's still the most important one"
    assert joined in cands and cands[joined].seconds == 3.0
    # The cue after a sentence's end starts a run of its own, with its own time.
    assert cands["Starship flies next month"].seconds == 9.0
    zh = cands["中国市场对特斯拉来说\n仍然是非常重要的"]
    assert zh.topic == "span" and zh.seconds == 12.0


def test_cues_of_another_voice_or_after_a_sentence_end_are_not_joined(rules: Extractor) -> None:
    segs = _segs(("Host", "So what about China and"), ("Elon Musk", "the market there is huge"),
                 ("Elon Musk", "Shanghai is our best factory."), ("Elon Musk", "Mars is next"))
    cands = _cands(rules, segs)
    assert "the market there is huge\nShanghai is our best factory" in cands
    assert "Mars is next" in cands  # after a sentence's end
    assert not any(k.startswith("So what about") and "market" in k for k in cands)


def test_a_run_of_unpunctuated_cues_is_bounded(rules: Extractor) -> None:
    # Auto-captions carry no punctuation: a run is cut after MAX_RUN cues.
    segs = _segs(*[("Elon Musk", f"China word {i}") for i in range(MAX_RUN * 2 + 1)])
    cands = _cands(rules, segs)
    assert all(k.count("\n") < MAX_RUN for k in cands)
    assert any(k.startswith(f"China word {MAX_RUN}\n") for k in cands)


def _prose(ex: Extractor, text: str, guests: tuple[str, ...] = ()) -> dict[str, object]:
    return {doc.text[c.start:c.end]: c for doc, c, _ in ex.candidates(text, None, guests, "")}


def test_i_would_say_in_a_guest_turn_is_his_own_words(rules: Extractor) -> None:
    text = ("Let me ask about Huawei, since they just launched a new phone. What do you make of "
            "them? They are a formidable company. Are they a threat to Apple? I would say "
            "they are, yes. Anyway, Starship flies next month.")
    cands = _prose(rules, text, guests=("Elon Musk",))
    # Read as his unlabelled turn, not as a paragraph where somebody else says something.
    [turn] = [c for k, c in cands.items() if k.endswith("I would say they are, yes")]
    assert turn.cue == "guest" and turn.topic
    assert cands["Anyway, Starship flies next month"].cue == "guest"


def test_words_said_to_him_before_his_reply_are_not_his(rules: Extractor) -> None:
    text = ('A reader told Musk that "China is cheating on its EV numbers", a claim Musk '
            'rejected: "Wrong. China reports its numbers the same way everyone does."')
    cands = _prose(rules, text)
    assert cands["China is cheating on its EV numbers"].cue == "sweep"  # the rules: not his
    assert cands["Wrong. China reports its numbers the same way everyone does"].cue == "quote"


def test_he_said_after_somebody_else_spoke_is_not_loosely_his(rules: Extractor) -> None:
    text = ("Musk did not speak to reporters on his way in.\n\n"
            'A chip executive told reporters that talks were "constructive". '
            '"China is a huge market for us," he said.')
    cands = _prose(rules, text)
    assert not any(getattr(c, "cue", "") == "pronoun" for k, c in cands.items() if "huge" in k)
    quiet = ("When an analyst said Tesla was losing China, Musk rolled his eyes.\n\n"
             '"China is a huge market for us," he said.')
    assert _prose(rules, quiet)["China is a huge market for us"].loose


def test_a_later_part_of_a_title_that_names_another_speaker_is_theirs(rules: Extractor) -> None:
    text = ("马斯克芯片言论引发争议 商务部：中国芯片产业发展势头良好\n\n"
            "特斯拉首席执行官马斯克日前谈及中国芯片产业。")
    cands = _prose(rules, text)
    [head] = [c for k, c in cands.items() if "商务部" in k or "势头良好" in k]
    assert head.cue == "headline"  # a description of the story, not his words after a colon
    own = ("马斯克芯片言论引发争议：中国芯片产业发展势头良好\n\n"
           "特斯拉首席执行官马斯克日前谈及中国芯片产业。")
    assert _prose(rules, own)["中国芯片产业发展势头良好"].cue == "reported"  # no other part


@pytest.mark.parametrize("title", ["马斯克接受专访：谈中美关系与供应链",
                                   "馬斯克出席論壇：談中國電動車"])
def test_a_title_saying_what_he_did_is_no_speaker_label(title: str) -> None:
    text = f"{title}\n\n问：您怎么看中国市场？\n答：非常重要。"
    assert not [t for t in turns(text) if t.kind == "label" and t.start == 0]
