"""Player panels (avatars, attribute and link times), 字幕 cue panels and Chinese Q&As."""

from __future__ import annotations

import pytest

from tracker.config import default_watches
from tracker.feeds.speakers import speakers_of
from tracker.feeds.transcript_pages import parse_page

SPEAKERS = speakers_of([w.to_watch() for w in default_watches()])
HIM = "Elon Musk"
TURNS = [("Maya Chen", "Welcome. When does it ship?", 0), ("Elon Musk", "Next year.", 8),
         ("Maya Chen", "Regulators?", 26), ("Elon Musk", "Exemptions at first.", 31),
         ("Maya Chen", "Thanks, Elon.", 97), ("Elon Musk", "Thank you.", 99)]


def _segments(body: str) -> list[tuple[float, str | None, str]]:
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    return [(s.start, s.speaker, s.text) for s in transcript.segments] if transcript else []


def _his(body: str) -> list[tuple[float, str]]:
    return [(start, text) for start, who, text in _segments(body) if who == HIM]


def _shown(t: int) -> str:
    return f"{t // 60:02d}:{t % 60:02d}"


LINK = '<a class="timestamp" href="?t={}">{}</a>'


def _panel(alt: str = "{}", cue: str = "", stamp: str = LINK) -> str:
    return '<section class="transcript-panel">' + "".join(
        f'<div class="paragraph"{cue.format(t + 2)}><img class="avatar" src="/a/{i % 2}.png" '
        f'alt="{alt.format(who)}"><p class="text">{words} {stamp.format(t, _shown(t))}</p></div>'
        for i, (who, words, t) in enumerate(TURNS)) + "</section>"


PLAIN_COPY = ('<details><summary>Plain text version</summary>'
              + "".join(f"<p>{who}: {words}</p>" for who, words, _ in TURNS) + "</details>")
WANTED = [(8.0, "Next year."), (31.0, "Exemptions at first."), (99.0, "Thank you.")]


@pytest.mark.parametrize("alt", ["{}", "Avatar of {}", "{}'s avatar"])
def test_avatar_names_the_speaker_and_the_time_link_after_the_words_is_the_turns(
        alt: str) -> None:
    assert _his(_panel(alt)) == WANTED


@pytest.mark.parametrize("stamp", ['<button class="seek" data-t="{}">{}</button>',
                                   '<span class="ts" data-t="{}">{}</span>',
                                   '<time datetime="PT{}S">{}</time>'])
def test_the_time_after_the_words_as_a_button_a_time_span_or_a_time_element(stamp: str) -> None:
    assert _his(_panel(stamp=stamp)) == WANTED


def test_buttons_that_show_no_time_still_go() -> None:
    body = _panel(stamp='<button>Copy</button>' + LINK)
    assert _his(body) == WANTED


@pytest.mark.parametrize("copy_first", [False, True])
def test_a_plain_copy_without_times_above_or_below_the_panel_is_read_once(
        copy_first: bool) -> None:
    body = PLAIN_COPY + _panel() if copy_first else _panel() + PLAIN_COPY
    assert _his(body) == WANTED


def test_a_time_attribute_beside_a_shown_time_keeps_the_shown_one() -> None:
    # The attribute says two seconds later than the page shows: the page is believed.
    assert _his(_panel(cue=' data-time="{}"')) == WANTED


def test_a_time_attribute_after_a_speaker_span_without_a_colon() -> None:
    body = "<ol>" + "".join(f'<li data-start="{t}.4"><span class="speaker">{who}</span> {w}</li>'
                            for who, w, t in TURNS) + "</ol>"
    assert _his(body) == WANTED


def test_a_photo_with_his_name_as_alt_text_is_no_label() -> None:
    body = ('<figure><img src="/photos/musk.jpg" alt="Elon Musk"></figure>'
            + "".join(f'<p><img src="/p/{i}.jpg" alt="Elon Musk"> He said something {i}. '
                      f'<a href="?t={i * 9}">{_shown(i * 9)}</a></p>' for i in range(5)))
    assert all(who != HIM for _, who, _ in _segments(body))


def test_an_avatar_beside_the_printed_name_is_not_read_twice() -> None:
    body = "".join(f'<div><img class="avatar" alt="{who}"><span class="name">{who}</span> '
                   f'<span class="time">{_shown(t)}</span><p>{words}</p></div>'
                   for who, words, t in TURNS)
    assert _his(body) == WANTED


def test_an_avatar_naming_someone_else_keeps_his_words_off_the_host() -> None:
    # The host says his name in her turn: her avatar still labels it hers.
    body = _panel().replace("Welcome.", "I'm Maya Chen, here with Elon Musk.")
    assert _segments(body)[0][1] == "Maya Chen"
    assert _his(body) == WANTED


def _cues(label: str) -> str:
    cues = [(3, "主持人", "欢迎来到上海。"), (9, "马斯克", "谢谢。"), (14, "", "很高兴再来。"),
            (21, "主持人", "工厂呢？"), (25, "马斯克", "九十五万辆。")]
    return '<ul class="subtitle-list">' + "".join(
        f'<li data-start="{t}.000"><span class="subtitle-time">{_shown(t)}</span>'
        f'<span>{label.format(who) if who else ""}</span>{words}</li>' for t, who, words in cues
    ) + "</ul>"


@pytest.mark.parametrize("label", ["【{}】", "【{}】：", "〔{}〕"])
def test_subtitle_panel_cues_with_the_shown_time_before_a_bracketed_label(label: str) -> None:
    assert _his(_cues(label)) == [(9.0, "谢谢。 很高兴再来。"), (25.0, "九十五万辆。")]


def test_subtitle_panel_labels_of_others_are_not_his() -> None:
    body = _cues("【{}】").replace("马斯克", "王传福")
    assert _his(body) == []


def _interview(intro: str, traditional: bool = True) -> str:
    qa = [("台灣是全球半導體的核心，你怎麼看？", "台積電非常了不起。"),
          ("你擔心地緣政治風險嗎？", "當然擔心。</p><p>但短期內沒有人能取代。"),
          ("電動車的下一個突破？", "是自動駕駛。"), ("有什麼話想說？", "謝謝。")]
    body = (f"<h1>專訪：晶片與未來</h1><p>{intro}</p><p>馬斯克剛結束一場會議，他看起來很疲倦。</p>"
            + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in qa)
            + '<div class="donate"><p>請支持我們的報導，成為定期定額贊助者。</p></div>')
    return body if traditional else body.replace("馬斯克", "马斯克")


@pytest.mark.parametrize("intro", ["以下粗體為本刊提問，其後段落皆為馬斯克的回答。",
                                   "受訪者：馬斯克（Elon Musk），特斯拉執行長。",
                                   "对话嘉宾：马斯克"])
def test_chinese_bold_questions_whose_intro_names_who_answers(intro: str) -> None:
    assert [t for _, t in _his(_interview(intro, "马" not in intro))] == [
        "台積電非常了不起。", "當然擔心。 但短期內沒有人能取代。", "是自動駕駛。", "謝謝。"]


@pytest.mark.parametrize("intro", ["受訪者：王傳福，比亞迪董事長。", "本刊記者在奧斯汀的工廠參觀了一天。"])
def test_chinese_bold_questions_answered_by_someone_else_or_nobody_named_are_not_his(
        intro: str) -> None:
    assert _his(_interview(intro)) == []


def test_chinese_question_and_answer_labels_with_the_interviewee_named_in_the_intro() -> None:
    qa = [("儲能呢？", "很重要。"), ("中國呢？", "競爭很激烈。"), ("最後？", "謝謝。")]
    body = ("<p>受訪者：馬斯克</p>"
            + "".join(f"<p><strong>問：</strong>{q}</p><p><strong>答：</strong>{a}</p>" for q, a in qa))
    assert [t for _, t in _his(body)] == ["很重要。", "競爭很激烈。", "謝謝。"]


@pytest.mark.parametrize("header", ['<div class="speaker-header">{}</div>',
                                    '<h4>{}</h4>', '<p><strong>{}</strong></p>'])
def test_cues_grouped_under_a_header_naming_their_speaker(header: str) -> None:
    groups = [("Maya Chen", [(0, "Welcome."), (4, "When does it ship?")]),
              ("Elon Musk", [(8, "Next year."), (12, "In Austin.")]),
              ("Maya Chen", [(26, "Regulators?")]), ("Elon Musk", [(31, "Exemptions.")])]
    body = "".join(f'<div class="group">{header.format(who)}<ul>' + "".join(
        f'<li data-start="{t}">{words}</li>' for t, words in cues) + "</ul></div>"
        for who, cues in groups)
    assert _his(body) == [(8.0, "Next year. In Austin."), (31.0, "Exemptions.")]


@pytest.mark.parametrize(("question", "answer"), [
    ("<p><strong>問：{}</strong></p>", "<p>答：{}</p>"),
    ("<p><strong>问：</strong>{}</p>", "<p>{}</p>"),
    ("<p>問：{}</p>", "<p>答：{}</p>"),
])
def test_chinese_question_and_answer_labels_written_several_ways(question: str,
                                                                 answer: str) -> None:
    qa = [("储能呢？", "很重要。"), ("中国呢？", "竞争很激烈。"), ("最后？", "谢谢。")]
    body = ("<p>对话嘉宾：马斯克。提问者为本刊记者。</p>"
            + "".join(question.format(q) + answer.format(a) for q, a in qa))
    assert [t for _, t in _his(body)] == ["很重要。", "竞争很激烈。", "谢谢。"]


@pytest.mark.parametrize("alt", ["avatar", "User", "user avatar", "Profile photo"])
def test_a_generic_avatar_leaves_the_paragraphs_own_labels_alone(alt: str) -> None:
    body = "".join(f'<p><img class="avatar" alt="{alt}">[{_shown(t)}] {who}: {words}</p>'
                   for who, words, t in TURNS)
    assert _his(body) == WANTED


def test_an_avatar_before_a_labelled_paragraph_is_not_a_second_label() -> None:
    body = "".join(f'<p><img class="avatar" alt="{who}">{who.split()[0]}: {words} '
                   f'({_shown(t)})</p>' for who, words, t in TURNS)
    assert _his(body) == WANTED


def test_a_guest_card_and_a_byline_avatar_are_no_turns() -> None:
    body = ('<div class="byline"><img class="author-avatar" alt="Maya Chen"> By Maya Chen</div>'
            '<div class="guest"><img class="avatar" alt="Elon Musk"><p>Elon Musk runs Tesla and '
            "SpaceX.</p></div>" + _panel())
    assert _his(body) == WANTED
    assert [who for _, who, _ in _segments(body)][:2] == ["Maya Chen", HIM]


def test_an_initials_badge_titled_with_the_speakers_name() -> None:
    body = "".join(f'<div class="turn"><span class="avatar" title="{who}">'
                   f'{"".join(w[0] for w in who.split())}</span><p>{words} '
                   f'<a href="?t={t}">{_shown(t)}</a></p></div>' for who, words, t in TURNS)
    assert _his(body) == WANTED


@pytest.mark.parametrize("attribute", ["data-speaker", "data-speaker-name"])
def test_a_speaker_named_only_in_an_attribute(attribute: str) -> None:
    body = "".join(f'<p {attribute}="{who}" data-start="{t}">{words}</p>' for who, words, t in TURNS)
    assert _his(body) == WANTED


def test_a_speaker_attribute_that_is_an_id_or_beside_a_printed_label_adds_nothing() -> None:
    ids = "".join(f'<p data-speaker="spk{i % 2}">[{_shown(t)}] {who}: {words}</p>'
                  for i, (who, words, t) in enumerate(TURNS))
    printed = ids.replace('data-speaker="spk0"', 'data-speaker="Maya Chen"')
    assert _his(ids) == WANTED
    assert _his(printed) == WANTED


@pytest.mark.parametrize("label", ["{} {}：", "{}{}：", "[{}]{}：", "{} - {}: "])
def test_subtitle_cues_with_a_time_then_a_chinese_label(label: str) -> None:
    cues = [(3, "主持人", "欢迎。"), (9, "马斯克", "谢谢。"), (21, "主持人", "工厂呢？"),
            (25, "马斯克", "九十五万辆。")]
    body = "<ul>" + "".join(f"<li>{label.format(_shown(t), who)}{words}</li>"
                            for t, who, words in cues) + "</ul>"
    assert _his(body) == [(9.0, "谢谢。"), (25.0, "九十五万辆。")]


@pytest.mark.parametrize(("intro", "his"), [
    ("以下为对话实录，Q为记者，A为马斯克。", ["很重要。", "谢谢。"]),
    ("以下为对话实录，Q为记者，A为王传福，他谈到了马斯克。", []),
])
def test_an_intro_saying_whose_the_a_answers_are(intro: str, his: list[str]) -> None:
    body = (f"<p>{intro}</p><p>Q：储能呢？</p><p>A：很重要。</p><p>Q：中国呢？</p>"
            "<p>A：谢谢。</p><p>Q：再见。</p>")
    assert [t for _, t in _his(body)] == his


@pytest.mark.parametrize("intro", [
    "An interview with Musk biographer Walter Isaacson. Our questions are in bold.",
    "Our interview with Elon Musk's mother, Maye Musk. Our questions are in bold.",
])
def test_bold_questions_to_someone_named_by_him_are_not_his(intro: str) -> None:
    questions = ["What was he like as a boy in Pretoria?", "Did you expect the rockets?",
                 "What do you make of his politics?"]
    body = (f"<p>{intro}</p>" + "".join(f"<p><strong>{q}</strong></p><p>Answer {i}.</p>"
                                        for i, q in enumerate(questions)))
    assert _his(body) == []


@pytest.mark.parametrize("intro", ["专访马斯克传记作者艾萨克森。以下粗体为本刊提问。",
                                   "专访马斯克的母亲梅耶。以下粗体为本刊提问。"])
def test_chinese_bold_questions_to_someone_named_by_him_are_not_his(intro: str) -> None:
    body = _interview(intro).replace("馬斯克", "马斯克")
    assert _his(body) == []


@pytest.mark.parametrize("lead", ['<img class="avatar" alt="{}"> ', ""])
def test_an_avatar_or_attribute_label_before_words_in_lower_case(lead: str) -> None:
    turns = [("Maya Chen", "so when does it ship?", 0), ("Elon Musk", "next year, probably.", 8),
             ("Maya Chen", "and regulators?", 26), ("Elon Musk", "exemptions first.", 31)]
    attribute = "" if lead else ' data-speaker="{}"'
    body = "".join(f"<p{attribute.format(who)}>{lead.format(who)}{words} "
                   f'<a href="?t={t}">{_shown(t)}</a></p>' for who, words, t in turns)
    assert _his(body) == [(8.0, "next year, probably."), (31.0, "exemptions first.")]


def test_a_chinese_analysis_with_short_bold_questions_and_news_of_his_answers_is_not_his() -> None:
    sections = [("为什么是上海工厂？", "分析人士认为，上海的供应链是关键。"),
                ("储能会成为下一个增长点吗？", "从数据看，储能业务增长很快。"),
                ("价格战还会持续多久？", "业内普遍预计还将持续。")]
    body = ("<p>在昨天的发布会上，马斯克回答了记者关于上海工厂的问题。本文分析其背后的逻辑。</p>"
            + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in sections))
    assert _his(body) == []
