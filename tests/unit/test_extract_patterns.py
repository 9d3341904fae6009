"""Every attribution pattern, with a hit and a near miss, in English and Chinese."""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.model import TranscriptSegment


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings().watch_list())


def texts(extractor: Extractor, text: str, **kw: object) -> list[str]:
    return [s.text for s in extractor.extract(text, **kw)]  # type: ignore[arg-type]


HITS = [
    ('"China is going to be a powerhouse," Musk said.', ["China is going to be a powerhouse"]),
    ('“中国会非常强大，”马斯克表示。', ["中国会非常强大"]),
    ('马斯克写道：「小米的速度非常快。」', ["小米的速度非常快"]),
    ('Musk told reporters: "BYD is great. Their cars are cheap."',
     ["BYD is great. Their cars are cheap"]),
    ("Elon Musk said that Chinese carmakers are the best in the world.",
     ["Chinese carmakers are the best in the world"]),
    ("马斯克认为，中国车企是世界上最好的。", ["中国车企是世界上最好的"]),
    ("China will surpass the U.S. in AI, Musk said on Thursday.", ["China will surpass the U.S. in AI"]),
    ("Musk posted on X: China's solar industry is mind-blowing.",
     ["China's solar industry is mind-blowing"]),
    ("马斯克在X上发文称，中国的太阳能产业令人震惊。", ["中国的太阳能产业令人震惊"]),
    ("Musk said demand in China was strong. Shanghai is the best, he added.",
     ["demand in China was strong", "Shanghai is the best"]),
    ("马斯克表示，中国需求强劲。他还说，上海工厂是最好的。", ["中国需求强劲", "上海工厂是最好的"]),
    ("馬斯克表示，中國的電動車市場是全球最大的。", ["中國的電動車市場是全球最大的"]),
    ('Musk wrote that Chinese regulators were "fair" in approving FSD.',
     ['Chinese regulators were "fair" in approving FSD']),
    ('"I am pro-China," Musk told the FT in an interview, adding that he opposed war over Taiwan.',
     ["I am pro-China", "he opposed war over Taiwan"]),
    ("知情人士透露，马斯克私下对高管说，中国业务面临风险。", ["中国业务面临风险"]),
    # He is the subject of the paragraph without a speech verb, then "he said".
    ('Musk on Monday praised Shanghai workers. "China works hard," he said in a post.',
     ["China works hard"]),
    ("马斯克周一参观了上海工厂。他在直播中说：“中国工人非常勤奋。”", ["中国工人非常勤奋"]),
    # ... also after an opening phrase, which carries the topic ("BYD") on.
    ('Asked about BYD, Musk laughed. "Their cars are very good now," he said.',
     ["Their cars are very good now"]),
]

MISSES = [
    "Tesla, Musk's company, sold 74,000 cars in China.",
    "马斯克的公司特斯拉上月在中国售出7.4万辆汽车。",
    '"Musk is naive about China," said Jim Chanos.',
    "“马斯克对中国太天真了，”做空者查诺斯说。",
    "Analysts said Musk's optimism about China was misplaced.",
    "分析师认为，马斯克对中国市场过于乐观。",
    "Musk's claims that China will lead deserve scrutiny.",
    "Musk said Tesla would cut prices in the United States.",
    "马斯克表示，星舰将在今年进入轨道。",
    "Premier Li Qiang met Musk in Beijing, Xinhua said. He said China welcomes investment.",
    "马斯克称赞了上海工厂的效率，但没有透露具体产量。",
    "China's commerce ministry said exports rose. BYD led the growth.",
    "At the meeting, Ford's CEO said China is ahead; Musk did not say China was ahead.",
    "评论文章认为，马斯克关于中国的许多说法经不起推敲。",
    # Only mentioned, not the subject: "he" is somebody else.
    'Musk\'s rival Li Bin toured Shanghai. "China works hard," he said.',
    "马斯克的对手李斌参观了上海工厂。他说：“中国工人非常勤奋。”",
    # "say he" / "认为他": the pronoun is inside the reported clause, not the speaker.
    "Musk has long praised China. Critics say he overstates China's productivity.",
    "马斯克一直称赞中国制造业。但经济学家认为他高估了中国的生产率。",
    # "argued that Musk ...": the clause is about him, not inverted attribution.
    "An editorial in the Global Times argued that Musk understands China well.",
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_finds_the_speakers_words(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert texts(extractor, text) == expected


@pytest.mark.parametrize("text", MISSES)
def test_near_miss_is_not_his_statement(extractor: Extractor, text: str) -> None:
    assert texts(extractor, text) == []


def test_offsets_point_into_the_original_traditional_text(extractor: Extractor) -> None:
    text = "報道稱，「比亞迪的車非常有競爭力，」馬斯克說。"
    [found] = extractor.extract(text)
    assert text[found.start:found.end] == found.text == "比亞迪的車非常有競爭力"
    assert found.language == "zh"


def test_pronoun_continues_only_after_the_speaker(extractor: Extractor) -> None:
    assert texts(extractor, "Farley said EVs matter. China is ahead, he added. Musk is quiet.") == []


def test_labelled_transcript_takes_his_turns_with_time(extractor: Extractor) -> None:
    segs = [TranscriptSegment(0, 4, "What about China?", "Lex Fridman"),
            TranscriptSegment(4, 9, "China is very strong. I like rockets.", "Elon Musk"),
            TranscriptSegment(9, 12, "Musk said China is weak, right?", "Lex Fridman")]
    [found] = extractor.extract("", segments=segs)
    assert found.text == "China is very strong"
    assert found.seconds == 4 and found.confidence > 0.9
    joined = "\n".join(s.text for s in segs)
    assert joined[found.start:found.end] == found.text


def test_plain_labels_in_text(extractor: Extractor) -> None:
    text = "Host: Is China ahead?\nElon Musk: China is ahead in batteries.\n马斯克：中国的供应链最好。"
    assert texts(extractor, text) == ["China is ahead in batteries", "中国的供应链最好"]


def test_unlabelled_episode_with_him_as_guest_is_low_confidence(extractor: Extractor) -> None:
    # The host's question before it: a lone line after "Welcome back." is borderline for
    # the decision (an unlabelled line is as often the host's).
    text = "Welcome back. Elon, what do you make of China?\nI think China is going to be very strong in AI."
    [found] = extractor.extract(text, guests=["Elon Musk"])
    assert found.confidence == 0.5
    assert extractor.extract(text) == []


def test_prefilter_skips_texts_without_an_alias(extractor: Extractor) -> None:
    assert not extractor.mentions_speaker("China said exports rose.", "", "")
    assert extractor.mentions_speaker("據報道，馬斯克說")
    assert texts(extractor, '"China is great," the CEO said.') == []


def test_hostile_text_completes_and_keeps_offsets(extractor: Extractor) -> None:
    text = "“" + "Musk said China he told 马斯克说中国 " * 20_000 + "\x00\ufeff"
    found = extractor.extract(text)
    assert found  # all() over nothing would hold whatever the offsets were
    assert all(text[f.start:f.end] == f.text for f in found)


def test_a_feed_of_his_own_words_needs_only_the_topic_decision(extractor: Extractor) -> None:
    text = "China's grid is the backbone of its AI push. Starship flies next week.\n\nBYD is very competitive."
    found = [s.text for s in extractor.extract(text, own_words="Elon Musk")]
    assert found == ["China's grid is the backbone of its AI push", "BYD is very competitive"]
    assert extractor.extract(text, own_words="Somebody Else") == []


@pytest.mark.parametrize(("text", "expected"), [
    # A closing quote ends a Chinese sentence: what follows is a new one ("他还说").
    ("马斯克表示：“比亚迪很强。”他还说，中国电动车产业很新。", ["比亚迪很强", "中国电动车产业很新"]),
    ("马斯克在一次直播中表示：“中国的电池很先进。”他还说，中国的电动车产业是最近几年才出现的。",
     ["中国的电池很先进", "中国的电动车产业是最近几年才出现的"]),
    # "Name + speech verb + colon" is reported speech, never a speaker label.
    ("特斯拉CEO马斯克称：“上海工厂效率最高。”", ["上海工厂效率最高"]),
])
def test_reported_speech_with_a_colon_and_a_follow_on_sentence(extractor: Extractor, text: str,
                                                               expected: list[str]) -> None:
    assert texts(extractor, text) == expected


def test_an_episode_title_naming_him_is_not_his_statement(extractor: Extractor) -> None:
    title = "Episode 42: Elon Musk on energy, AI and China"
    assert extractor.extract(f"{title}\n\nThis week Elon Musk joins us.", title=title) == []
    assert extractor.extract(title, title=title) == []


def test_a_live_blog_time_is_no_speaker_label(extractor: Extractor) -> None:
    text = ("4:25 PM CT: A shareholder asks about Giga Shanghai. Musk says the Shanghai factory "
            "remains Tesla's most productive plant.")
    assert texts(extractor, text) == ["the Shanghai factory remains Tesla's most productive plant"]


def test_his_answer_to_a_question_on_the_topic_is_one_statement(extractor: Extractor) -> None:
    text = ("INTERVIEWER: Let's start with China. Are you worried about the trade war?\n"
            "MUSK: Nobody wins a trade war. China and the US need each other. Anyway, rockets.")
    found = texts(extractor, text)
    assert found[0].startswith("Nobody wins a trade war. China and the US need each other")


def test_a_huge_hostile_item_contributes_a_bounded_number_of_statements(
        extractor: Extractor) -> None:
    from tracker.extract.candidates import MAX_CANDIDATES

    unit = 'Elon Musk said on Tuesday that China would "dominate the EV market," adding more. '
    found = extractor.extract(unit * 12_000)  # about 1 MB
    assert 0 < len(found) <= MAX_CANDIDATES
