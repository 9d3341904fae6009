"""Transcript page classes met on batches W and X (development data once measured): a
deposition's numbered pages whose "A." answers are the witness's, named only at the top;
a bilingual table whose speaker cell gives the Chinese name over a one-word English one;
answers whose video time is printed after their words ("〔影片 01:48〕", "▶ Watch at
01:12"), labelled or plain; a table labelled "Elon Musk" first and "EM" after, with a
plain-text copy that writes "ELON MUSK"; and a hearing record whose "Mr. MUSK." labels
follow each turn's video time. Each with a page where the convention is absent.

Small pages of our own, one per class; as in ``test_transcript_round16``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns

# --- a deposition's numbered pages ---------------------------------------------------------

_EXAM = ["Q.   Please state your name for the record.", "A.   {name}.",
         "Q.   Where do you work?", "A.   At the launch site, mostly in", "     Texas.",
         "MR. REYES:  Objection. Form.", "THE WITNESS:  I can answer that.",
         "Q.   Go ahead.", "A.   We build rockets."]
_HIS_ANSWERS = ["Elon Musk.", "At the launch site, mostly in Texas.", "I can answer that.",
                "We build rockets."]


def _court_page(lines: list[str]) -> str:
    return "<pre>" + "\n".join(f"{n:>2}     {t}" for n, t in enumerate(lines, 1)) + "</pre>"


def _deposition(top: list[str], caption: str = "", name: str = "Elon Musk") -> str:
    exam = [line.format(name=name) for line in _EXAM]
    return ("<article><p>The excerpts below were filed on Tuesday in a supplier dispute.</p>"
            f"<div class='caption'>{caption}</div>{_court_page(top + exam)}</article>")


def test_a_deposition_witness_called_and_sworn_at_the_top_answers_the_a_lines() -> None:
    top = ["ELON MUSK,", "called as a witness by the Defendant, having been",
           "first duly sworn, was examined and testified as follows:", "EXAMINATION",
           "BY MR. REYES:"]
    assert _his(_deposition(top)) == [(0.0, text) for text in _HIS_ANSWERS]


def test_a_depositions_title_names_the_witness_though_an_index_repeats_his_name() -> None:
    # "DEPOSITION OF ELON MUSK" is a heading, not a speaker's label written once.
    caption = "VIDEOTAPED DEPOSITION OF ELON MUSK\nTaken in Austin, Texas\n\nWITNESS\nELON MUSK\n"
    assert _his(_deposition(["EXAMINATION", "BY MR. REYES:"], caption)) == [
        (0.0, text) for text in _HIS_ANSWERS]


def test_a_deposition_of_someone_else_gives_him_no_answers() -> None:
    top = ["JANE ROE,", "called as a witness by the Plaintiff, having been",
           "first duly sworn, was examined and testified as follows:", "EXAMINATION",
           "BY MR. REYES:"]
    page = _deposition(top, name="Jane Roe").replace(
        "in a supplier dispute.", "in a supplier dispute over Elon Musk's e-mails.")
    assert _his(page) == []
    # Nobody named as the witness: the answers stay the "A" label's.
    assert _his(_deposition(["EXAMINATION", "BY MR. REYES:", "", ""])) == []


def _two_pages(between: str) -> str:
    first = ["ELON MUSK,", "having been first duly sworn, testified as follows:", *[
        line.format(name="Elon Musk") for line in _EXAM]]
    second = ["Q.   Anything else?", "A.   No, that is all.", "MR. REYES:  Thank you.",
              "THE VIDEOGRAPHER:  Off the record.", "", "", "", ""]
    return (f"<article><p>Excerpts.</p><div class='page'>{_court_page(first)}"
            f"<div class='foot'>{between}</div>{_court_page(second)}</div></article>")


def test_the_footer_and_header_between_two_court_pages_are_no_ones_words() -> None:
    page = _two_pages("Ridgeline Court Reporting · (555) 010-0148<br>Page 12 ELON MUSK — 3/4/2025")
    assert [t for _, t in _his(page)][-2:] == ["We build rockets.", "No, that is all."]


def test_a_long_note_between_two_court_pages_stays_in_the_text() -> None:
    note = ("Editor's note: pages 13 through 40 of the transcript were not filed with the "
            "court and are not reproduced here.")
    assert [t for _, t in _his(_two_pages(note))][-2] == f"We build rockets. {note}"


# --- a bilingual table, the Chinese name over the English one ------------------------------

def _bilingual(his_english: str) -> str:
    rows = [("00:00:05", "温蒂", "Wendy", "欢迎收听。", "Welcome to the show."),
            ("00:00:09", "马斯克", his_english, "谢谢邀请。", "Thanks for having me."),
            ("00:00:40", "", "", "很高兴来。", "Glad to be here."),
            ("00:01:02", "温蒂", "Wendy", "为什么造火箭？", "Why build rockets?"),
            ("00:01:10", "马斯克", his_english, "因为要去火星。", "Because of Mars."),
            ("00:02:00", "温蒂", "Wendy", "最后一个问题？", "Last question?"),
            ("00:02:05", "马斯克", his_english, "多去现场。", "Go to the factory floor.")]
    body = "".join(
        f"<tr><td>{t}</td><td>{zh}{'<br><span>' + en + '</span>' if en else ''}</td>"
        f"<td>{words_zh}</td><td>{words_en}</td></tr>" for t, zh, en, words_zh, words_en in rows)
    return ("<article><p>访谈全文，中英对照。</p><table><thead><tr><th>时间</th><th>发言人</th>"
            f"<th>中文</th><th>English</th></tr></thead><tbody>{body}</tbody></table></article>")


def test_a_speaker_cell_with_his_chinese_name_over_a_one_word_english_one_is_his() -> None:
    assert _his(_bilingual("Musk")) == [
        (9.0, "谢谢邀请。 Thanks for having me. 很高兴来。 Glad to be here."),
        (70.0, "因为要去火星。 Because of Mars."), (125.0, "多去现场。 Go to the factory floor.")]


def test_a_speaker_cell_whose_english_names_someone_else_is_not_his() -> None:
    # "马斯克 Kimbal": the surname they share, the English saying it is his brother.
    turns = speakers_turns(_bilingual("Kimbal"))
    assert not [t for who, _, t in turns if who == "Elon Musk"]
    assert {who for who, _, _ in turns} == {"温蒂 Wendy", "马斯克 Kimbal"}


# --- a time printed after the answer's words ------------------------------------------------

_ZH_QA = [("台灣的供應鏈扮演什麼角色？", ["供應商非常關鍵。", "很多零件來自台灣。"], "01:48"),
          ("工廠本身就是產品嗎？", ["絕對是，比以前更重要。"], "04:05"),
          ("真的嗎？", ["對。"], None),
          ("AI 需要監管嗎？", ["需要某種監督。"], "09:12")]


def _zh_qa(shape: str = "〔影片 {t}〕", times: int = 4, opening: str = "") -> str:
    parts = [f"<p>本刊專訪伊隆·馬斯克（Elon Musk）。每則回答後附影片時間。</p>{opening}"]
    for n, (q, answer, t) in enumerate(_ZH_QA):
        paras = [f"<strong>馬斯克：</strong>{answer[0]}", *answer[1:]]
        if t and n < times:
            paras[-1] += f' <a class="vt" href="#video">{shape.format(t=t)}</a>'
        parts.append(f"<p><strong>問：</strong>{q}</p>" + "".join(f"<p>{p}</p>" for p in paras))
    return "<article>" + "".join(parts) + "</article>"


def test_a_worded_video_time_after_each_answer_is_the_answers_start() -> None:
    assert _his(_zh_qa()) == [(108.0, "供應商非常關鍵。 很多零件來自台灣。"),
                              (245.0, "絕對是，比以前更重要。"),
                              (245.0, "對。"),  # no time of its own: the one before
                              (552.0, "需要某種監督。")]


def test_an_english_worded_time_in_square_brackets_reads_alike() -> None:
    assert [s for s, _ in _his(_zh_qa("[Video: {t}]"))] == [108.0, 245.0, 245.0, 552.0]


def test_a_worded_time_on_two_answers_only_moves_no_start() -> None:
    turns = _his(_zh_qa(times=2))
    assert [s for s, _ in turns] == [0.0, 0.0, 0.0, 0.0]
    assert turns[0][1].endswith("〔影片 01:48〕")  # words as printed


def test_a_worded_time_that_also_opens_a_line_is_not_printed_after_the_answers() -> None:
    opening = "<p>〔影片 00:10〕 主持人開場介紹。</p>"
    assert [s for s, _ in _his(_zh_qa(opening=opening))] == [0.0, 0.0, 0.0, 0.0]


_EN_QA = [("You still spend most of your time on the factory floor?",
           ["Mostly, yes. You go where the thing is built.", "The end of the line shows every problem."],
           "01:12"),
          ("What does a good day look like?", ["One where we fixed something that was stuck."], None),
          ("And a bad day?", ["When something blows up that should not have."], "04:30"),
          ("Will you ever slow down?", ["Probably not."], "14:05")]


def _magazine(timed: tuple[int, ...] = (0, 2, 3), where: str = "after") -> str:
    parts = ["<p>Elon Musk agreed to talk with The Ledger while walking the production tents. "
             "Questions are in bold; Musk’s answers follow each question.</p>"]
    for n, (q, answer, t) in enumerate(_EN_QA):
        paras = list(answer)
        link = f'<a class="watch-at" href="#video" data-t="1">&#9654; Watch at {t}</a>'
        if t and n in timed:
            if where == "after":
                paras[-1] += " " + link
            elif where == "before":
                paras[0] = f'<a href="#video">({t})</a> ' + paras[0]
            else:  # at the end of the answer's first paragraph, more words below
                paras[0] += " " + link
        parts.append(f"<p><strong>The Ledger: {q}</strong></p>" + "".join(f"<p>{p}</p>" for p in paras))
    return "<article>" + "".join(parts) + "</article>"


def test_a_watch_link_after_a_plain_answer_is_its_start() -> None:
    assert _his(_magazine()) == [
        (72.0, "Mostly, yes. You go where the thing is built. The end of the line shows every problem."),
        (72.0, "One where we fixed something that was stuck."),
        (270.0, "When something blows up that should not have."), (845.0, "Probably not.")]


def test_one_answer_with_a_time_after_it_is_no_convention() -> None:
    assert [s for s, _ in _his(_magazine(timed=(3,)))] == [0.0, 0.0, 0.0, 0.0]


def test_times_before_the_answers_or_inside_them_are_not_times_after_them() -> None:
    assert [s for s, _ in _his(_magazine(where="before"))] == [0.0, 0.0, 0.0, 0.0]
    # The first answer's time ends its first paragraph, not the answer: no convention.
    assert [s for s, _ in _his(_magazine(where="inside"))] == [0.0, 0.0, 0.0, 0.0]


# --- a table labelled in full first, then by initials, with a plain-text copy --------------

def _table_with_copy(other: str = "Tomasz Nowak") -> str:
    rows = [("00:00:04.120", "Jules Ferreira", "Welcome. Our guest today is Elon Musk."),
            ("00:00:19.870", "Elon Musk", "Thanks. I think about design a lot."),
            ("00:00:26.340", other, "Where did the shape come from?"),
            ("00:00:35.500", "EM", "It came from the material."),
            ("00:00:52.910", "", "So you end up with flat planes."),
            ("", "JF", "That's fine?"),
            ("", "EM", "Yeah. If everyone likes something, it's boring."),
            ("00:14:18.600", "EM", "Every part has to justify its existence.")]
    table = "".join(f"<tr><td>{t}</td><td>{who}</td><td>{words}</td></tr>" for t, who, words in rows)
    full = {"JF": "Jules Ferreira", "EM": "Elon Musk", "": ""}
    copy, who_before = [], ""
    for t, who, words in rows:
        name = full.get(who, who).upper() or who_before
        if not who and copy:
            copy[-1] += f" {words}"
            continue
        copy.append((f"[{t[:8]}] " if t else "") + f"{name}: {words}")
        who_before = name
    return ("<article><h2>Transcript</h2><table><thead><tr><th>Time</th><th>Speaker</th>"
            f"<th>Text</th></tr></thead><tbody>{table}</tbody></table>"
            "<details><summary>Plain-text transcript</summary><pre>" + "\n\n".join(copy)
            + "</pre></details></article>")


def test_initials_of_a_name_the_page_writes_two_ways_are_his_each_turn_once() -> None:
    assert _his(_table_with_copy()) == [
        (19.0, "Thanks. I think about design a lot."),
        (35.0, "It came from the material. So you end up with flat planes."),
        (35.0, "Yeah. If everyone likes something, it's boring."),
        (858.0, "Every part has to justify its existence.")]


def test_initials_that_spell_two_people_are_nobodys_for_sure() -> None:
    # "EM" is Elon Musk's initials and Erin Marsh's: the full-name turn only.
    turns = _his(_table_with_copy(other="Erin Marsh"))
    assert turns[0] == (19.0, "Thanks. I think about design a lot.")
    assert "It came from the material." not in " ".join(t for _, t in turns[:2])


# --- a hearing record's labels after each turn's video time --------------------------------

def _hearing(turns: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<p><a class="vid" href="#t={t}">[{t}]</a> <span class="speaker">{who}</span> '
                   f"{words}</p>" for t, who, words in turns)
    return ("<main><h1>The Commercial Future of Low Earth Orbit</h1><h2>Unofficial transcript</h2>"
            f"{body}<p>[Whereupon, at 11:43 a.m., the hearing was adjourned.]</p></main>")


_HEARING = [("4:32", "The CHAIRMAN.", "The subcommittee will come to order. Mr. Musk?"),
            ("4:50", "Mr. MUSK.", "Thank you, Mr. Chairman."),
            ("20:34", "Senator HALVORSEN.", "Do you still hold that view?"),
            ("21:04", "Mr. MUSK.", "Yes."),
            ("102:40", "The CHAIRMAN.", "One final question. Will you share the data?"),
            ("102:46", "Mr. MUSK.", "Absolutely. We'd be happy to."),
            ("102:50", "The CHAIRMAN.", "This hearing is adjourned.")]


def test_hearing_labels_after_each_turns_video_time_past_a_hundred_minutes() -> None:
    assert _his(_hearing(_HEARING)) == [(290.0, "Thank you, Mr. Chairman."), (1264.0, "Yes."),
                                        (6166.0, "Absolutely. We'd be happy to.")]


def test_a_name_in_a_timed_sentence_is_no_hearing_label() -> None:
    page = "<main>" + "".join(
        f'<p><a href="#t">[{t}]</a> {words}</p>' for t, words in [
            ("0:05", "Mr. Musk arrived at the hearing room early."),
            ("1:10", "Mr. Musk said the launch went well."),
            ("2:20", "The Chairman asked about debris."),
            ("3:30", "Mr. Musk answered briefly."),
            ("4:40", "Senators left at noon."),
            ("5:50", "The record stays open.")]) + "</main>"
    assert _his(page) == []
    assert [s for _, s, _ in speakers_turns(page)][:2] == [5.0, 70.0]
