"""Transcript page classes met on batch Z (development data once measured): a session
transcript whose speakers' keys ("EM", "KO") are defined by a legend above it, in a
definition list, a table of two cells a row, or "KEY — Name" lines; a forum post typed
by hand between typed dividers ("=========="), a reply below quoting one of its lines
as typed. Each with a page where the convention is absent.

Small pages of our own, one per class; as in ``test_transcript_round19``.
"""

from __future__ import annotations

from dataclasses import replace

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns
from tracker.feeds.transcript_dom import decode, page_lines
from tracker.feeds.transcript_lines import record
from tracker.feeds.transcript_marks import is_divider
from tracker.feeds.transcript_people import legend

# --- a legend that defines the speakers' keys -----------------------------------------------

_SESSION = [("00:12", "PD", "Welcome back. With me on stage, Elon Musk and Tomas Berg."),
            ("00:31", "EM", "Thanks for having me."),
            ("04:50", "TB", "Glad to be here too."),
            ("63:05", "PD", "We are over the hour, so one last question. What next?"),
            ("63:20", "EM", "More launches, cheaper each time."),
            ("95:02", "TB", "And more customers for all of us.")]
_HIS_SESSION = [(31.0, "Thanks for having me."), (3800.0, "More launches, cheaper each time.")]


def _session(above: str, turns: list[tuple[str, str, str]] = _SESSION) -> str:
    paragraphs = "".join(f"<p><span class='ts'>[{t}]</span> <b>{who}:</b> {text}</p>"
                         for t, who, text in turns)
    return (f"<article><h1>Session: Launch costs</h1><h2>Speakers</h2>{above}"
            f"<h2>Transcript</h2>{paragraphs}<h2>Notes</h2><p>Lightly edited.</p></article>")


_DL = ("<dl class='people'><dt>EM</dt><dd>Elon Musk; founder and chief engineer, SpaceX</dd>"
       "<dt>PD</dt><dd>Priya Das, moderator; host of <em>Orbit Hour</em></dd>"
       "<dt>TB</dt><dd>Tomas Berg (Nordlys Launch)</dd><dt>AUD</dt><dd>Audience member</dd></dl>")
_TABLE = ("<table><tr><td>EM</td><td>Elon Musk; founder and chief engineer</td></tr>"
          "<tr><td>PD</td><td>Priya Das, moderator</td></tr>"
          "<tr><td>TB</td><td>Tomas Berg</td></tr></table>")
_KEYED = ("<p>GST — Elon Musk; founder and chief engineer, SpaceX<br>PD — Priya Das, host<br>"
          "TB — Tomas Berg</p>")


def test_a_definition_list_legend_defines_the_keys() -> None:
    assert _his(_session(_DL)) == _HIS_SESSION
    turns = speakers_turns(_session(_DL))
    assert ("Priya Das", 12.0, "Welcome back. With me on stage, Elon Musk and Tomas Berg.") in turns
    assert ("Tomas Berg", 5702.0, "And more customers for all of us.") in turns
    # The legend itself is no turn.
    assert len(turns) == len(_SESSION)


def test_a_table_legend_and_keyed_lines_define_the_keys() -> None:
    assert _his(_session(_TABLE)) == _HIS_SESSION
    # A key that spells no initials ("GST"): the legend alone says who it is.
    keyed = [(t, "GST" if who == "EM" else who, text) for t, who, text in _SESSION]
    assert _his(_session(_KEYED, keyed)) == _HIS_SESSION
    assert ("Priya Das", 12.0, _SESSION[0][2]) in speakers_turns(_session(_KEYED, keyed))


def test_a_legend_key_need_not_spell_the_name() -> None:
    # "G" and "H" are no initials of the names: the legend alone says who they are.
    keys = {"EM": "G", "PD": "H", "TB": "V"}
    turns = [(t, keys[who], text) for t, who, text in _SESSION]
    above = ("<dl><dt>G</dt><dd>Elon Musk; our guest today</dd><dt>H</dt><dd>Priya Das, host</dd>"
             "<dt>V</dt><dd>Tomas Berg, visitor</dd></dl>")
    assert _his(_session(above, turns)) == _HIS_SESSION
    assert _his(_session("<p>G is our guest, H the host, V a visitor.</p>", turns)) == []


def test_without_a_legend_the_keys_stay_as_written() -> None:
    assert _his(_session("<p>Three speakers, keyed by their initials.</p>")) == []
    assert {who for who, _, _ in speakers_turns(_session(""))} == {"PD", "EM", "TB"}


def _legend_of(body: str) -> dict[str, str]:
    lines = page_lines(decode(f"<html><body>{body}</body></html>".encode()))
    return legend([replace(record(line), box=line.box) for line in lines], lines)


def test_one_entry_is_no_legend() -> None:
    assert _legend_of(_session("<dl><dt>EM</dt><dd>Elon Musk, CEO of SpaceX</dd></dl>")) == {}
    assert _legend_of(_session("<p>EM — Elon Musk, CEO of SpaceX</p>")) == {}
    assert _legend_of(_session(_DL)) == {"EM": "Elon Musk", "PD": "Priya Das", "TB": "Tomas Berg"}
    assert _legend_of(_session("<p>Legend: EM = Elon Musk; PD = Priya Das.</p>")) == {}


def test_a_transcript_written_as_a_definition_list_or_table_is_no_legend() -> None:
    # Every turn a <dt> and its <dd>: the host greeting him by name defines no one.
    dl = ("<dl><dt>HOST</dt><dd>Elon Musk, welcome back to the show.</dd>"
          "<dt>ELON</dt><dd>Thanks, good to be here.</dd>"
          "<dt>HOST</dt><dd>So, the new rocket. Tell us how the last flight went, from the "
          "start, and what the team learned from it after the landing burn.</dd>"
          "<dt>ELON</dt><dd>It went well. We caught the booster again, which is the hard "
          "part, and the ship made it through reentry in one piece.</dd></dl>")
    assert _legend_of(dl) == {}
    assert [who for who, _, _ in speakers_turns(dl)] == ["HOST", "Elon Musk"] * 2
    rows = ("<table><tr><td>HOST</td><td>Elon Musk, welcome back.</td></tr>"
            "<tr><td>ELON</td><td>Thanks, good to be here.</td></tr>"
            "<tr><td>HOST</td><td>How did the flight go?</td></tr>"
            "<tr><td>ELON</td><td>Well. We caught the booster again.</td></tr></table>")
    assert _legend_of(rows) == {}
    assert [who for who, _, _ in speakers_turns(rows)][::2] == ["HOST", "HOST"]


def test_legend_entries_that_ask_or_call_are_no_legend() -> None:
    above = "<dl><dt>EM</dt><dd>Elon Musk, are you there?</dd><dt>PD</dt><dd>Priya Das!</dd></dl>"
    assert _legend_of(_session(above)) == {}


# --- a forum post typed by hand between dividers --------------------------------------------

_TYPED = ["主持人：第一个问题，猎鹰九号还能飞多少次？（1:05）",
          "马斯克：我觉得四十次没问题。（1:20）",
          "主持人：那星舰呢？",
          "马斯克：不好说。先飞起来再说。",
          "主持人：最后，你会去火星吗？（58:10）",
          "马斯克：会的，但不是第一批。（58:30）",
          "主持人：谢谢。（1:01:00）",
          "马斯克：谢谢大家。"]
_HIS_TYPED = [(80.0, "我觉得四十次没问题。"), (80.0, "不好说。先飞起来再说。"),
              (3510.0, "会的，但不是第一批。"), (3660.0, "谢谢大家。")]


def _thread(divider: str) -> str:
    post = ("听完手打的，括号里是每段开始的时间。<br>" + divider + "<br>" + "<br>".join(_TYPED)
            + "<br>" + divider + "<br>就这些，欢迎指正。")
    reply = "马斯克：不好说。<br>哈哈，这个回答太真实了。"
    return (f"<div class='post' id='p1'><div class='post-text'>{post}</div></div>"
            f"<div class='post' id='p2'><div class='post-text'>{reply}</div></div>")


def test_a_reply_below_a_typed_divider_is_no_turn() -> None:
    for divider in ("==============", "--------------", "～～～～～～～～"):
        assert _his(_thread(divider)) == _HIS_TYPED, divider
        # The post's own words after the divider are not his last turn's either.
        assert speakers_turns(_thread(divider))[-1] == ("Elon Musk", 3660.0, "谢谢大家。")


def test_without_a_divider_the_reply_reads_as_before() -> None:
    # No divider: the reply's line is read as a turn, as before this rule.
    assert _his(_thread("")) == [*_HIS_TYPED[:3], (3660.0, "谢谢大家。 就这些，欢迎指正。"),
                                 (3660.0, "不好说。 哈哈，这个回答太真实了。")]


def test_a_gap_between_excerpts_is_no_divider() -> None:
    assert is_divider("==========") and is_divider("-----") and is_divider(" ～～～ ")
    assert not is_divider("* * *") and not is_divider("==") and not is_divider("=== Part 2 ===")
    turns = ["<p>HOST: First question, the rocket?</p>", "<p>MUSK: It flies next month.</p>",
             "<p>* * *</p>",
             "<p>HOST: Later, on cars. Any news?</p>", "<p>MUSK: A cheaper model.</p>"]
    assert _his("<h1>Interview excerpts</h1>" + "".join(turns)) == [
        (0.0, "It flies next month."), (0.0, "A cheaper model.")]
