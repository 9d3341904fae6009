"""Transcript page classes met on batch R (development data once measured): an earnings
call's speaker line closed by its webcast link's time, a timed caption panel above an
untimed "Show full transcript as text" copy, a Chinese Q&A whose 答 is the one who "在沪答
记者问", and a newspaper Q&A whose bold label and bold question are two runs, whose
answerer is the one the outlet "spoke with", with an aide's labelled interjection.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns


def test_an_earnings_call_speaker_line_closed_by_its_time_link() -> None:
    link = "<a class='ts' href='https://events.example/play?t={0}'>{1}</a>"
    rows = [("Operator", "", "", "", "Welcome to the call."),
            ("Ana Ruiz", "Head of Investor Relations", "31", "0:31", "Over to Elon."),
            ("Elon Musk", "Chief Executive Officer", "58", "0:58", "Thanks, Ana. A good quarter."),
            ("Tom Lee", "Firm -- Analyst", "1234", "20:34", "What about the robot?"),
            ("Elon Musk", "Chief Executive Officer", "1262", "21:02", "On track.")]
    page = "".join(
        f"<p><strong>{who}</strong>" + (f" -- <em>{role}</em> {link.format(t, shown)}" if role else "")
        + f"</p><p>{text}</p>" for who, role, t, shown, text in rows)
    assert _his(page) == [(58.0, "Thanks, Ana. A good quarter."), (1262.0, "On track.")]


def test_a_timed_caption_panel_above_an_untimed_copy_keeps_its_times() -> None:
    cues = [(0, ">> DANA ROSS: Welcome, everyone."), (4, "My guest is Elon Musk."),
            (10, ">> ELON MUSK: Thanks, Dana."), (13, "Great to be here."),
            (19, ">> DANA: What has to happen first?"), (27, ">> ELON: Refilling in orbit."),
            (40, ">> DANA: Thanks."), (42, ">> ELON: Thank you.")]
    panel = "".join(f"<div class='segment'><a href='#t={t}s'>0:{t:02d}</a>"
                    f"<span class='segment-text'>{text}</span></div>" for t, text in cues)
    copy = ("<p>DANA ROSS: Welcome, everyone. My guest is Elon Musk.</p>"
            "<p>ELON MUSK: Thanks, Dana. Great to be here.</p><p>DANA: What has to happen first?</p>"
            "<p>ELON: Refilling in orbit.</p><p>DANA: Thanks.</p><p>ELON: Thank you.</p>")
    page = (f"<h2>Transcript</h2><div class='panel'>{panel}</div>"
            f"<details><summary>Show full transcript as text</summary>{copy}</details>")
    assert [start for start, _ in _his(page)] == [10.0, 27.0, 42.0]


def test_the_one_who_answers_reporters_questions_is_the_answerer() -> None:
    exchanges = [("这次来上海最想看什么？", "主要是来看看工厂和供应商。"),
                 ("中国车企竞争激烈，您怎么看？", "竞争非常激烈，这对消费者是好事。"),
                 ("还会继续降价吗？", "这取决于成本。"),
                 ("谢谢您。", "谢谢！")]
    body = "".join(f"<p><strong>问：</strong>{q}</p><p><strong>答：</strong>{a}</p>"
                   for q, a in exchanges)
    page = (f"<h1>独家｜马斯克在沪答记者问：竞争对消费者是好事</h1><p>记者 宋佳</p>{body}")
    assert [text for _, text in _his(page)] == [a for _, a in exchanges]


def test_a_qa_with_bold_label_and_question_runs_and_an_aides_interjection() -> None:
    qa = [("You talk about robots more than cars now. Why?", ["It is not really a shift.",
                                                               "The car business is the core."]),
          ("Do you stand by the twenty-year forecast?", ["The direction, not the number."]),
          ("Do you worry about jobs?", ["Of course."]),
          ("Do you still answer your own email?", ["Mostly, yes."])]
    body = ""
    for n, (q, answer) in enumerate(qa):
        body += f"<p><strong>The Ledger:</strong> <strong>{q}</strong></p>"
        body += "".join(f"<p>{a}</p>" for a in answer)
        if n == 2:
            body += ("<p><strong>Wendell Ames:</strong> Sorry to jump in, five minutes left.</p>"
                     "<p><strong>Musk:</strong> We can do a couple more.</p>")
    page = ("<p>Few executives are as talkative as Elon Musk, who runs Tesla and SpaceX.</p>"
            "<p>The Ledger spoke with Mr. Musk by video last week. His answers follow the "
            f"questions below.</p>{body}")
    turns = speakers_turns(page)
    assert [t for who, _, t in turns if who == "Elon Musk"] == [
        "It is not really a shift. The car business is the core.",
        "The direction, not the number.", "Of course.", "We can do a couple more.", "Mostly, yes."]
    assert ("Wendell Ames", "Sorry to jump in, five minutes left.") in {(w, t) for w, _, t in turns}
