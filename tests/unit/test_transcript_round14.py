"""Transcript page classes met on batch S (development data once measured): a namesake told
apart by an initial ("Elon W.") beside the bare "Elon", labels that turn into initials ("Elon
Musk:" then "EM:") while an avatar's initials on a line of their own stay no label, and a
caption panel whose cue shows its time and then a speaker-styled span.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns


def test_a_namesake_with_an_initial_leaves_the_bare_first_name_to_him() -> None:
    lines = ["[02:14] Sarah: We've got Elon up as a speaker now. Elon, can you hear us?",
             "[02:19] Elon: Yeah, I can hear you.",
             "[09:50] Elon W.: Hi, Elon Whitfield here, I run a delivery fleet.",
             "[10:31] Elon: Fleets are interesting.",
             "Elon W.: Any chance of a fleet API?", "Elon: Yes.",
             "[1:15:40] Sarah: We're at time.", "[1:15:44] Elon: Thanks, bye."]
    page = ("<div class='content'>Sarah is the host, \"Elon W.\" is a different Elon.<br><br>"
            + "<br>".join(lines) + "</div>")
    turns = speakers_turns(page)
    assert [t for who, _, t in turns if who == "Elon Musk"] == [
        "Yeah, I can hear you.", "Fleets are interesting.", "Yes.", "Thanks, bye."]
    assert ("Elon W.", "Any chance of a fleet API?") in {(w, t) for w, _, t in turns}


def test_labels_that_turn_into_initials_are_the_same_people() -> None:
    exchanges = [("Jules Ashford", "Thanks for doing this."), ("Elon Musk", "Glad to. [00:42]"),
                 ("Jules Ashford", "Why tunnels?"), ("Elon Musk", "Nobody looks. [00:58]"),
                 ("JA", "Why are they expensive?"), ("EM", "They are too big. [01:05]"),
                 ("JA", "Literally?"), ("EM", "Literally.")]
    page = "".join(f"<p><strong>{who}:</strong> {text}</p>" for who, text in exchanges)
    assert [text for _, text in _his(page)] == ["Glad to.", "Nobody looks.", "They are too big.",
                                                "Literally."]


def test_an_avatars_initials_on_a_line_of_their_own_are_no_label_of_his() -> None:
    from tests.unit.transcript_pages import SPEAKERS
    from tracker.feeds.transcript_people import people

    labels = {"Elon Musk", "EM", "Marisol Keane", "MK"}
    as_labels = {"Elon Musk": {"colon"}, "EM": {"colon"}, "Marisol Keane": {"colon"}, "MK": {"colon"}}
    avatars = {**as_labels, "EM": {"name-line"}, "MK": {"name-line"}}
    assert people(labels, "", SPEAKERS, forms=as_labels)["EM"] == "Elon Musk"
    assert people(labels, "", SPEAKERS, forms=avatars)["EM"] == "EM"


def test_a_cue_showing_its_time_then_a_speaker_span_is_labelled() -> None:
    cues = [(4, "0:04", "Ravi Menon", "Good evening, and welcome."),
            (11, "0:11", "", "Elon, welcome."),
            (135, "2:15", "Elon Musk", "Thanks, Ravi."),
            (141, "2:21", "", "Great to be here."),
            (340, "5:40", "Ravi Menon", "So, when?"),
            (344, "5:44", "Elon Musk", "End of 2026.")]
    page = "<h2>Transcript</h2>" + "".join(
        f"<div class='cue' data-start-ms='{t * 1000}'><span class='cue-time'>{shown}</span>"
        + (f"<span class='cue-speaker'>{who}</span>" if who else "")
        + f"<span class='cue-text'>{text}</span></div>" for t, shown, who, text in cues)
    assert _his(page) == [(135.0, "Thanks, Ravi. Great to be here."), (344.0, "End of 2026.")]
