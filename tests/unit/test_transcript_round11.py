"""Transcript page classes met on batches O and P (development data once measured): speaker
headings of one level with and without a time link, a reply quoting a turn back under a
pasted transcript, a bare surname shared with a relative when the page speaks of him by
surname first, a speaker heading with its role and time on the line below (an earnings
call's way), and a trailing "Name: “…”" quotation in a reply.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his


def test_speaker_headings_with_and_without_a_time_link_are_one_form() -> None:
    link = "<a class='ts' href='https://pod.example/p/ep#t={}'>{}</a>"
    turns = [("Dana Reyes", "0m00s", "0:00", "Welcome to the show."),
             ("Elon Musk", "0m12s", "0:12", "Glad to be here."),
             ("Dana", "0m30s", "0:30", "What changed this year?"),
             ("Elon", "0m41s", "0:41", "The cost of the pack fell a lot."),
             ("Dana", "", "", "Really?"),
             ("Elon", "", "", "Yes, by a third."),
             ("Dana", "1h01m05s", "1:01:05", "Last question."),
             ("Elon", "1h01m09s", "1:01:09", "Sure, go ahead.")]
    body = "".join(f"<h4 class='speaker'>{name} {link.format(t, shown) if t else ''}</h4><p>{text}</p>"
                   for name, t, shown, text in turns)
    # A plain-text copy below, longer in labels than the headings: not the transcript.
    copy = "".join(f"<p>{name}: {text}</p>" for name, _, _, text in turns)
    page = (f"<h2>Transcript</h2>{body}<details><summary>Plain text</summary>{copy}"
            "<p>Elon Musk: Thanks again.</p><p>Dana: Bye.</p></details>")
    assert _his(page) == [(12.0, "Glad to be here."), (41.0, "The cost of the pack fell a lot."),
                          (41.0, "Yes, by a third."), (3669.0, "Sure, go ahead.")]


def test_a_reply_quoting_a_turn_back_is_not_a_turn() -> None:
    lines = ["Host: So how is the new build? (00:00)", "Elon: Better than the last one. (00:05)",
             "Host: Is the braking fixed? (11:50)",
             "Elon: Much improved, not perfect. We keep working on it. (11:58)",
             "Host: When for everyone? (12:20)", "Elon: Soon. (12:24)"]
    page = ("<article class='post'><div class='body'>" + "<br>\n".join(lines)
            + "<br>\nFull episode on their site.</div></article>"
            "<article class='post'><div class='body'>Elon: Much improved, not perfect.<br>\n"
            "My car did it again this morning, so no.</div></article>")
    assert [start for start, _ in _his(page)] == [5.0, 718.0, 744.0]


def test_a_bare_surname_the_page_uses_for_him_first_is_his_beside_a_relative() -> None:
    page = ("<div class='tr'><p>ANNA KOHL, ANCHOR: Good evening. This week Musk promised a new plant.</p>"
            "<p>KOHL: We asked him about it in March.</p><p>(BEGIN VIDEO CLIP)</p>"
            "<p>MUSK: We will build it in a year.</p><p>(END VIDEO CLIP)</p>"
            "<p>KOHL: His father sees it differently.</p>"
            "<p>ERROL MUSK, FATHER: He never listens to anyone.</p>"
            "<p>KOHL: With us now, Elon Musk.</p><p>ELON MUSK, CEO: Thank you.</p>"
            "<p>KOHL: A year, really?</p><p>MUSK: A year, maybe a bit more.</p></div>")
    assert [text for _, text in _his(page)] == [
        "We will build it in a year.", "Thank you.", "A year, maybe a bit more."]


def test_without_the_surname_alone_first_a_shared_surname_stays_as_written() -> None:
    page = ("<div class='tr'><p>ANNA KOHL, ANCHOR: Good evening.</p>"
            "<p>KIMBAL MUSK, BOARD MEMBER: Thanks, Anna.</p>"
            "<p>KOHL: Your brother says a year.</p>"
            "<p>MUSK: He always says a year.</p><p>KOHL: And you?</p>"
            "<p>MUSK: Two, at least.</p><p>ELON MUSK (ON TAPE): One year.</p></div>")
    assert [text for _, text in _his(page)] == ["One year."]


def test_a_role_line_under_a_speaker_heading_gives_the_turn_its_time() -> None:
    turns = [("Operator", "", "Good afternoon and welcome."),
             ("Ines Park", "Head of Investor Relations (0:21)", "Thank you. With me is Elon Musk."),
             ("Elon Musk", "Chief Executive Officer (0:58)", "Thanks, Ines. A solid quarter."),
             ("Ravi Mehta", "Hillside Capital (24:48)", "Elon, what about the robot?"),
             ("Elon Musk", "Chief Executive Officer", "Production design is done."),
             ("Ravi Mehta", "Hillside Capital (25:40)", "Thanks."),
             ("Elon Musk", "Chief Executive Officer (1:02:11)", "Thanks, everyone.")]
    page = "<h2>Presentation</h2>" + "".join(
        f"<h4>{name}</h4>" + (f"<p>{role}</p>" if role else "") + f"<p>{text}</p>"
        for name, role, text in turns)
    got = _his(page)
    assert [text for _, text in got] == [
        "Thanks, Ines. A solid quarter.", "Production design is done.", "Thanks, everyone."]
    assert got[0][0] == 58.0 and got[2][0] == 3731.0


def test_a_trailing_label_with_quoted_words_is_a_quotation_not_a_turn() -> None:
    lines = ["[00:00:03.480] Sam Ortega: Can you hear us?",
             "[00:00:09.912] Elon Musk: Yes, I can hear you.",
             "[00:00:14.200] Sam Ortega: First question.",
             "[00:00:21.047] Elon Musk: The design is done.",
             "[00:00:29.660] Deliveries next year, probably.",
             "[01:02:32.731] Sam Ortega: Thanks, everyone."]
    page = ("<div class='postbody'><div class='content'>" + "<br>".join(lines) + "</div></div>"
            "<div class='postbody'><div class='content'>Great thread.</div></div>"
            "<div class='postbody'><div class='content'>"
            "Elon Musk: “Deliveries next year.” Pinned, thanks.</div></div>")
    assert [start for start, _ in _his(page)] == [9.0, 21.0]
