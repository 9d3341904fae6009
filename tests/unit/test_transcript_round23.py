"""Transcript page classes met on batch AD (development data once measured):

* a turn and its translation each under the speaker's own label, nobody between
  ("马斯克：……" then the English original "Musk: …" below it, untimed): one turn;
* a Q&A whose first exchanges are labelled ("Herald: …?" / "Musk: …") and whose later
  questions are bold paragraphs without a label, the answers plain below them.

Small pages of our own, each with a page where the convention is absent.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his

_PAIRS = [("00:01:05", "主持人", "你怎么看中国的电网？", "Host", "How do you see China's grid?"),
          ("00:01:12", "马斯克", "中国的电网建设速度惊人。", "Musk", "China's grid build-out is astonishing."),
          ("00:02:40", "主持人", "美国能追上吗？", "Host", "Can America catch up?"),
          ("00:02:47", "马斯克", "可以，但需要改革审批。", "Musk", "Yes, but permitting has to change.")]


def _bilingual(pairs: list[tuple[str, str, str, str, str]], *, timed_english: bool = False) -> str:
    out = []
    for stamp, zh_label, zh, en_label, en in pairs:
        en_time = f"【{stamp}】" if timed_english else ""
        out.append(f"<section><p class='t'>【{stamp}】</p><p><strong>{zh_label}：</strong>{zh}</p>"
                   f"<p class='en'>{en_time}<strong>{en_label}:</strong> {en}</p></section>")
    return "<article><h1>对话马斯克</h1>" + "".join(out) + "</article>"


def test_the_english_original_under_its_own_label_is_the_same_turn() -> None:
    assert _his(_bilingual(_PAIRS)) == [
        (72.0, "中国的电网建设速度惊人。\nChina's grid build-out is astonishing."),
        (167.0, "可以，但需要改革审批。\nYes, but permitting has to change.")]


def test_two_of_his_turns_in_one_language_stay_two() -> None:
    body = ("<p>[00:01:00] Host: Two questions.</p>"
            "<p>[00:01:05] Elon Musk: First answer about rockets.</p>"
            "<p>[00:01:30] Elon Musk: Second answer, after a cut.</p>"
            "<p>[00:02:00] Host: Thanks.</p><p>[00:02:10] Elon Musk: Bye.</p>")
    assert [t for t, _ in _his(body)] == [65.0, 90.0, 130.0]


def _qa(labelled: int) -> str:
    exchanges = [("Where does the number come from?", "It is an order-of-magnitude argument."),
                 ("Utilities say they cannot build lines that fast.", "They are right, storage matters."),
                 ("Is manufacturing still the key?", "Mostly, yes. The line speed matters most."),
                 ("Where does lithium stand?", "Lithium is not rare. Refining is the bottleneck."),
                 ("Would you recommend your schedule?", "No."),
                 ("What are you wrong about?", "Timelines, historically.")]
    out = ["<p>Elon Musk spoke to the Courier by video. The Courier's questions are in bold; "
           "answers are Mr. Musk's.</p>"]
    for n, (q, a) in enumerate(exchanges):
        if n < labelled:
            out.append(f"<p><strong>Courier: {q}</strong></p><p><strong>Musk:</strong> {a}</p>")
        else:
            out.append(f"<p><strong>{q}</strong></p><p>{a}</p>")
    return "<article><h1>The Sunday interview</h1>" + "".join(out) + "</article>"


def test_labelled_first_exchanges_then_bold_questions_and_plain_answers() -> None:
    assert [text for _, text in _his(_qa(2))] == [
        "It is an order-of-magnitude argument.", "They are right, storage matters.",
        "Mostly, yes. The line speed matters most.",
        "Lithium is not rare. Refining is the bottleneck.", "No.", "Timelines, historically."]


def test_every_exchange_labelled_reads_as_before() -> None:
    assert [text for _, text in _his(_qa(6))][:2] == [
        "It is an order-of-magnitude argument.", "They are right, storage matters."]
    assert len(_his(_qa(6))) == 6
