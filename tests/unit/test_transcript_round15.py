"""Transcript page classes met on batch T (development data once measured): a caption
panel whose cues show their time in a block of their own and open with a span whose class
says speaker before words in lower case, and a label whose role after a comma says the
voice is a caller ("ELON, CALLER FROM FRESNO"), who is not the guest of that first name.

Small pages of our own, one per class; as in ``test_transcript_round5``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns

_CUES = [(512.3, "8:32", "Dana Holt", "okay we're back. tell me about"),
         (515.0, "8:35", "", "the new factory."),
         (518.6, "8:38", "Elon Musk", "sure, it's the biggest"),
         (521.2, "8:41", "", "building we've ever made"),
         (3601.9, "1:00:01", "Dana Holt", "how big?"),
         (3603.4, "1:00:03", "Elon Musk", "about a hundred football fields")]


def _panel(speaker_class: str) -> str:
    return "<h2>Transcript</h2><div class='segments'>" + "".join(
        f"<div class='cue' data-start='{t}'><div class='cue-time'>{shown}</div>"
        "<div class='cue-text'>"
        + (f"<span class='{speaker_class}'>{who}</span> " if who else "")
        + f"{text}</div></div>" for t, shown, who, text in _CUES) + "</div>"


def test_a_cue_opening_with_a_speaker_span_before_lower_case_words_is_labelled() -> None:
    assert _his(_panel("cue-speaker")) == [
        (518.0, "sure, it's the biggest building we've ever made"),
        (3603.0, "about a hundred football fields")]
    turns = speakers_turns(_panel("cue-speaker"))
    assert turns[0][:2] == ("Dana Holt", 512.0)  # the time shown above the label's cue


def test_a_name_styled_span_before_lower_case_words_is_a_sentence() -> None:
    # "name" styles an author or a card as well as a speaker: before words in lower case
    # it opens a sentence ("<span class=name>Elon Musk</span> is the founder of …").
    page = "".join(f"<p><span class='author-name'>{who}</span> {text}</p>" for who, text in [
        ("Elon Musk", "is the founder of several companies."),
        ("Dana Holt", "hosts the show every week."),
        ("Elon Musk", "has been a guest three times."),
        ("Dana Holt", "used to be an engineer.")])
    assert _his(page) == []


def test_a_caller_named_by_a_role_after_a_comma_is_not_the_guest() -> None:
    heads = [("MARA LINDQVIST", "0:05", "Welcome to the show. First, Elon in Tulsa."),
             ("ELON, CALLER FROM TULSA", "0:40", "Hi Mara. My question is about batteries."),
             ("LINDQVIST", "0:58", "Our guest is with us now. Elon Musk, welcome."),
             ("ELON MUSK", "12:07", "Good morning."),
             ("ELON, CALLER", "13:01", "So is that a yes?"),
             ("MUSK", "13:04", "Yes.")]
    page = "<h1>Transcript</h1>" + "".join(
        f"<h4 class='speaker'>{who} <time datetime='PT{shown.replace(':', 'M')}S'>{shown}</time>"
        f"</h4><p>{text}</p>" for who, shown, text in heads)
    assert _his(page) == [(727.0, "Good morning."), (784.0, "Yes.")]
    callers = [(start, text) for who, start, text in speakers_turns(page) if who == "ELON"]
    assert callers == [(40.0, "Hi Mara. My question is about batteries."),
                       (781.0, "So is that a yes?")]


def test_a_caller_role_after_a_comma_in_a_colon_label_is_not_the_guest() -> None:
    lines = [("Mara Lindqvist", "First, a caller."),
             ("Elon, caller from Tulsa", "Hi Mara. Is the guest there?"),
             ("Elon Musk", "I am, hello."), ("Mara Lindqvist", "Go ahead, Elon."),
             ("Elon, caller", "When is the Semi coming?"), ("Elon Musk", "Next year.")]
    page = "".join(f"<p><b>{who}:</b> {text}</p>" for who, text in lines)
    assert [text for _, text in _his(page)] == ["I am, hello.", "Next year."]


def test_a_role_after_a_comma_that_is_no_caller_keeps_the_label_his() -> None:
    lines = [("ANCHOR", "Joining us now, the head of Tesla."),
             ("ELON MUSK, CEO, TESLA", "Thanks for having me."),
             ("ANCHOR", "Sales are down."), ("MUSK", "They will recover."),
             ("ANCHOR", "When?"), ("MUSK", "Next quarter.")]
    page = "".join(f"<p>{who}: {text}</p>" for who, text in lines)
    assert [text for _, text in _his(page)] == ["Thanks for having me.", "They will recover.",
                                                "Next quarter."]


def test_a_name_after_a_comma_defines_no_label() -> None:
    # "Speaker 2 (Elon Musk):" defines a label; a host greeting two guests at once,
    # "Dana Holt, Elon Musk:", does not make the host him.
    lines = [("Dana Holt", "Welcome."), ("Elon Musk", "Thanks."), ("Dana Holt", "So."),
             ("Elon Musk", "Yes."), ("Dana Holt, Elon Musk", "both of you, hi"),
             ("Kim Park", "Hi."), ("Dana Holt", "Bye, really.")]
    page = "<h2>Transcript</h2>" + "".join(f"<p><b>{who}:</b> {text}</p>" for who, text in lines)
    assert [text for _, text in _his(page)] == ["Thanks.", "Yes."]
