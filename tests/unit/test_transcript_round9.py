"""Transcript page classes met on batch M (development data now): a shared surname after a
headline that opens with it, a guest whose English name is Elon on a Chinese page, a
self-post inside a form with a legend of its labels, bold questions whose answerer the page
names only as its subject or as "Mr. Musk's" answers, and a two-column translation table
whose label and time stand inside the Chinese cell.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his


def test_a_headline_opening_with_the_surname_is_no_first_use_of_the_label() -> None:
    page = ("<h2>Musk on robotaxi crashes</h2><div class='body'><p>"
            "LAUREN CASTELLANOS, CNX HOST: Good evening.<br><br>"
            "ELON MUSK, CEO, TESLA (on tape): We are not going to hide.<br><br>"
            "CASTELLANOS: His brother, Kimbal Musk, put it plainly.<br><br>"
            "KIMBAL MUSK, BOARD MEMBER: He takes this personally.<br><br>"
            "CASTELLANOS: And joining me now from Austin, Elon Musk.<br><br>"
            "MUSK: Thanks for having me.<br><br>CASTELLANOS: Will you pause?<br><br>"
            "MUSK: No.</p></div>")
    got = [text for _, text in _his(page)]
    assert got == ["We are not going to hide.", "Thanks for having me.", "No."], got


def test_a_guest_whose_english_name_is_elon_is_not_him() -> None:
    page = ("<h2>文字稿</h2>"
            "<p>[00:00:06] 阿杰：欢迎收听，我是阿杰。</p>"
            "<p>[00:00:17] Elon：大家好，我叫张一龙，英文名Elon。我不是那个Elon。</p>"
            "<p>[00:00:31] 阿杰：所以今天的Elon都是一龙，不是马斯克。</p>"
            "<p>[00:01:35] 阿杰：马斯克说过：“质疑每一个需求。”</p>"
            "<p>[00:02:22] Elon：我最有感触的是第二步。</p>")
    assert _his(page) == []


def test_a_self_post_in_a_form_with_a_legend_of_its_labels_is_read() -> None:
    body = ("<p>Typed this up from the replay. Times are where each turn starts, give or take.</p>"
            "<p>Legend: EM = Elon, MV = Mario Vance (host).</p>"
            "<p><strong>MV:</strong> Welcome everybody, we have Elon on. (6:02)</p>"
            "<p><strong>EM:</strong> Thanks Mario. The ship is back in the high bay. (6:40)</p>"
            "<p><strong>MV:</strong> What is the real target for turnaround? (17:50)</p>"
            "<p><strong>EM:</strong> Three flights a day, eventually. (18:05)</p>"
            "<p><strong>MV:</strong> Next flight date? (72:20)</p>"
            "<p><strong>EM:</strong> About six weeks. (72:40)</p>")
    page = (f"<div class='thing link self'><form class='usertext'><div class='usertext-body'>"
            f"<div class='md'>{body}</div></div><textarea name='text'></textarea></form></div>")
    got = _his(page)
    assert [start for start, _ in got] == [400.0, 1085.0, 4360.0], got


def test_bold_questions_answered_by_the_articles_subject() -> None:
    page = ("<h1>Elon Musk Is Not Sure Anymore</h1><p>By Hollis Grant</p>"
            "<p>Elon Musk at a company facility. Photograph by Dara Lindqvist.</p>"
            "<p>For a man who posts hundreds of times a week, Elon Musk gives few interviews.</p>"
            "<p><b>What does a typical day look like?</b></p><p>Mostly I walk the line.</p>"
            "<p><b>How much of that is theater?</b></p><p>Less than people think.</p>"
            "<p><b>Do you regret anything?</b></p><p>Many things.</p>")
    assert [text for _, text in _his(page)] == ["Mostly I walk the line.", "Less than people think.",
                                                 "Many things."]


def test_answers_said_to_be_mr_musks_are_his() -> None:
    page = ("<h1>The Interview</h1><p>Questions are in bold; all answers are Mr. Musk’s.</p>"
            "<p><b>What does a typical day look like?</b></p><p>Mostly I walk the line.</p>"
            "<p><b>How much of that is theater?</b></p><p>Less than people think.</p>"
            "<p><b>Do you regret anything?</b></p><p>Many things.</p>")
    assert len(_his(page)) == 3


def test_a_translation_table_with_the_label_and_time_in_the_chinese_cell() -> None:
    def at(seconds: int) -> str:
        return f" <a class='play' href='?t={seconds}'>▶ {seconds // 60:02d}:{seconds % 60:02d}</a>"

    rows = [("記者：多謝你接受訪問。", "Reporter: Thank you for the interview."),
            ("馬斯克（Elon Musk）：多謝邀請。" + at(20), "Elon Musk: Thanks for having me."),
            ("記者：星鏈會否關掉？", "Reporter: Will Starlink be switched off?"),
            ("馬斯克：星鏈必須遵守當地法律。" + at(185), "Musk: Starlink must follow local law."),
            ("記者：中國車企呢？", "Reporter: And Chinese carmakers?"),
            ("馬斯克：中國車企是全世界最有競爭力的。" + at(1062), "Musk: They are the most competitive.")]
    page = ("<h2>中英對照</h2><table><tr><th>中文翻譯</th><th>English original</th></tr>"
            + "".join(f"<tr><td>{zh}</td><td>{en}</td></tr>" for zh, en in rows) + "</table>")
    got = _his(page)
    assert [start for start, _ in got] == [20.0, 185.0, 1062.0], got
    assert got[0][1].startswith("多謝邀請"), got


def test_a_name_labelled_once_is_a_speaker_when_a_legend_keys_it() -> None:
    page = ("<p>Legend: EM = Elon, MV = Mario Vance (host).</p>"
            "<p><strong>MV:</strong> Welcome, we have Elon on. (6:02)</p>"
            "<p><strong>Elon:</strong> Thanks Mario. The ship is back. (6:40)</p>"
            "<p><strong>MV:</strong> Turnaround target? (17:50)</p>"
            "<p><strong>EM:</strong> Three flights a day, eventually. (18:05)</p>"
            "<p><strong>MV:</strong> Next flight? (72:20)</p><p><strong>EM:</strong> Six weeks. (72:40)</p>")
    assert [start for start, _ in _his(page)] == [400.0, 1085.0, 4360.0]


def test_a_tables_header_row_is_nobodys_turn() -> None:
    from tests.unit.transcript_pages import speakers_turns

    rows = "".join(f"<tr><td>{t}</td><td>{who}</td><td>{words}</td></tr>" for t, who, words in [
        ("00:05", "Host", "Welcome."), ("00:09", "Elon Musk", "Thanks."),
        ("00:15", "Host", "Batteries?"), ("00:20", "Elon Musk", "Cheaper every year.")])
    page = f"<table><tr><th>Time</th><th>Speaker</th><th>Text</th></tr>{rows}</table>"
    assert [who for who, _, _ in speakers_turns(page)] == ["Host", "Elon Musk", "Host", "Elon Musk"]


# Round 10 (batch N, development data).

def test_an_interviewers_initials_after_the_full_name_ask_and_the_plain_answers_are_his() -> None:
    page = ("<h1>A conversation with Elon Musk</h1><p>Marisol Vance · Free post</p>"
            "<p><b>Marisol Vance:</b> Why agree to this interview?</p><p>Because you asked nicely.</p>"
            "<p><b>MV:</b> Which conclusion was wrong?</p><p>That the clusters are a vanity project.</p>"
            "<p><b>MV:</b> And the risks of AI?</p><p><b>Musk:</b> I'd rather have a seat at the table.</p>"
            "<p><b>MV:</b> Do regulators understand any of this?</p><p>Some do.</p>"
            "<p><b>MV:</b> Are you happy?</p><p><b>Musk:</b> Sometimes.</p>")
    assert [text for _, text in _his(page)] == [
        "Because you asked nicely.", "That the clusters are a vanity project.",
        "I'd rather have a seat at the table.", "Some do.", "Sometimes."]


def test_a_chinese_label_with_a_role_before_the_name() -> None:
    page = ("<h2>訪談全文</h2>"
            "<p>(47:50) 主持人 吳怡君：歡迎回到節目。</p><p>(48:06) 馬斯克：謝謝邀請。</p>"
            "<p>(48:24) 主持人 吳怡君：晶片還是新的石油嗎？</p><p>(48:31) 馬斯克：是的，甚至更明顯了。</p>"
            "<p>(1:03:15) 主持人 吳怡君：謝謝馬斯克。</p>")
    assert [start for start, _ in _his(page)] == [2886.0, 2911.0]


def test_a_committee_tables_speaker_cell_with_a_long_role() -> None:
    rows = [("00:12:22", "The Chair (Ms. Gwen Aldous)", "Order. We resume with our second panel."),
            ("00:12:48", "Mr. Elon Musk (Chief Executive Officer, Space Exploration Technologies Corp.)",
             "Thank you, Madam Chair."),
            ("00:15:15", "Mr. Luc Paquette (Beauce-Nord, CPC)", "How many subscribers?"),
            ("00:15:27", "Mr. Musk", "A very small number."),
            ("00:15:51", "Mr. Luc Paquette", "Will you table that figure?"), ("00:15:55", "Mr. Musk", "Yes.")]
    page = "<h2>Evidence</h2><table>" + "".join(
        f"<tr><td><a href='#t={t}'>{t}</a></td><td>{who}</td><td>{words}</td></tr>"
        for t, who, words in rows) + "</table>"
    assert [start for start, _ in _his(page)] == [768.0, 927.0, 955.0]
