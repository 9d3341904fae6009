"""Transcript page classes met on batch Q (development data once measured): an initial and a
surname telling two of a family apart ("E. MUSK", "M. MUSK"), a player's jump link after a
turn ("▶ Play from 1:35", on its own line before the heading or at the end of the
paragraph) as its time, tortoise-shell brackets around a time
("〔00:14〕"), and Chinese lines with a Latin acronym in them ("AI") kept as words.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns


def test_an_initial_and_a_surname_is_the_one_family_member_it_spells() -> None:
    page = ("<div class='tr'><p>ANA ROSS, ANCHOR: Good evening. Elon Musk joins us.<br><br>"
            "MAYE MUSK, HIS MOTHER: He was always reading.<br><br>"
            "ROSS: And with us now, Elon Musk.<br><br>"
            "ELON MUSK, CEO: Thanks for having me.<br><br>"
            "ROSS: When is the next flight?<br><br>E. MUSK: In about three weeks.<br><br>"
            "ROSS: Your mother says you never rest.<br><br>M. MUSK: He never does.<br><br>"
            "E. MUSK: That is true.</p></div>")
    turns = speakers_turns(page)
    assert [t for who, _, t in turns if who == "Elon Musk"] == [
        "Thanks for having me.", "In about three weeks.", "That is true."]
    assert ("MAYE MUSK", "He never does.") in {(who.upper(), t) for who, _, t in turns}


def test_a_jump_link_line_before_a_speaker_heading_is_that_turns_time() -> None:
    rows = [("Operator", "Welcome to the call.", "0:00"),
            ("Elon Musk -- Chief Executive Officer", "Thanks. A good quarter.", "1:35"),
            ("Ana Ruiz -- Analyst", "What about the robot?", "18:25"),
            ("Elon Musk", "On track.", "18:38"),
            ("Ana Ruiz", "Thanks.", "19:50")]
    page = "<h2>Prepared Remarks</h2>" + "".join(
        f"<p><a data-seek='1'>▶ Play from {t}</a></p><p><strong>{who}</strong></p><p>{text}</p>"
        for who, text, t in rows)
    assert _his(page) == [(95.0, "Thanks. A good quarter."), (1118.0, "On track.")]


def test_a_jump_link_at_the_end_of_the_turns_paragraph_is_its_time() -> None:
    rows = [("Host", "Welcome.", "0:05"), ("Elon Musk", "Glad to be here.", "0:12"),
            ("Host", "Next question.", "2:40"), ("Elon Musk", "Yes.", "2:44")]
    page = "".join(f"<p><b>{who}</b></p><p>{text} <a href='#'>▶ Play from {t}</a></p>"
                   for who, text, t in rows)
    assert [start for start, _ in _his(page)] == [12.0, 164.0]


def test_a_time_in_tortoise_shell_brackets_after_the_words() -> None:
    page = ("<h2>答問全文</h2>"
            "<p><strong>埃隆·馬斯克</strong>：大家好，很高興參加。〔00:14〕</p>"
            "<p><strong>陳嘉欣</strong>：你怎樣看香港？〔00:22〕</p>"
            "<p><strong>馬斯克</strong>：香港有很好的大學。</p><p>機械人是機遇。〔00:29〕</p>"
            "<p><strong>陳嘉欣</strong>：多謝。〔19:02〕</p>"
            "<p><strong>馬斯克</strong>：多謝。〔19:05〕</p>")
    assert [start for start, _ in _his(page)] == [14.0, 29.0, 1145.0]


def test_a_chinese_line_with_a_latin_acronym_is_words_not_a_heading() -> None:
    page = ("<h2>逐字稿</h2><h3>阿凱 [58:50]</h3><p>第一個問題：你怎麼看台灣在 AI 時代的角色？</p>"
            "<h3>馬斯克 [59:02]</h3><p>台灣的半導體製造是世界級的，最先進的 AI 晶片都要經過台灣。</p>"
            "<h3>阿凱 [1:04:50]</h3><p>那 Dojo 呢？</p><h3>馬斯克 [1:04:58]</h3><p>還在進行中。</p>")
    assert [text for _, text in _his(page)] == [
        "台灣的半導體製造是世界級的，最先進的 AI 晶片都要經過台灣。", "還在進行中。"]
