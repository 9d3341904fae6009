"""Transcript page classes met on a fifth batch: Q&A questions under the outlet's label with
unlabelled answers, transcript lines quoted inside forum posts, a caller or voice clone who
shares his first name, a label on a turn's first paragraph with every paragraph timed.

Small pages of our own, one per class, each with the safeguards that keep other people's
words from being his; as in ``test_transcript_formats``.
"""

from __future__ import annotations

import pytest

from tests.unit.transcript_pages import SPEAKERS
from tests.unit.transcript_pages import his_turns as _his

ASKED = ["Why build the launch site so far south?", "Does the weather cost you flights?",
         "Regulators say the paperwork is the slow part.", "What happens after the next test?"]
ANSWERED = ["Closer to the equator, more payload.", "Some, but fewer than people think.",
            "They are right about that, mostly.", "We go again, faster."]


def _outlet_qa(intro: str, label: str, about: str = "Elon Musk") -> str:
    turns = "".join(f"<p><b>{label} {q}</b></p><p>{a}</p>" for q, a in zip(ASKED, ANSWERED, strict=True))
    return (f"<article><h1>{about} on rockets and red tape</h1>"
            f"<p class='byline'>By Priya Castellanos</p>"
            f"<p>We sat down with {about} at the coast last week.</p><p>{intro}</p>"
            f"<div class='qa'>{turns}</div>"
            "<p><i>Priya Castellanos covers space for Orbit Weekly.</i></p></article>")


@pytest.mark.parametrize(("intro", "label"), [
    ("Our questions are in bold; Mr. Musk's replies follow each one, lightly edited.", "ORBIT WEEKLY:"),
    ("The conversation is condensed; his answers appear below our questions.", "Orbit Weekly —"),
    ("Musk's responses have been trimmed for length.", "OW:"),
])
def test_questions_under_the_outlets_label_with_his_answers_unlabelled(intro: str,
                                                                       label: str) -> None:
    got = [text for _, text in _his(_outlet_qa(intro, label))]
    assert len(got) == len(ANSWERED), got
    assert all(text.startswith(a) for text, a in zip(got, ANSWERED, strict=True)), got


@pytest.mark.parametrize("intro", [
    "Her answers appear below our questions.",
    "The conversation is condensed; his answers appear below our questions.",
])
def test_outlet_qa_about_someone_else_is_not_his(intro: str) -> None:
    assert _his(_outlet_qa(intro, "ORBIT WEEKLY:", about="Gwynne Shotwell")) == []


_EXCERPT = ("<p>[12:03] Elon Musk: The tower catches the booster, that part works now.</p>"
            "<p>[12:20] Interviewer: And the ship?</p>"
            "<p>[12:24] Elon Musk: The ship is harder, the heat shield mostly.</p>"
            "<p>[12:41] Interviewer: When do you try?</p>"
            "<p>[12:45] Elon Musk: Next month, if the permit comes through.</p>")


def _discourse_thread(first_post: str) -> str:
    def post(user: str, rank: str, cooked: str) -> str:
        return (f"<div class='topic-post'><div class='topic-avatar'><span class='user-card'>"
                f"<b>{user}</b></span></div><div class='topic-body'>"
                f"<div class='names'><h4>{user}</h4><h5>{rank}</h5></div>"
                f"<div class='cooked'>{cooked}</div></div></div>")
    return ("<h1>Starship catch episode, my notes</h1>"
            + post("rocketdad", "Regular", first_post)
            + post("elon_fan_2", "Regular", "<blockquote><p>[12:45] Elon Musk: Next month, if "
                   "the permit comes through.</p></blockquote><p>Next month, sure.</p>")
            + post("musk_watcher", "Leader", "<p>Elon Musk: “permit” is doing a lot of "
                   "work there.</p>"))


def test_transcript_lines_quoted_in_a_forum_post_are_nobodys_turns() -> None:
    body = _discourse_thread(f"<p>Typed this up from the stream:</p><blockquote>{_EXCERPT}"
                             "</blockquote><p>Thoughts?</p>")
    assert _his(body) == []


def test_a_transcript_posted_unquoted_in_a_forum_post_is_read_without_the_replies_quotes() -> None:
    body = _discourse_thread(f"<p>Typed this up from the stream:</p>{_EXCERPT}")
    assert _his(body) == [(723.0, "The tower catches the booster, that part works now."),
                          (744.0, "The ship is harder, the heat shield mostly."),
                          (765.0, "Next month, if the permit comes through.")]


def test_a_transcript_quoted_in_an_article_is_still_read() -> None:
    body = (f"<article class='post-content'><h1>Notes on the interview</h1>"
            f"<p>The key exchange:</p><blockquote>{_EXCERPT}</blockquote>"
            "<p>My take follows.</p></article>")
    assert [start for start, _ in _his(body)] == [723.0, 744.0, 765.0]


def _call_in(intro: str, guest_label: str, guest_lines: tuple[str, str]) -> str:
    return ("<h1>Tech Hour: the robotaxi week</h1><p>Transcript</p>"
            f"<p>MARISOL VEGA, HOST: Welcome to Tech Hour. {intro}</p>"
            "<p>TOMAS REYES, REPORTER: Thanks, Marisol.</p>"
            "<p>VEGA: So what launched?</p>"
            "<p>REYES: A few dozen cars in two cities. Elon Musk says millions will follow.</p>"
            f"<p>{guest_label}: {guest_lines[0]}</p>"
            "<p>REYES: Fair question.</p>"
            f"<p>{guest_label}: {guest_lines[1]}</p>"
            "<p>VEGA: Thanks for listening.</p>")


@pytest.mark.parametrize(("intro", "label"), [
    ("Our first caller is Elon from Modesto, who drives for a delivery app.", "ELON"),
    ("We reached a listener named Elon, no relation, a delivery driver.", "ELON"),
    ("Next, a caller whose first name really is Elon.", "Elon"),
    ("Mr. Musk declined to join us, so we played an imitation.", "ELON MUSK (AI VOICE)"),
    ("Mr. Musk declined to join us, so we played an imitation.", "ELON MUSK, VOICE CLONE"),
    ("Mr. Musk declined to join us, so we played an imitation.", "ELON MUSK IMPERSONATOR"),
])
def test_a_caller_named_elon_or_an_imitation_of_him_is_not_him(intro: str, label: str) -> None:
    assert _his(_call_in(intro, label, ("Will I lose my job?", "Okay, thanks."))) == []


@pytest.mark.parametrize("label", ["ELON", "ELON MUSK (PHONE)", "ELON MUSK, TESLA CEO"])
def test_his_own_labels_on_a_call_in_show_stay_his(label: str) -> None:
    got = _his(_call_in("Elon Musk joins us by phone from Austin.", label,
                        ("More cities by summer.", "Yes.")))
    assert [text for _, text in got] == ["More cities by summer.", "Yes."]


def _zh_article(his_label: str, his_short: str, guest: str, guest_short: str) -> str:
    def p(label: str, words: str, stamp: str) -> str:
        head = f"<strong>{label}：</strong>" if label else ""
        return f"<p>{head}{words}［{stamp}］</p>"
    return ("<h1>对谈：火箭与家族</h1><p>本期我们在深圳同时采访了两位嘉宾。</p><h2>文字实录</h2>"
            + p("主持人", "欢迎两位来到节目。", "00:03")
            + p(guest, "谢谢邀请，很高兴来到深圳。", "00:09")
            + p(his_label, "谢谢。这里的工厂效率非常高。", "00:15")
            + p("", "我们从这里学到了很多东西。", "00:21")
            + p("", "所以明年还会扩大产能。", "00:27")
            + p("主持人", "您小时候最喜欢什么？", "00:33")
            + p(guest_short, "他总是在读书。", "00:38")
            + p(his_short, "确实如此。", "00:42")
            + p("主持人", "谢谢两位。", "01:05:10"))


def test_label_on_a_turns_first_paragraph_and_the_time_after_every_paragraph() -> None:
    got = _his(_zh_article("埃隆·马斯克", "埃隆", "陈思远", "陈思远"))
    assert [start for start, _ in got] == [15.0, 42.0]
    assert got[0][1].startswith("谢谢。这里的工厂效率非常高。")
    assert "所以明年还会扩大产能" in got[0][1] and "［" not in got[0][1]


@pytest.mark.parametrize(("guest", "guest_short", "his"), [
    ("金博尔·马斯克", "金博尔", [15.0, 42.0]),  # his brother keeps his own short label
    ("金博尔·马斯克", "马斯克", [15.0]),  # the shared surname for both: nobody's for sure
])
def test_a_shared_surname_is_his_when_the_other_of_that_name_has_a_short_label_of_their_own(
        guest: str, guest_short: str, his: list[float]) -> None:
    got = _his(_zh_article("埃隆·马斯克", "马斯克", guest, guest_short))
    assert [start for start, _ in got] == his


def test_a_shared_surname_in_english_labels() -> None:
    body = ("<p>Transcript</p><p>Host: Welcome, both of you.</p>"
            "<p>Kimbal Musk: Thanks for having us.</p><p>Elon Musk: Glad to be here.</p>"
            "<p>Host: Who was the better student?</p><p>Kimbal: He read more.</p>"
            "<p>Musk: I read everything, yes.</p><p>Kimbal: Told you.</p>"
            "<p>Musk: Fair.</p><p>Host: Thank you both.</p>")
    assert [text for _, text in _his(body)] == ["Glad to be here.", "I read everything, yes.",
                                                "Fair."]


def test_a_transcript_panel_in_the_side_column_is_read_with_its_times() -> None:
    cues = [(61.4, "Priya Shah:", "So, the new battery line."), (64.9, "", "How is it going?"),
            (70.2, "Elon Musk:", "Better than we hoped."), (73.8, "", "Yields are up."),
            (80.1, "Priya Shah:", "And the cost?"), (83.7, "Elon Musk:", "Down a third.")]
    items = "".join(
        f'<div class="seg" data-start="{t}"><span class="seg-who">{who}</span> {words}</div>'
        for t, who, words in cues)
    body = ("<main><h1>Battery day recap</h1><p>Watch the full interview.</p></main>"
            "<aside class='rail'><div class='ad'>Advertisement</div>"
            f"<section id='transcript' aria-label='Interactive transcript'>{items}</section>"
            "</aside>")
    assert _his(body) == [(70.0, "Better than we hoped. Yields are up."), (83.0, "Down a third.")]


def test_segments_timed_only_by_a_milliseconds_attribute() -> None:
    segs = [(1500, "Host", "Thanks for coming on."), (4250, "Elon Musk", "Happy to be here."),
            (9999, "Host", "Let's talk about batteries."), (12040, "Elon Musk", "Sure. Cells first."),
            (65320, "Host", "Thank you.")]
    body = "".join(f'<div class="utt" data-start-ms="{ms}"><div class="who">{who}</div>'
                   f'<p>{words}</p></div>' for ms, who, words in segs)
    assert _his(f"<h1>Transcript</h1>{body}") == [(4.0, "Happy to be here."),
                                                  (12.0, "Sure. Cells first.")]


def test_each_turn_followed_by_its_translation_under_a_label_written_otherwise() -> None:
    pairs = [("00:00:40", "Moderator", "Welcome to the forum.", "主持人", "欢迎来到论坛。"),
             ("00:00:52", "Elon Musk", "Thank you, glad to be here.", "马斯克", "谢谢，很高兴来到这里。"),
             ("00:01:05", "Moderator", "What comes next?", "主持人", "接下来是什么？"),
             ("00:01:11", "Elon Musk", "More factories.", "马斯克", "更多工厂。"),
             ("00:01:30", "Moderator", "Thank you.", "主持人", "谢谢。"),
             ("00:01:33", "Elon Musk", "Thanks.", "马斯克", "谢谢。")]
    body = "".join(f"<p>[{t}] <b>{who}:</b> {words}</p><p><i>{zh_who}：{zh}</i></p>"
                   for t, who, words, zh_who, zh in pairs)
    body += "<p>[00:01:40] <b>Moderator:</b> Goodbye.</p>"
    assert _his(f"<h2>Transcript</h2>{body}") == [
        (52.0, "Thank you, glad to be here. 谢谢，很高兴来到这里。"),
        (71.0, "More factories. 更多工厂。"), (93.0, "Thanks. 谢谢。")]


def test_names_in_a_long_run_of_apostrophes_are_found_in_linear_time() -> None:
    import gc
    import time

    from tracker.feeds.transcript_people import people
    from tracker.feeds.transcript_qa import answerer

    def cpu(n: int) -> float:  # each letter a word start: quadratic when a name may start there
        hostile = "A'" * n
        gc.collect()
        gc.disable()  # a collection landing in one run only would skew the ratio
        try:
            started = time.thread_time()
            assert answerer(hostile, SPEAKERS) is None
            people(["EM", "Speaker 1"], hostile, SPEAKERS)
            return time.thread_time() - started
        finally:
            gc.enable()

    # The least of three runs: other work on the machine only adds to a run (two runs let
    # a loaded machine fail it once).
    small, large = min(cpu(25_000) for _ in range(3)), min(cpu(50_000) for _ in range(3))
    assert large <= 2.5 * small + 0.02, (small, large)  # doubling the text: about twice the CPU
