"""Transcript page classes met on a seventh batch (J, now development data): an initials
badge before a speaker's name, a caption's ">>" speaker-change mark, a turn whose time
the page could not give ("[??:??]"), a subtitle cue's time range before its speaker, a
role after a stamped label's name, a shared surname given to the person the host names
just before it, and a Q&A that labels its questions and leaves the answers plain.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns


def _badges(hidden: bool) -> str:
    turns = [("Maya Lindqvist", 4338, "Okay, we're back on."),
             ("Elon Musk", 4351, "Right, so the machines are slow."),
             ("Maya Lindqvist", 4391, "Is the snail a real KPI?"),
             ("Elon Musk", 4393, "It's a real KPI."),
             ("Maya Lindqvist", 4410, "How do you go faster?"),
             ("Elon Musk", 4416, "Continuous tunnelling.")]
    badge = "aria-hidden='true'" if hidden else "class='seg-avatar'"
    return "<h1>Share page</h1>" + "".join(
        f"<div class='segment'><div class='seg-head'><span {badge}>{who[0]}</span>"
        f"<span class='seg-speaker'>{who}</span><button class='seg-time'>{s // 60}:{s % 60:02d}"
        f"</button></div><div class='seg-text'><p>{words}</p></div></div>"
        for who, s, words in turns)


def test_an_initials_badge_before_the_name_is_no_part_of_the_label() -> None:
    for hidden in (True, False):
        got = _his(_badges(hidden))
        assert got == [(4351.0, "Right, so the machines are slow."), (4393.0, "It's a real KPI."),
                       (4416.0, "Continuous tunnelling.")], (hidden, got)


def test_an_initial_that_is_a_word_of_the_text_stays() -> None:
    page = ("<p>Transcript</p>"
            + "".join(f"<p><b>{who}:</b> <span aria-hidden='true'>I</span> {words}</p>"
                      for who, words in [("Host", "think so."), ("Elon Musk", "Igloo first."),
                                         ("Host", "Why?"), ("Elon Musk", "It is cold.")]))
    got = _his(page)
    assert [text for _, text in got] == ["I Igloo first.", "I It is cold."], got


def _caption_cues(mark: str) -> str:
    cues = [(0, f"{mark} JUNO PARK: Welcome back. My guest today is"), (3, "Elon Musk."),
            (6, f"{mark} ELON MUSK: Good to see you too."), (9, "Last time we talked tunnels."),
            (14, f"{mark} JUNO: Today, AI."), (17, f"{mark} ELON: Sure. AI matters most."),
            (21, "It is also the most dangerous."), (3599, f"{mark} JUNO: Mm-hmm."),
            (3600, f"{mark} ELON: Right, so a referee.")]
    stamp = lambda s: f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"  # noqa: E731
    return ("<h1>Deep Signal</h1><div class='transcript-panel'>" + "".join(
        f"<div class='cue'><span class='ts'>{stamp(s)}</span><span class='txt'>{words}</span></div>"
        for s, words in cues) + "</div>")


def test_a_captions_speaker_change_mark_opens_a_turn_and_plain_cues_continue_it() -> None:
    for mark in (">>", "&gt;&gt;", "—"):
        got = _his(_caption_cues(mark))
        assert [start for start, _ in got] == [6.0, 17.0, 3600.0], (mark, got)
        assert got[0][1] == "Good to see you too. Last time we talked tunnels.", got
        assert got[1][1].endswith("It is also the most dangerous."), got


def test_a_turn_whose_time_the_page_could_not_give_is_still_his() -> None:
    page = ("<div class='postbody'>"
            "[20:15] <b>Kate:</b> Okay, we have him on the line.<br><br>"
            "[20:22] <b>Elon:</b> Yeah, I can hear you.<br><br>"
            "[20:40] <b>Kate:</b> When is the range update coming?<br><br>"
            "[??:??] <b>Elon:</b> Should be next month.<br><br>"
            "[21:31] <b>Kate:</b> Any news on the roadster?<br><br>"
            "[21:36] <b>Elon:</b> Not today.</div>")
    got = _his(page.replace("Elon:", "Elon Musk:", 1))
    assert [text for _, text in got] == ["Yeah, I can hear you.", "Should be next month.",
                                         "Not today."], got
    assert got[0][0] == 1222.0 and got[2][0] == 1296.0, got


def test_a_subtitle_cues_time_range_before_its_speaker_gives_the_turns_start() -> None:
    cues = [("00:00:00,000", "00:00:06,200", "老周", "各位听众好，欢迎收听。"),
            ("00:00:09,480", "00:00:15,900", "埃隆·马斯克", "大家好，很高兴来到这个节目。"),
            ("00:00:16,200", "00:00:28,750", "老周", "您现在还是每周工作八十小时吗？"),
            ("00:00:29,100", "00:00:36,000", "Elon", "差不多吧，有时候更多。"),
            ("00:00:36,200", "00:00:44,900", "", "这取决于你想做的事情有多难。"),
            ("00:00:45,300", "00:00:46,000", "老周", "嗯。"),
            ("01:00:09,050", "01:00:12,000", "Elon", "会非常强大。")]
    page = "<h2>字幕</h2>" + "".join(
        f"<div class='cue'><span class='cue-time'>{a} --&gt; {b}</span>"
        + (f"<span class='cue-spk'>{who}</span>" if who else "")
        + f"<p class='cue-text'>{words}</p></div>" for a, b, who, words in cues)
    got = _his(page)
    assert [start for start, _ in got] == [9.0, 29.0, 3609.0], got
    assert got[1][1] == "差不多吧，有时候更多。 这取决于你想做的事情有多难。" or \
        got[1][1].startswith("差不多吧") and "这取决于" in got[1][1], got


def test_a_role_after_a_stamped_labels_name_keeps_the_label() -> None:
    page = ("<h2>Transcript</h2>"
            "<p>[00:01:35] <b>Claire Dubois, moderator:</b> Welcome to the closing panel.</p>"
            "<p>[00:02:04] <b>Elon Musk, CEO of Tesla and SpaceX:</b> It's a very exclusive club.</p>"
            "<p>[00:02:10] <b>Dubois:</b> Storage first. Is it the bottleneck?</p>"
            "<p>[00:02:17] <b>Musk:</b> Yes, storage and transmission.</p>"
            "<p>[00:03:01] <b>Dubois:</b> Thank you.</p>")
    got = _his(page)
    assert got == [(124.0, "It's a very exclusive club."),
                   (137.0, "Yes, storage and transmission.")], got


def _family(intro: str) -> str:
    return ("<div class='transcript'>"
            "<p>MARCUS HOLLIS, ANCHOR: Good evening. Our first guest is Kimbal Musk.</p>"
            "<p>KIMBAL MUSK, ENTREPRENEUR: Thanks, Marcus. Happy to be here.</p>"
            "<p>ELON MUSK, CEO, SPACEX (on tape): We got a lot of data.</p>"
            f"<p>HOLLIS: {intro} Thanks for joining us.</p>"
            "<p>MUSK: It's not spin. If you want zero risk, stay home.</p>"
            "<p>HOLLIS: How soon?</p><p>MUSK: Weeks.</p>"
            "<p>HOLLIS: All right. We'll be right back.</p></div>")


def test_a_shared_surname_is_the_person_the_host_names_just_before_it() -> None:
    got = _his(_family("And joining me now from Boca Chica, Elon Musk."))
    assert [text for _, text in got] == ["We got a lot of data.",
                                         "It's not spin. If you want zero risk, stay home.",
                                         "Weeks."], got
    # Named last, Kimbal: "MUSK" is his brother's.
    got = _his(_family("Elon Musk could not stay, so back to Kimbal Musk."))
    assert [text for _, text in got] == ["We got a lot of data."], got


def test_a_guest_introduced_by_his_relation_to_him_does_not_make_the_surname_his() -> None:
    page = ("<ul><li>02:10 — Elon Musk: the early years</li><li>09:45 — The first sale</li></ul>"
            "<h2>Transcript</h2>"
            "<p><b>Gemma Reid:</b> My guest is Errol Musk, the father of Elon Musk.</p>"
            "<p><b>Errol Musk:</b> Thank you, Gemma.</p>"
            "<p><b>Gemma Reid:</b> What was he like as a boy?</p>"
            "<p><b>Musk:</b> Very quiet, always reading.</p>"
            "<p><b>Gemma Reid:</b> Thank you.</p><p><b>Musk:</b> Thank you.</p>")
    turns = speakers_turns(page)
    assert turns and not [t for t in turns if t[0] == "Elon Musk"], turns


def _meridian(extra: str = "") -> str:
    return ("<h1>Elon Musk Is Not Going to Change</h1><p>By Harriet Osei</p>"
            "<p>Elon Musk was, by his own account, sleeping at a factory when we called.</p>"
            "<p><b>THE MERIDIAN:</b> You’ve been quiet this spring. Why?</p>"
            "<p><b>ELON MUSK:</b> I’ve been sleeping at the factory again.</p>"
            "<p><b>THE MERIDIAN:</b> Critics say you talk too much online.</p>"
            "<p>That’s fair. Some of it is a mistake.</p><p>I probably won’t change.</p>"
            "<p><b>THE MERIDIAN:</b> What did you last change your mind about?</p>"
            f"{extra}<p>Okay, real answer: humanoid robots.</p>"
            "<p><b>THE MERIDIAN:</b> Bigger than the cars?</p><p>By a lot, if it works.</p>")


def test_a_qa_that_labels_its_questions_gives_the_plain_answers_to_the_one_labelled_answerer() -> None:
    got = _his(_meridian("<p>Advertisement</p>"))
    assert [text for _, text in got] == [
        "I’ve been sleeping at the factory again.",
        "That’s fair. Some of it is a mistake. I probably won’t change.",
        "Okay, real answer: humanoid robots.", "By a lot, if it works."], got


def test_labelled_questions_without_an_answerer_named_or_labelled_are_no_ones() -> None:
    page = _meridian().replace("<b>ELON MUSK:</b> ", "")
    page = page.replace("Elon Musk was, by his own account,", "She was")
    page = page.replace("Elon Musk Is", "A Founder Is")
    assert _his(page) == []
