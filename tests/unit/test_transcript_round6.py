"""Transcript page classes met on a sixth batch: a cue panel whose speaker heading carries a
note in parentheses beside a full-text copy without times, a transcript repeated as a
plain-text export (turns merged, so the copies' first lines differ), a time in a jump link
("▶ 12:04") before a label, a full name labelled once in another script than the short
name after it, a last turn labelled another way than the rest, and a headline in title
case above a transcript whose labels are in capitals.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his

HOST = "Marisol Quintero"
# (speaker heading, [(seconds, caption line)]): a turn's heading only before its first cue.
PANEL = [
    (HOST, [(4805.3, "Welcome back to the late session. Our guest"), (4809.8, "needs no introduction.")]),
    ("Elon Musk", [(4815.6, "Glad to be on. The factory tour ran long,"), (4820.1, "apologies for that.")]),
    (HOST, [(4826.0, "We dug up an old recording for you.")]),
    ("Elon Musk (recording, 2012)", [(4831.4, "Reusability is the holy grail of rocketry,"),
                                     (4836.9, "and nobody has cracked it yet.")]),
    (HOST, [(4842.2, "Twelve years on, has it been cracked?")]),
    ("Elon Musk", [(4848.7, "Mostly. The booster part is done. The ship"), (4853.0, "is the hard part now.")]),
    (HOST, [(4860.5, "Thanks for staying late.")]),
    ("Elon Musk", [(4864.0, "Anytime.")]),
]


def _mmss(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"  # minutes above 59 stay minutes


def _cue_panel() -> str:
    cues = "".join(
        f"<div class='cap-name'>{who}</div>" + "".join(
            f"<div class='cap-line' data-start='{s:.2f}'><span class='cap-ts'>{_mmss(s)}</span>"
            f"<span>{words}</span></div>" for s, words in lines)
        for who, lines in PANEL)
    copy = "".join(f"<p><strong>{who}:</strong> {' '.join(w for _, w in lines)}</p>"
                   for who, lines in PANEL)
    return (f"<h1>Late session, full stream</h1><section id='captions-transcript'>{cues}</section>"
            f"<details><summary>Read it as one text</summary>{copy}</details>")


def test_cue_panel_with_a_noted_heading_keeps_the_cue_times_over_an_untimed_copy() -> None:
    got = _his(_cue_panel())
    assert [start for start, _ in got] == [4815.0, 4831.0, 4848.0, 4864.0], got
    assert [text.split()[0] for _, text in got] == ["Glad", "Reusability", "Mostly.", "Anytime."]


def _export_page() -> str:
    segments = [
        ("Joel Brandt", 600, "So the new cells. Walk me through why the chemistry changed."),
        ("Elon Musk", 612, "Cost, mostly. Nickel is expensive and the supply is thin."),
        (None, 619, "Iron phosphate gives up some range but the pack lasts longer."),
        ("Joel Brandt", 630, "And the customers do not mind?"),
        ("Elon Musk", 634, "Most of them never notice. They drive forty miles a day."),
        ("Joel Brandt", 641, "Fair enough."),
        ("Elon Musk", 643, "The ones who tow trailers notice, so they get the other pack."),
        (None, 650, "Two packs, one factory line. That was the trick."),
        ("Joel Brandt", 660, "Thanks for the time."),
        ("Elon Musk", 662, "Sure thing."),
    ]
    rows = "".join(
        f"<div class='utt' data-offset-ms='{s * 1000 + 250}'>"
        + (f"<span class='p-chip'>{who}</span>" if who else "")
        + f"<button>{s // 60}:{s % 60:02d}</button><p>{words}</p></div>" for who, s, words in segments)
    merged: list[list[str]] = []
    for who, s, words in segments:
        if who:
            merged.append([f"{who}  {s // 60}:{s % 60:02d}", words])
        else:
            merged[-1][1] += " " + words
    export = "\n\n".join(f"{head}\n{words}" for head, words in merged)
    return (f"<h1>Battery chat, part 3</h1><h2>Transcript</h2><div class='utts'>{rows}</div>"
            f"<details class='dl'><summary>Download as .txt</summary><pre>{export}</pre></details>")


def test_a_plain_text_export_of_the_transcript_counts_each_turn_once() -> None:
    got = _his(_export_page())
    assert [start for start, _ in got] == [612.0, 634.0, 643.0, 662.0], got
    assert got[-1][1] == "Sure thing.", got


def _jump_qa() -> str:
    return ("<h1>專訪：馬斯克談電池與工廠</h1><p>以下為專訪節錄。點擊時間可跳至影片。</p>"
            "<p><strong>主持：</strong>新工廠甚麼時候投產？</p>"
            "<p><a class='jump' href='#player' data-t='724'>► 12:04</a> <strong>馬斯克：</strong>"
            "明年年中，如果設備按時到位。</p><p>我們已經在招聘工程師。</p>"
            "<p><strong>主持：</strong>會生產哪種電池？</p>"
            "<p><strong>馬斯克：</strong>兩種都會。</p>"
            "<p><strong>主持：</strong>價格會下降嗎？</p>"
            "<p><a class='jump' href='#player' data-t='901'>▶ 15:01</a> <strong>馬斯克：</strong>"
            "會，但需要時間。規模是關鍵。</p>"
            "<p><strong>主持：</strong>謝謝。</p>")


def test_a_jump_link_with_a_play_sign_before_the_label_is_the_turns_time() -> None:
    got = _his(_jump_qa())
    assert [text[:4] for _, text in got] == ["明年年中", "兩種都會", "會，但需"], got
    assert got[0][0] == 724.0 and got[2][0] == 901.0, got
    assert "招聘" in got[0][1], got


def test_a_full_name_labelled_once_in_another_script_than_the_short_name_is_his() -> None:
    page = ("<h2>座談逐字稿</h2>"
            "<p><strong>林主持：</strong>歡迎來到今天的座談。（00:05）</p>"
            "<p><strong>伊隆·馬斯克：</strong>很高興再次來到這裡。（00:12）</p>"
            "<p><strong>林主持：</strong>電池的成本還會下降嗎？（00:30）</p>"
            "<p><strong>Elon：</strong>會，每年都在下降。（00:36）</p>"
            "<p><strong>林主持：</strong>謝謝。（01:02）</p>"
            "<p><strong>Elon：</strong>謝謝大家。（01:05）</p>")
    got = _his(page)
    assert [start for start, _ in got] == [12.0, 36.0, 65.0], got


def test_an_alias_of_someone_else_labelled_once_is_not_his() -> None:
    page = ("<p><strong>Host:</strong> Welcome, both of you.</p>"
            "<p><strong>Elon Varga:</strong> Thanks for having me.</p>"
            "<p><strong>Host:</strong> Elon, tell us about the bakery.</p>"
            "<p><strong>Dana:</strong> I can start.</p>"
            "<p><strong>Host:</strong> Go ahead.</p><p><strong>Dana:</strong> We bake at four.</p>")
    assert _his(page) == []


def test_a_last_turn_labelled_without_its_time_link_is_still_a_turn() -> None:
    page = ("<h3>Transcript</h3>"
            "<p><a href='https://pod.example/e/7?t=3'>[00:03]</a> <strong>Nora Adeyemi:</strong> Welcome in.</p>"
            "<p><a href='https://pod.example/e/7?t=9'>[00:09]</a> <strong>Elon Musk:</strong> Good to be here.</p>"
            "<p><a href='https://pod.example/e/7?t=15'>[00:15]</a> <strong>Nora:</strong> Tunnels first.</p>"
            "<p><a href='https://pod.example/e/7?t=21'>[00:21]</a> <strong>Elon:</strong> They are cheaper now.</p>"
            "<p><a href='https://pod.example/e/7?t=40'>[00:40]</a> <strong>Nora:</strong> That is all the time.</p>"
            "<p><strong>Elon:</strong> Bye for now.</p>"
            "<p>Thanks for reading! Subscribe for more.</p>")
    got = _his(page)
    assert [text for _, text in got] == ["Good to be here.", "They are cheaper now.", "Bye for now."], got


def test_a_title_case_headline_above_capital_labels_is_no_turn() -> None:
    page = ("<p>THE NIGHT DESK</p>"
            "<p>Musk: Tunnels Under Every City; Markets Slide; Storm Warning. Aired 10-11p ET</p>"
            "<p>THIS IS A RUSH TRANSCRIPT.</p>"
            "<p>JUNE ABERNATHY, ANCHOR: Tonight, a conversation about tunnels.<br><br>"
            "ELON MUSK, FOUNDER, THE BORING COMPANY: Traffic is a three-dimensional problem.<br><br>"
            "ABERNATHY: Is it affordable?<br><br>"
            "MUSK: Much more than it was.<br><br>"
            "ABERNATHY: Thank you.<br><br>MUSK: Thanks, June.</p>")
    got = _his(page)
    assert [text.split()[0] for _, text in got] == ["Traffic", "Much", "Thanks,"], got


def test_many_short_turns_seen_again_are_read_in_linear_time() -> None:
    import gc
    import time

    # Short exchanges repeated, none long: no copy, and each run of repeats was scanned
    # again from each of its turns (quadratic: 12,000 turns took seconds).
    def cpu(n: int) -> float:
        turns = "".join(f"<p><b>{'Jo' if i % 2 else 'Elon Musk'}:</b> "
                        f"{'Yes.' if i % 4 < 2 else 'No.'}</p>" for i in range(n))
        gc.collect()
        gc.disable()  # a collection landing in one run only would skew the ratio
        try:
            started = time.thread_time()
            got = _his(turns)
            return time.thread_time() - started
        finally:
            gc.enable()
            assert len(got) == n // 2

    # The least of three runs (other work only adds); quadratic would be 4x, n log n about 2.2x.
    small, large = min(cpu(6_000) for _ in range(3)), min(cpu(12_000) for _ in range(3))
    assert large <= 3.0 * small + 0.05, (small, large)  # doubling the turns: not 4x
