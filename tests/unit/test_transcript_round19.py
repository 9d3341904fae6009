"""Transcript page classes met on batch Y (development data once measured): an earnings
call's table whose speaker cell gives a role after dashes ("Name -- Role"), continuation
rows leaving it empty; a family's talk where one person's given name and surname are both
labels of hers, until the two answer each other (then the surname is a relative's); a
forum post typed by hand, "LABEL (m:ss): text" lines with a legend that defines the
initials, numbered voices ("Q1", "P2") and a time the typist missed ("(??:??)"). Each
with a page where the convention is absent.

Small pages of our own, one per class; as in ``test_transcript_round18``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns
from tracker.feeds.transcript_dom import Line
from tracker.feeds.transcript_lines import record

# --- a table's speaker cell with a role after dashes ----------------------------------------


def _table(rows: list[tuple[str, str, str]], head: bool = True) -> str:
    cells = "".join(f"<tr><td>{t}</td><td>{who}</td><td>{text}</td></tr>" for t, who, text in rows)
    top = "<thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>" if head else ""
    return f"<h1>Q3 results call</h1><table>{top}<tbody>{cells}</tbody></table>"


_CALL = [
    ("00:00:04", "Operator", "Welcome to the third-quarter call. Over to investor relations."),
    ("00:00:15", "Priya Nair -- Vice President, Investor Relations",
     "Thanks. With me are Elon Musk and our finance chief."),
    ("00:00:40", "Elon Musk -- Chief Executive Officer", "Thanks, Priya. A good quarter for energy."),
    ("00:01:02", "", "Storage deployments doubled again."),
    ("00:01:30", "Tomas Berg -- Lindqvist & Co. -- Analyst", "How many sites by next year?"),
    ("00:01:41", "Elon Musk -- Chief Executive Officer", "More than we can staff today."),
    ("00:02:05", "Tomas Berg -- Lindqvist & Co. -- Analyst", "Thanks."),
    ("00:02:09", "Elon Musk -- Chief Executive Officer", "Sure."),
]


def test_a_speaker_cell_with_a_role_after_dashes_labels_the_row() -> None:
    assert _his(_table(_CALL)) == [(40.0, "Thanks, Priya. A good quarter for energy. "
                                          "Storage deployments doubled again."),
                                   (101.0, "More than we can staff today."), (129.0, "Sure.")]
    turns = speakers_turns(_table(_CALL))
    assert ("Tomas Berg", 90.0, "How many sites by next year?") in turns
    assert ("Priya Nair", 15.0, "Thanks. With me are Elon Musk and our finance chief.") in turns


def test_the_dashes_role_is_said_of_the_speaker_and_names_no_one() -> None:
    found = record(Line("00:00:40 Elon Musk -- Chief Executive Officer Thanks.",
                        cells=("00:00:40", "Elon Musk -- Chief Executive Officer", "Thanks.")))
    assert (found.name, found.seconds, found.text, found.title, found.role, found.sure) == (
        "Elon Musk", 40.0, "Thanks.", "Chief Executive Officer", "", True)


def test_words_after_a_dash_in_a_words_cell_are_no_speaker_cell() -> None:
    # No speaker column: a words cell opening "Elon Musk -- we'll see" is words, as before.
    rows = [(f"00:0{i}:00", "", text) for i, text in enumerate(
        ["The call opened with the quarter's numbers.", "Elon Musk -- we'll see, he said.",
         "Margins were flat.", "Questions followed.", "The call ended early."])]
    turns = speakers_turns(_table(rows, head=False))
    assert turns and all(who is None for who, _, _ in turns)
    found = record(Line("x", cells=("00:01:00", "Elon Musk -- we'll see, he said.")))
    assert found.name is None and found.text == "Elon Musk -- we'll see, he said."


# --- a given name and a surname of one person, answering each other -------------------------


def _talk(turns: list[tuple[str, str]], colon: str = "：") -> str:
    return ("<article><p>母子二人接受本報專訪，談到火箭與家庭。</p>"
            + "".join(f"<p><strong>{who}{colon}</strong>{text}</p>" for who, text in turns)
            + "</article>")


_FAMILY = [("記者", "兩位好，歡迎。"), ("金博爾·馬斯克", "謝謝，很高興來。"), ("記者", "您在做什麼？"),
           ("馬斯克", "我們在造火箭。"), ("記者", "金博爾呢？"), ("金博爾", "我在種菜。"),
           ("馬斯克", "他種得很好。"), ("記者", "謝謝兩位。"), ("金博爾", "謝謝。")]


def test_a_surname_answering_the_same_persons_given_name_is_a_relatives() -> None:
    # "金博爾·馬斯克" first, then "金博爾：" and "馬斯克：" one right after the other: two people;
    # the given name is his, the surname (a watched speaker's) is the other Musk's.
    turns = speakers_turns(_talk(_FAMILY))
    assert [t for who, _, t in turns if who == "Elon Musk"] == ["我們在造火箭。", "他種得很好。"]
    assert [t for who, _, t in turns if who == "金博爾·馬斯克"] == ["謝謝，很高興來。", "我在種菜。", "謝謝。"]


def test_the_same_in_latin_capitals() -> None:
    talk = [("HOST", "Welcome, both."), ("MAYE MUSK", "Thank you for having us."),
            ("HOST", "Elon, rockets?"), ("MUSK", "Rockets, yes."), ("HOST", "And Maye?"),
            ("MAYE", "Modelling, still."), ("MUSK", "She is busier than me."),
            ("HOST", "Thanks."), ("MAYE", "Thank you.")]
    assert [t for _, t in _his(_talk(talk, ":"))] == ["Rockets, yes.", "She is busier than me."]


def test_a_given_name_and_surname_that_never_answer_each_other_stay_one_person() -> None:
    # One guest labelled three ways ("KIMBAL MUSK", then "MUSK", then "KIMBAL"), the host
    # between each: all his, as before.
    talk = [("HOST", "Welcome."), ("KIMBAL MUSK", "Thanks for having me."), ("HOST", "Farms?"),
            ("MUSK", "Eleven cities now."), ("HOST", "Your brother?"),
            ("KIMBAL", "He calls every week."), ("HOST", "Thanks."), ("MUSK", "Thank you.")]
    turns = speakers_turns(_talk(talk, ":"))
    assert not [t for who, _, t in turns if who == "Elon Musk"]
    assert [who for who, _, _ in turns if who != "HOST"] == ["KIMBAL MUSK"] * 4
    family = [(who, text) for who, text in _FAMILY if who != "金博爾"] + [("記者", "再見。")]
    assert not _his(_talk(family))  # his only short label: "馬斯克" is 金博爾·馬斯克, as before


# --- a forum post typed by hand: a legend, numbered voices, a missed time -------------------

_TYPED = ["<b>MOD</b> (0:40): welcome in, we have the man himself, go ahead",
          "<b>EM</b> (0:52): Thanks. Glad to be here.",
          "<b>P1</b> (3:05): How soon is the next tunnel open?",
          "<b>EM</b> (3:11): Early next year, I think.",
          "Maybe sooner if permits go well.",
          "<b>P2</b> (1:02:30): Any plans for a second city?",
          "<b>EM</b> (??:??): Yes, two more.",
          "<b>P2</b>: Cool.",
          "<b>EM</b>: Cheers.",
          "<b>MOD</b> (1:04:00): that's time, thanks all"]


def _post(legend: str, lines: list[str] = _TYPED) -> str:
    quote = ("<div class='message-body'><div class='bbWrapper'><blockquote>"
             "<b>EM</b> (3:11): Early next year, I think.</blockquote>So, never.</div></div>")
    return ("<div class='message-body'><div class='bbWrapper'>Typed from the replay, times rough."
            f"<br><br>{legend}<br><br>" + "<br>".join(lines) + "<br><br>Corrections welcome."
            "</div></div>" + quote)


_HIS_TYPED = [(52.0, "Thanks. Glad to be here."),
              (191.0, "Early next year, I think. Maybe sooner if permits go well."),
              (3750.0, "Yes, two more."), (3750.0, "Cheers.")]


def test_a_typed_transcript_with_a_legend_numbered_voices_and_a_missed_time() -> None:
    for legend in ("Key: EM = Elon Musk, MOD = the moderator, P1/P2 = callers.",
                   "Key: EM: Elon Musk. MOD: moderator.",
                   "Speakers: Elon Musk (EM), a moderator (MOD), callers."):
        assert _his(_post(legend)) == _HIS_TYPED, legend
    turns = speakers_turns(_post("Key: EM = Elon Musk."))
    # Each voice its own turn; the host's first turn too, in capitals as the others are not.
    assert [who for who, _, _ in turns] == ["MOD", "Elon Musk", "P1", "Elon Musk", "P2",
                                            "Elon Musk", "P2", "Elon Musk", "MOD"]
    assert ("P1", 185.0, "How soon is the next tunnel open?") in turns


def test_initials_no_legend_defines_stay_as_written() -> None:
    turns = speakers_turns(_post("Key: MOD = the moderator, P1/P2 = callers."))
    assert not [t for who, _, t in turns if who == "Elon Musk"]
    assert [t for who, _, t in turns if who == "EM"] == [t for _, t in _HIS_TYPED]


def test_a_missed_time_is_no_time_and_a_time_is_kept() -> None:
    for typed in ("EM (??:??): Yes.", "EM [--:--]: Yes.", "EM (xx:xx): Yes.", "EM (?:??:??): Yes."):
        found = record(Line(typed))
        assert (found.name, found.seconds, found.text, found.role) == ("EM", None, "Yes.", ""), typed
        # "<b>EM</b> (??:??): Yes.": the label in bold, the missed time after it.
        bold = record(Line(typed, bold="EM"))
        assert (bold.name, bold.seconds, bold.text) == ("EM", None, "Yes."), typed
    alone = record(Line("Elon Musk [--:--]"))  # a name line, its words below
    assert (alone.name, alone.seconds, alone.text) == ("Elon Musk", None, "")
    found = record(Line("EM (1:02:30): Yes."))
    assert (found.name, found.seconds, found.text) == ("EM", 3750.0, "Yes.")
    # Question marks that are no time stay in the words.
    found = record(Line("EM: Is it (??) or not?"))
    assert (found.name, found.seconds, found.text) == ("EM", None, "Is it (??) or not?")


def test_a_numbered_voice_once_without_a_time_is_words() -> None:
    lines = ["<b>MOD</b> (0:40): welcome in", "<b>EM</b> (0:52): Thanks.",
             "Q3: deliveries were up, by the way.", "<b>MOD</b> (1:10): great",
             "<b>EM</b> (1:15): Sure."]
    turns = speakers_turns(_post("Key: EM = Elon Musk.", lines))
    assert [who for who, _, _ in turns] == ["MOD", "Elon Musk", "MOD", "Elon Musk"]
    assert turns[1][2] == "Thanks. Q3: deliveries were up, by the way."


def test_a_timed_label_before_the_talk_of_someone_never_heard_again_is_no_turn() -> None:
    lines = ["<b>PRODUCER</b> (0:01): rolling", *_TYPED[1:-1]]
    turns = speakers_turns(_post("Key: EM = Elon Musk.", lines))
    assert "PRODUCER" not in {who for who, _, _ in turns}
    assert [(s, t) for who, s, t in turns if who == "Elon Musk"][:3] == _HIS_TYPED[:3]


def test_long_speaker_cells_and_missed_times_are_read_in_linear_time() -> None:
    import gc
    import time

    def cpu(n: int) -> float:
        cells = ["Elon Musk -- " + "Co. & " * n + ":", "Elon Musk -- " + "A -- " * n + "x",
                 "Elon Musk -- " + "Chief, " * n + "x"]
        lines = ["EM " + "(??:??) " * n + "x", "EM " + "( ??:?? " * n + "x"]
        gc.collect()
        gc.disable()  # a collection landing in one run only would skew the ratio
        try:
            started = time.thread_time()
            for cell in cells:
                record(Line(cell, cells=("0:01", cell, "words")))
            for text in lines:
                record(Line(text))
                record(Line(text, bold="EM"))
            return time.thread_time() - started
        finally:
            gc.enable()

    # The least of three runs (other work only adds); quadratic would be 4x.
    small, large = min(cpu(5_000) for _ in range(3)), min(cpu(10_000) for _ in range(3))
    assert large <= 3.0 * small + 0.02, (small, large)
