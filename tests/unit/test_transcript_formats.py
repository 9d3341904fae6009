"""Transcript page formats met on a second batch: Q&A, hearing records, cue lists, calls.

Small pages of our own, one per class; as in ``test_transcript_turns``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import HIM, SPEAKERS
from tests.unit.transcript_pages import his as _his
from tracker.feeds.transcript_pages import parse_page


def test_a_hosts_name_with_accents_is_a_label() -> None:
    body = ("<p>[00:00:00] Tomás Lindqvist: Welcome, Elon.</p><p>[00:00:11] Elon Musk: Hi.</p>"
            "<p>[00:00:13] Tomás: Compute?</p><p>[00:00:17] Elon: Scarce.</p>")
    assert _his(body) == [(11.0, "Hi."), (17.0, "Scarce.")]


def test_cue_list_with_times_in_seconds_as_attributes() -> None:
    cues = [(0.0, "Host:", "Welcome."), (12.6, "Elon Musk:", "Thanks."), (14.2, "", "Really."),
            (20.0, "Host:", "Mars?"), (31.48, "Elon:", "Yes.")]
    body = "<ol>" + "".join(
        f'<li data-start="{t}"><button>0:{int(t):02d}</button> <span class="speaker">{who}</span>'
        f" <span>{words}</span></li>" for t, who, words in cues) + "</ol>"
    assert _his(body) == [(12.0, "Thanks. Really."), (31.0, "Yes.")]


def test_bilingual_subtitle_cues_are_one_turn_at_the_first_cues_time() -> None:
    cues = [("主持人: 欢迎。", "Welcome."), ("马斯克: 谢谢。", "Thanks."), ("很高兴。", "Glad."),
            ("主持人: 火星？", "Mars?"), ("马斯克: 对。", "Yes.")]
    body = ("<p>精彩语录——马斯克：电力是瓶颈。</p><p>马斯克：中美应该对话。</p>"
            + "".join(f"<div><span>{i + 1}</span><span>00:00:{i * 5 + 1:02d},500 --&gt; "
                      f"00:00:{i * 5 + 4:02d},000</span><p>{zh}</p><p>{en}</p></div>"
                      for i, (zh, en) in enumerate(cues)))
    assert _his(body) == [(6.0, "谢谢。 Thanks. 很高兴。 Glad."), (21.0, "对。 Yes.")]


def test_time_after_the_words_in_a_definition_list_and_a_one_word_answer() -> None:
    turns = [("Priya Raman, Chair", "Welcome.", "00:02:10"), ("Elon Musk, CEO, Tesla", "Thanks.",
             "00:02:18"), ("Raman", "Best city?", "00:09:10"), ("Musk", "Austin.", "00:09:12")]
    body = "<dl>" + "".join(f'<dt>{who}</dt><dd><p>{words} <span class="ts">[{ts}]</span></p></dd>'
                            for who, words, ts in turns) + "</dl>"
    assert _his(body) == [(138.0, "Thanks."), (552.0, "Austin.")]


def test_earnings_call_speaker_lines_with_titles_and_a_participants_list_at_the_end() -> None:
    def speaker(name: str, title: str) -> str:
        return f"<p><strong>{name}</strong> -- <em>{title}</em></p>"
    body = ("<p><strong>Operator</strong></p><p>Welcome to the call.</p>"
            + speaker("Elon Musk", "Chief Executive Officer") + "<p>Thanks. Good year.</p>"
            + "<p><strong>Operator</strong></p><p>First question, Adam Greer.</p>"
            + speaker("Adam Greer", "Halvorsen -- Analyst") + "<p>Margins?</p>"
            + speaker("Elon Musk", "Chief Executive Officer") + "<p>Competitive.</p>"
            + "<h2>Call participants:</h2>" + speaker("Elon Musk", "Chief Executive Officer")
            + speaker("Adam Greer", "Halvorsen -- Analyst") + "<p>More TSLA analysis</p>")
    assert _his(body) == [(0.0, "Thanks. Good year."), (0.0, "Competitive.")]


def test_a_key_points_box_above_the_line_that_announces_the_record_is_not_turns() -> None:
    body = ("<div><p><b>本文要点：</b></p><p>马斯克：竞争是好事</p><p>马斯克：数据留在中国</p></div>"
            "<p>以下为对话实录（经编辑整理）：</p>"
            "<p>主持人：欢迎。</p><p>埃隆·马斯克：谢谢。</p><p>主持人：竞争呢？</p>"
            "<p>马斯克：竞争是好事，逼我们进步。</p><p>主持人：数据？</p><p>马斯克：数据留在中国。</p>")
    assert [t for _, t in _his(body)] == ["谢谢。", "竞争是好事，逼我们进步。", "数据留在中国。"]


def test_q_and_a_labels_where_the_page_says_whose_the_answers_are() -> None:
    body = ("<p>Elon Musk spoke to reporters. Answers are Elon Musk’s unless marked.</p>"
            "<p><b>Q (Reuters):</b> How many cars?</p><p><b>A:</b> More.</p>"
            "<p><b>Q:</b> Water?</p><p><b>A (Jana Kühn, plant manager):</b> Less per car.</p>"
            "<p><b>Q:</b> China?</p><p><b>A:</b> Maybe.</p>"
            '<div class="related"><p>A: not a turn</p></div>')
    assert _his(body) == [(0.0, "More."), (0.0, "Maybe.")]


def test_q_and_a_labels_without_a_word_on_who_answers_are_nobodys() -> None:
    body = ("<p><b>Q:</b> How many cars?</p><p><b>A:</b> More.</p>"
            "<p><b>Q:</b> China?</p><p><b>A:</b> Maybe.</p>")
    assert _his(body) == []


def test_bold_questions_and_plain_answers_with_the_interviewer_named() -> None:
    body = ("<h1>Elon Musk: ‘China will be tough’</h1><p>Elon Musk was relaxed.</p>"
            "<p>The interview was conducted by Helen Mráz. Questions are in bold.</p>"
            "<p><strong>Mr. Musk, does BYD worry you?</strong></p><p>They are very good.</p>"
            "<p><strong>Is the price war sustainable?</strong></p><p>For some, no.</p>"
            "<blockquote>Elon Musk: “No.”</blockquote><p>Price matters.</p>"
            "<p><strong>Will you visit Beijing again?</strong></p><p>Probably.</p>")
    assert _his(body) == [(0.0, "They are very good."), (0.0, "For some, no. Price matters."),
                          (0.0, "Probably.")]


def test_bold_questions_on_a_page_that_names_no_interviewer_are_not_read() -> None:
    body = "".join(f"<p><strong>Why does point {i} matter here?</strong></p><p>Because.</p>"
                   for i in range(4))
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    assert transcript is None


def test_hearing_record_in_pre_with_labels_ending_in_a_period() -> None:
    record = """C O N T E N T S
Statement of Senator Hargrove.........     1
Elon Musk, Chief Executive Officer....     4

    The Chairman. Good morning. Mr. Musk, you are recognized.

    STATEMENT OF ELON MUSK, CHIEF EXECUTIVE OFFICER, SPACE
    EXPLORATION TECHNOLOGIES CORP.

    Mr. Musk. Thank you, Chairman. The launch market
is growing.

    [The prepared statement of Mr. Musk appears in the Appendix.]

    Dr. Ortiz. I want to emphasize one point.

    Senator Okafor. Mr. Musk, will you commit?

    Mr. Musk. Yes.
"""
    body = f"<pre>{record}</pre><p>Policies · Privacy · Accessibility · Help</p>"
    assert _his(body) == [(0.0, "Thank you, Chairman. The launch market is growing."),
                          (0.0, "Yes.")]


def test_clips_played_in_a_news_show_are_his_turns() -> None:
    body = ("<p>ANA CORDERO, CNN ANCHOR: Here is what he said.<br><br>(BEGIN VIDEOTAPE)<br><br>"
            "ELON MUSK, CEO, TESLA: Chinese car companies are strong.<br><br>(END VIDEOTAPE)<br><br>"
            "CORDERO: Derek?<br><br>DEREK HALE, CNN CORRESPONDENT: He said this.<br><br>"
            "(CLIP) ELON MUSK: I'm not a fan of tariffs.<br><br>HALE: And then.<br><br>"
            "(BEGIN VIDEO CLIP)<br><br>MUSK: No.<br><br>(END VIDEO CLIP)<br><br>HALE: Ana?</p>")
    assert _his(body) == [(0.0, "Chinese car companies are strong."),
                          (0.0, "I'm not a fan of tariffs."), (0.0, "No.")]


def test_a_transcript_followed_by_its_translation_is_read_once() -> None:
    en = [("Host", "Welcome to the show."), ("Elon Musk", "Thanks for having me."),
          ("Host", "What about China?"), ("Elon Musk", "China is very strong."),
          ("Host", "And Mars?"), ("Elon Musk", "Within ten years.")]
    zh = [("主持人", "欢迎来到节目。"), ("马斯克", "谢谢邀请我。"), ("主持人", "中国呢？"),
          ("马斯克", "中国很强。"), ("主持人", "火星呢？"), ("马斯克", "也许十年之内。")]
    body = ("<h2>Transcript</h2>" + "".join(f"<p><b>{a}:</b> {b}</p>" for a, b in en)
            + "<h2>中文翻译</h2>" + "".join(f"<p><b>{a}:</b>{b}</p>" for a, b in zh))
    assert [t for _, t in _his(body)] == ["Thanks for having me.", "China is very strong.",
                                          "Within ten years."]


def test_his_last_turn_ends_where_the_transcripts_container_does() -> None:
    body = ('<div class="post-content"><p><b>Host:</b> Hi.</p><p><b>Elon Musk:</b> Hello.</p>'
            "<p><b>Host:</b> Bye?</p><p><b>Elon Musk:</b> Bye.</p><p>See you.</p></div>"
            '<div class="post-tags"><p>Tags: tesla, china</p></div>'
            '<div class="bio"><p>Priya writes about energy.</p></div>')
    assert _his(body) == [(0.0, "Hello."), (0.0, "Bye. See you.")]


def test_q_and_a_labels_with_periods_and_the_answerer_named_as_he_answered() -> None:
    body = ("<p>Musk answered questions from the Ledger by video link.</p>"
            "<p>Q. How many cars?</p><p>A. More than last year.</p>"
            "<p>Q. China?</p><p>A. Strong.</p><p>Q. Mars?</p><p>A. Soon.</p>")
    assert [t for _, t in _his(body)] == ["More than last year.", "Strong.", "Soon."]


def test_plain_earnings_call_lines_and_a_hearing_in_capitals() -> None:
    call = ("<p>Operator</p><p>Welcome.</p><p>Elon Musk -- Chief Executive Officer</p>"
            "<p>Thanks.</p><p>Adam Greer -- Halvorsen -- Analyst</p><p>Margins?</p>"
            "<p>Elon Musk -- Chief Executive Officer</p><p>Competitive.</p>"
            "<p>Operator</p><p>Next question.</p><p>Adam Greer -- Halvorsen -- Analyst</p>"
            "<p>Thanks.</p>")
    assert [t for _, t in _his(call)] == ["Thanks.", "Competitive."]
    hearing = ("<pre>    The Chairman. Welcome.\n    MR. MUSK. Thank you.\n"
               "    Senator Okafor. Will you?\n    MR. MUSK. Yes.\n</pre>")
    assert [t for _, t in _his(hearing)] == ["Thank you.", "Yes."]


def test_a_line_that_announces_the_conversation_ends_the_notes_above_it() -> None:
    body = ("<p>马斯克：竞争是好事</p><p>马斯克：数据留在中国</p><p>以下为对话内容：</p>"
            "<p>主持人：欢迎。</p><p>马斯克：谢谢。</p><p>主持人：数据？</p><p>马斯克：留在中国。</p>")
    assert [t for _, t in _his(body)] == ["谢谢。", "留在中国。"]


def test_chinese_q_and_a_where_the_page_says_who_answers() -> None:
    body = ("<p>本报记者日前专访馬斯克，以下为问答内容：</p>"
            "<p>问：中国车企怎么样？</p><p>答：非常强。</p><p>问：关税呢？</p><p>答：不喜欢。</p>"
            "<p>问：火星呢？</p><p>答：十年内。</p>")
    assert [t for _, t in _his(body)] == ["非常强。", "不喜欢。", "十年内。"]


def test_a_soundbite_and_an_interviewer_line_name_the_people() -> None:
    body = ("<p>HOST: Here he is.</p><p>(SOUNDBITE OF ARCHIVED RECORDING) ELON MUSK: Mars.</p>"
            "<p>HOST: And again.</p><p>MUSK: Soon.</p>")
    assert [t for _, t in _his(body)] == ["Mars.", "Soon."]
    qa = ("<h1>Elon Musk on Mars</h1><p>Elon Musk was in Austin. Interviewer: Helen Mráz.</p>"
          + "".join(f"<p><b>Question number {i}, is it so?</b></p><p>Answer {i}.</p>"
                    for i in range(3)))
    assert [t for _, t in _his(qa)] == ["Answer 0.", "Answer 1.", "Answer 2."]


def test_q_and_a_with_his_father_answering_is_not_his() -> None:
    qa = "".join(f"<p><b>Q:</b> Question {i}?</p><p><b>A:</b> Answer {i}.</p>" for i in range(3))
    for intro in ("Errol Musk, Elon Musk's father, spoke to us. Musk answered by phone.",
                  "Answers are Errol Musk's."):
        transcript = parse_page("https://x.example/t",
                                f"<html><body><p>{intro}</p>{qa}</body></html>".encode(),
                                speakers=SPEAKERS)
        assert transcript is None or all(s.speaker != HIM for s in transcript.segments)


def test_a_webvtt_file_with_voice_tags_printed_in_a_pre() -> None:
    cues = [("Lex Fridman", "Welcome."), ("Elon Musk", "Thanks."), ("Lex Fridman", "Mars?"),
            ("Elon Musk", "Soon.")]
    vtt = "WEBVTT\n\n" + "".join(f"00:00:{i * 4 + 1:02d}.000 --> 00:00:{i * 4 + 3:02d}.000\n"
                                 f"&lt;v {who}&gt;{words}&lt;/v&gt;\n\n"
                                 for i, (who, words) in enumerate(cues))
    assert _his(f"<pre>{vtt}</pre>") == [(5.0, "Thanks."), (13.0, "Soon.")]


def test_table_rows_with_their_time_as_an_attribute_and_short_words_before_a_time() -> None:
    rows = [(1.5, "Host", "Hi"), (5.2, "Elon Musk", "Hello"), (9, "Host", "Mars?"),
            (12.9, "Elon Musk", "Soon")]
    body = "<table>" + "".join(f'<tr data-start="{t}"><td>{w}</td><td>{x}</td></tr>'
                               for t, w, x in rows) + "</table>"
    assert _his(body) == [(5.0, "Hello"), (12.0, "Soon")]
    dl = ("<dl><dt>Interviewer</dt><dd>Hi. [00:00:05]</dd><dt>Elon Musk</dt>"
          "<dd>Hello. [00:00:09]</dd><dt>Interviewer</dt><dd>Bye. [00:01:05]</dd>"
          "<dt>Musk</dt><dd>Bye. [00:01:09]</dd></dl>")
    assert _his(dl) == [(9.0, "Hello."), (69.0, "Bye.")]
