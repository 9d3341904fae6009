"""Transcript page classes met on batches K and L (development data now): a forum thread in a
container a script hook names "reply", a speaker's name as a button in a section's header,
a Q&A whose answerer is labelled under some questions only, "Q:" questions beside a
takeaways box that labels him, a caller named Elon, a Chinese clip cue after the time,
labels in a list beside the transcript written as its turns are, and a Chinese transcript
printed twice, once with the English original.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns


def test_a_forum_thread_in_a_container_a_script_hook_names_reply_is_read() -> None:
    lines = "<br>".join([
        "[02:10] <b>Kai Mendez (host):</b> Welcome everyone, we have Elon here.",
        "[02:19] <b>Elon Musk:</b> Yeah, can you hear me?",
        "[02:21] <b>Kai:</b> Loud and clear.",
        "[02:24] <b>Elon:</b> Great. Quick overview of the satellites.",
        "[03:30] <b>Kai:</b> Thanks.",
        "[03:38] <b>Elon:</b> Thanks everyone."])
    page = ("<h1>Transcript of the Spaces</h1><div class='block-body js-replyNewMessageContainer'>"
            "<article class='message'><div class='message-userContent js-lbContainer'>"
            f"<div class='bbWrapper'>Typed this up:<br><br>{lines}</div></div></article>"
            "<article class='message'><div class='message-userContent'><div class='bbWrapper'>"
            "Great transcript!</div></div></article></div>")
    got = _his(page)
    assert [start for start, _ in got] == [139.0, 144.0, 218.0], got


def test_a_speakers_name_as_a_button_in_a_sections_header_is_the_label() -> None:
    turns = [("Priya Raman", 3, "Okay, we are recording."), ("Elon Musk", 14, "Loud and clear."),
             ("Priya Raman", 17, "What is the hardest part?"), ("Elon Musk", 29, "The hands.")]
    page = "<h1>Share</h1><section class='transcript'>" + "".join(
        f"<section class='utt'><header class='utt-head'><span class='avatar' aria-hidden='true'>"
        f"{''.join(w[0] for w in who.split())}</span><button class='spk-name'>{who}</button></header>"
        f"<p><a class='seg-ts' href='?t={s}'>00:{s:02d}</a> <span>{words}</span></p></section>"
        for who, s, words in turns) + "</section>"
    assert _his(page) == [(14.0, "Loud and clear."), (29.0, "The hands.")]


def test_a_qa_whose_answerer_is_labelled_under_some_questions_gives_him_the_plain_answers() -> None:
    page = ("<h1>Musk on the grid</h1><p>Few executives talk about the grid as often as Elon Musk.</p>"
            "<p><b>The Ledger: How much storage does the grid need?</b></p>"
            "<p><b>Musk:</b> A lot more than people think.</p><p>The cost curve keeps bending.</p>"
            "<p><b>The Ledger: Utilities say permits are the bottleneck. Are they?</b></p>"
            "<p>They are. The queue is years long.</p>"
            "<p><b>The Ledger: The new cell line is late. What went wrong?</b></p>"
            "<p><b>Musk:</b> The dry electrode process.</p><p>Advertisement</p>"
            "<p><b>The Ledger: Two more years?</b></p><p>Maybe less.</p>"
            "<p>A version of this interview appears in print on June 2.</p>")
    got = [text for _, text in _his(page)]
    assert got == ["A lot more than people think. The cost curve keeps bending.",
                   "They are. The queue is years long.", "The dry electrode process.",
                   "Maybe less."], got


def test_q_labels_beside_a_takeaways_box_that_labels_him_make_a_qa_of_plain_answers() -> None:
    page = ("<h1>Elon Musk on books</h1><p>Elon Musk is, by his own account, a reader.</p>"
            "<h3>Key takeaways</h3><ul><li>Musk: sleeping less “was a mistake.”</li>"
            "<li>Musk: AI is “a this-decade issue.”</li></ul>"
            "<p><b>Q: What were you reading at twelve?</b></p><p>Everything, really.</p>"
            "<p><b>Q: Do you read fiction now?</b></p><p>Not as much as I should.</p>"
            "<p><b>Q: How much sleep do you get?</b></p><p>About six hours.</p>")
    got = [text for _, text in _his(page)]
    assert got == ["Everything, really.", "Not as much as I should.", "About six hours."], got


def test_a_caller_named_elon_is_not_him_even_beside_a_chapter_that_names_him() -> None:
    page = ("<ul><li>00:00:31 — Elon Musk: “It’s a known bug.”</li></ul><h3>Transcript</h3>"
            "<p><b>Jo Amari</b> [00:00:09]</p><p>Welcome to the show.</p>"
            "<p><b>Sam Beck</b> [00:00:14]</p><p>Today: the Musk year.</p>"
            "<p><b>Jo</b> [00:01:09]</p><p>Let's take a call.</p>"
            "<p><b>Elon (caller, Tallinn)</b> [00:01:15]</p><p>Hi, thanks.</p>"
            "<p><b>Sam</b> [00:01:24]</p><p>An Elon calling about Elon.</p>"
            "<p><b>Elon</b> [00:01:28]</p><p>I get that a lot.</p>")
    turns = speakers_turns(page)
    assert len(turns) == 6 and not [t for t in turns if t[0] == "Elon Musk"], turns


def test_a_chinese_clip_cue_after_the_time_opens_his_turn() -> None:
    lines = [("00:03", "老周：大家好，欢迎收看。"), ("00:18", "老周：我们先看一段原声。"),
             ("00:23", "【原声】埃隆·马斯克：我们的目标是让每一辆车都能赚钱。"),
             ("00:36", "林博士：这个词大家听了很多年了。"),
             ("41:12", "【原声】马斯克：用筷子接住助推器，这是最难的事情之一。"),
             ("41:26", "林博士：确实了不起。")]
    page = "<h2>字幕</h2><ul class='subs'>" + "".join(
        f"<li data-time='1'><span class='t'>{t}</span>{words}</li>" for t, words in lines) + "</ul>"
    got = _his(page)
    assert [(start, text[:6]) for start, text in got] == [(23.0, "我们的目标是"), (2472.0, "用筷子接住助")], got


def test_a_list_of_timed_comments_written_as_the_turns_is_no_turn() -> None:
    comments = "".join(f"<li>({t}){who}：{words}</li>" for t, who, words in [
        ("00:25", "马斯克", "我们已经非常接近了（狗头）"), ("63:50", "马斯克", "竞争让大家更好")])
    subs = "".join(f"<li>({t}){who}：{words}</li>" for t, who, words in [
        ("00:03", "老周", "大家好。"), ("00:23", "马斯克", "我们的目标是让每一辆车都能赚钱。"),
        ("00:41", "林博士", "他至少说过七八次。"), ("63:46", "马斯克", "中国有非常多优秀的工程师。")])
    page = (f"<h1>视频</h1><ul class='danmaku'>{comments}</ul><h2>字幕</h2>"
            f"<ul class='subtitles'>{subs}</ul>")
    got = _his(page)
    assert [start for start, _ in got] == [23.0, 3826.0], got


def test_a_chinese_transcript_printed_again_with_the_english_original_counts_once() -> None:
    turns = [("主持人", 15, "所以，第一艘飞船什么时候去火星？", "So when does the first ship go?"),
             ("马斯克", 18, "如果一切顺利，下一个窗口。", "If things go well, the next window."),
             ("主持人", 43, "那载人呢？", "And crewed?"),
             ("马斯克", 61, "再下一个窗口吧。", "The window after, I'd guess."),
             ("主持人", 108, "这很难吧？", "That's hard, right?"),
             ("马斯克", 110, "对，非常难。", "Yeah, really hard.")]
    plain = "".join(f"<p>【{s // 60:02d}:{s % 60:02d}】{who}：{zh}</p>" for who, s, zh, _ in turns)
    cues = "".join(f"<div class='cue'><span class='t'>{s // 60}:{s % 60:02d}</span>"
                   f"<p>{who}：{zh}</p><p class='en'>{en}</p></div>" for who, s, zh, en in turns)
    page = f"<h2>文字版</h2>{plain}<h2>字幕</h2><div class='panel'>{cues}</div>"
    got = _his(page)
    assert [start for start, _ in got] == [18.0, 61.0, 110.0], got
