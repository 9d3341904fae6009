"""Transcript page classes met on batches U and V (development data once measured): a
newspaper Q&A whose questions carry the outlet's label and whose answers are plain
paragraphs, the interviewee named only in the intro; a ``<dl>`` transcript whose ``<dt>``
opens with a screen-reader-only "Speaker:"; a second copy that prints the stage
directions inside the turns; a played clip headed "Archival clip: Name"; full labels on
the first turns before initials; timed labels with their words in the next block; and a
subtitle table's speaker cell in both scripts.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns

_EXCHANGES = [("Why build a town?", "Because people need schools.", "And a grocery store."),
              ("Do you still believe that?", "Yes. The pad is here.", ""),
              ("Really?", "Really. Texas is where we design.", ""),
              ("Critics call Tesla an AI company.", "That is roughly right.", ""),
              ("What would you tell your younger self?", "Worry less about being wrong.", "")]


def _outlet_qa(intro: str, label: str) -> str:
    body = "".join(f"<p class='q'>{label} {q}</p><p>{a}</p>" + (f"<p>{more}</p>" if more else "")
                   for q, a, more in _EXCHANGES)
    return f"<article><p>{intro}</p>{body}</article>"


def test_an_outlets_bold_question_label_with_plain_answers_reads_his_answers() -> None:
    # The label bold by its inline style; the intro names him once and says "his answers".
    page = _outlet_qa("Elon Musk wants a city. He spoke with The Courier’s Ana Ruiz by video; "
                      "his answers follow each question below.",
                      "<span style='font-weight:700'>The Courier:</span>")
    assert _his(page) == [(0.0, "Because people need schools. And a grocery store."),
                          (0.0, "Yes. The pad is here."), (0.0, "Really. Texas is where we design."),
                          (0.0, "That is roughly right."), (0.0, "Worry less about being wrong.")]


def test_the_outlet_asking_is_never_counted_as_the_one_the_article_is_about() -> None:
    # "The Courier" named as often as he is, outside the questions: still the asker.
    page = _outlet_qa("Elon Musk is late. Elon Musk talked to The Courier at the plant, and "
                      "Elon Musk stayed an hour. The Courier has covered Tesla for years.",
                      "<strong>The Courier:</strong>")
    assert [text for _, text in _his(page)][-1] == "Worry less about being wrong."
    assert not [who for who, _, _ in speakers_turns(page) if who == "The Courier"]


def test_an_outlets_questions_to_another_musk_give_him_no_turns() -> None:
    page = _outlet_qa("Kimbal Musk runs restaurants. Kimbal Musk spoke about his brother "
                      "Elon; his answers follow each question below.",
                      "<strong>The Courier:</strong>")
    assert _his(page) == []


def _dl(hidden: str) -> str:
    turns = [("Mara Vega", 0, "00:00", "Welcome, both Elons."),
             ("Elon Musk", 103, "01:43", "Mostly cost per ton."),
             ("Vega", 131, "02:11", "Great."),
             ("Musk", None, "", "Airlines are boring."),
             ("Elon Lind", 160, "02:40", "I disagree."),
             ("Musk", 3723, "62:03", "Regulation, probably.")]
    return "<h2>Transcript</h2><dl>" + "".join(
        f"<dt>{hidden}<span class='name'>{who}</span> "
        + (f"<a href='#t={t // 60}m{t % 60}s'><time datetime='PT{t}S'>{shown}</time></a>"
           if t is not None else "")
        + f"</dt><dd><p>{text}</p></dd>" for who, t, shown, text in turns) + "</dl>"


def test_a_dl_transcript_whose_dt_opens_with_a_screen_reader_field_name_reads_turns() -> None:
    page = _dl("<span class='visually-hidden'>Speaker: </span>")
    assert _his(page) == [(103.0, "Mostly cost per ton."), (131.0, "Airlines are boring."),
                          (3723.0, "Regulation, probably.")]


def test_screen_reader_text_that_is_no_field_name_stays() -> None:
    page = ("<p><b>Host:</b> Hello. <span class='sr-only'>Applause follows</span></p>"
            "<p><b>Elon Musk:</b> Hi.</p><p><b>Host:</b> Bye.</p><p><b>Elon Musk:</b> Bye now.</p>")
    turns = speakers_turns(page)
    assert turns[0][2] == "Hello. Applause follows"


_CUES = [(4.0, "0:04", ">> KATE: Welcome Elon Musk."), (6.0, "0:06", "[APPLAUSE]"),
         (15.0, "0:15", ">> ELON MUSK: Thank you. Thanks, Kate, it is a full room."),
         (27.0, "0:27", ">> KATE: Where's the ceiling for storage, do you think?"),
         (40.0, "0:40", ">> ELON MUSK: There is none for a while, the grid needs much more."),
         (90.0, "1:30", ">> KATE: Elon Musk, everybody."), (92.0, "1:32", "[APPLAUSE]"),
         (94.0, "1:34", ">> ELON MUSK: Thank you.")]


def test_a_copy_that_keeps_the_stage_directions_inside_turns_is_still_a_copy() -> None:
    panel = "<div class='transcript'>" + "".join(
        f"<div class='cue' data-start='{t}'><div class='t'>{shown}</div><div>{text}</div></div>"
        for t, shown, text in _CUES) + "</div>"
    copy = ("<section><h2>Video transcript</h2>"
            "<p>KATE: Welcome Elon Musk. [APPLAUSE]</p>"
            "<p>ELON MUSK: Thank you. Thanks, Kate, it is a full room.</p>"
            "<p>KATE: Where's the ceiling for storage, do you think?</p>"
            "<p>ELON MUSK: There is none for a while, the grid needs much more.</p>"
            "<p>KATE: Elon Musk, everybody. [APPLAUSE]</p><p>ELON MUSK: Thank you.</p></section>")
    assert [start for start, _ in _his(panel + copy)] == [15.0, 40.0, 94.0]


def test_short_replies_said_again_without_a_copy_stay_turns() -> None:
    lines = [("Host", "Welcome."), ("Elon Musk", "Thank you."), ("Host", "One more?"),
             ("Elon Musk", "Thank you."), ("Host", "Bye."), ("Elon Musk", "Thank you.")]
    page = "".join(f"<p><b>{who}:</b> {text}</p>" for who, text in lines)
    assert [text for _, text in _his(page)] == ["Thank you."] * 3


def _headed(clip: str) -> str:
    heads = [("Rosa Delgado", 12, "Welcome both."), ("Elon", 24, "Thanks for having us."),
             ("Kimbal", 40, "Glad to be here."), ("Rosa", 122, "Here is a clip from 2009."),
             (clip, 130, "I think there is a good chance we fail."),
             ("Rosa", 144, "Remember that?"), ("Elon", 147, "Vaguely.")]
    return "<p>Rosa Delgado talks with Elon Musk and Kimbal Musk.</p>" + "".join(
        f"<h3 class='speaker'>{who}</h3><p><a href='#t={t}'>{t // 60:02d}:{t % 60:02d}</a> "
        f"{text}</p>" for who, t, text in heads)


def test_a_heading_for_a_played_clip_of_him_is_his_turn() -> None:
    assert _his(_headed("Archival clip: Elon Musk (2009)")) == [
        (24.0, "Thanks for having us."), (130.0, "I think there is a good chance we fail."),
        (147.0, "Vaguely.")]


def test_a_played_clip_of_another_musk_is_not_his() -> None:
    assert [t for t, _ in _his(_headed("Archival clip: Errol Musk (2009)"))] == [24.0, 147.0]


def _initials(first: str, pull: str = "") -> str:
    lines = [("JESS TRAN (00:45):", "Welcome to Hard Mode."),
             (first, "Thanks, Jess. Hard Mode is my default."),
             ("JT (01:10):", "Let's start with sleep."), ("EM (01:22):", "People shouldn't copy it."),
             ("JT (01:40):", "Huh."), ("EM (14:30):", "Restoring speech is next."),
             ("JT (15:01):", "Timeline?"), ("EM (15:05):", "Later this year.")]
    return (pull + "<p>Transcripts are generated by a service.</p>"
            + "".join(f"<p><strong>{who}</strong> {text}</p>" for who, text in lines if who))


def test_full_labels_on_the_first_turns_before_the_initials_are_turns() -> None:
    assert _his(_initials("ELON MUSK (01:02):"))[:2] == [
        (62.0, "Thanks, Jess. Hard Mode is my default."), (82.0, "People shouldn't copy it.")]


def test_a_full_label_in_a_pull_quote_above_the_transcript_is_not_taken() -> None:
    pull = "<blockquote><p><strong>ELON MUSK (01:02):</strong> Hard Mode is home.</p></blockquote>"
    assert _his(_initials("", pull))[0] == (82.0, "People shouldn't copy it.")


def _blocks(tail: str) -> str:
    turns = [("Dana", 0, "Welcome back."), ("Elon", 14, "Thanks for having me."),
             ("Dana", 24, "Factories?"), ("Elon", 38, "The factory is the product."),
             ("Dana", 3990, "Elon Musk, thank you."), ("Elon", 3994, "Thank you. This was fun.")]
    return "<p>Dana Reyes talks with Elon Musk.</p>" + "".join(
        f"<div class='line'><p><b>{who}</b> <a href='?t={t}'>({t // 3600:02d}:{t // 60 % 60:02d}:"
        f"{t % 60:02d})</a><br>{text}</p></div>" for who, t, text in turns) + tail


def test_timed_labels_with_their_words_below_are_no_participants_list() -> None:
    assert _his(_blocks(""))[-1] == (3994.0, "Thank you. This was fun.")


def test_a_participants_list_after_the_transcript_is_still_no_turn() -> None:
    roster = "<h3>Participants</h3><p><b>Dana</b></p><p><b>Elon</b></p>"
    assert _his(_blocks(roster))[-1] == (3994.0, "Thank you. This was fun.")


def _subtitles(name: str) -> str:
    rows = [("00:00:12,300", "妮娜（主持人）", "欢迎回到节目。", "Welcome back."),
            ("00:00:17,040", name, "很高兴来这里。", "Happy to be here."),
            ("00:00:19,600", "妮娜", "我们从脑机接口开始吧。", "Let's start with BCI."),
            ("00:03:12,480", "马斯克", "总体上非常好。", "Overall, really well."),
            ("00:03:21,915", "", "下一步是恢复视觉。", "Next is vision."),
            ("00:03:34,200", "妮娜", "你会自己植入吗？", "Would you get one?"),
            ("00:03:36,750", "马斯克", "也许吧。", "Maybe.")]
    return ("<p>本期字幕组翻译的是对埃隆·马斯克的专访。</p><table>"
            "<tr><th>时间轴</th><th>说话人</th><th>中文</th><th>English</th></tr>"
            + "".join(f"<tr><td>{t}</td><td>{who}</td><td>{zh}</td><td>{en}</td></tr>"
                      for t, who, zh, en in rows) + "</table>")


def test_a_speaker_cell_with_the_name_in_both_scripts_labels_his_row() -> None:
    assert [start for start, _ in _his(_subtitles("埃隆·马斯克 Elon Musk"))] == [17.0, 192.0, 216.0]
    assert _his(_subtitles("埃隆·马斯克 Elon Musk"))[0][1].startswith("很高兴来这里。")


def test_a_cell_with_a_name_and_lower_case_words_is_no_speaker() -> None:
    starts = [start for start, _ in _his(_subtitles("埃隆·马斯克 said hello"))]
    assert 17.0 not in starts
