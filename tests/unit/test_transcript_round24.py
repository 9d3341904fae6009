"""Transcript page class met on batch AE (development data once measured): a video page's
transcript panel in an ``<aside>`` that is itself named transcript (``aria-label``,
``id``), or whose cues carry their start as an attribute, with a chapter list below the
player that points to one of his turns ("0:31 Elon Musk: …") and an untimed copy of the
transcript after that. The panel is read; the chapter line is no turn.

Small pages of our own; as in ``test_transcript_round22``.
"""

from __future__ import annotations

import pytest

from tests.unit.transcript_pages import his_turns as _his

_CUES = [(3.2, "0:03", "Jonah Pell", "Welcome, everyone, to the main stage."),
         (21.44, "0:21", "Elon Musk", "Thanks. Wow, full room."),
         (25.1, "0:25", "Jonah Pell", "How much compute is enough?"),
         (31.7, "0:31", "Elon Musk", "There is no such thing as enough."),
         (38.25, "0:38", "", "Every time we double the cluster, the models improve."),
         (4523.0, "75:23", "Elon Musk", "Yeah."),
         (4524.4, "75:24", "Jonah Pell", "When do people land?"),
         (4590.9, "76:30", "Elon Musk", "If the flights go well, in a few years.")]
_HIS = [(21.0, "Thanks. Wow, full room."),
        (31.0, "There is no such thing as enough. Every time we double the cluster, "
               "the models improve."),
        (4523.0, "Yeah."), (4590.0, "If the flights go well, in a few years.")]


def _panel(aside: str) -> str:
    cues = "".join(
        f'<div class="tp-cue" data-start="{t}" role="button"><button class="tp-time">{shown}'
        f'</button>{f"<span class=tp-speaker>{who}</span>" if who else ""}'
        f'<span class="tp-text">{words}</span></div>' for t, shown, who, words in _CUES)
    copy = "".join(f"<p>{who or 'Elon Musk'}: {words}</p>" for _, _, who, words in _CUES)
    return ("<main><h1>Ridgeback Summit: Elon Musk</h1><video src='/v.mp4'></video>"
            f"{aside.format(cues=cues)}"
            "<div class='description'><p>1,204,551 views</p><p>Chapters:<br>"
            "<a href='?t=0'>0:00</a> Welcome<br>"
            "<a href='?t=31'>0:31</a> Elon Musk: \"No such thing as enough\" compute<br>"
            "<a href='?t=4515'>1:15:15</a> Mars timelines</p>"
            f"<details><summary>Full transcript (text)</summary>{copy}</details></div></main>")


@pytest.mark.parametrize("aside", [
    '<aside aria-label="Transcript"><div class="tp-header"><h2>Transcript</h2></div>'
    '<div class="tp-body">{cues}</div></aside>',
    '<aside id="transcript-panel"><div class="tp-body">{cues}</div></aside>',
    '<aside class="engagement"><div class="body">{cues}</div></aside>'])
def test_a_timed_panel_in_an_aside_is_read_and_the_chapter_line_is_no_turn(aside: str) -> None:
    assert _his(_panel(aside)) == _HIS


def test_an_aside_of_related_links_is_still_no_transcript() -> None:
    page = ("<main><h1>Interview</h1><p>Host: Welcome.</p><p>Elon Musk: Thanks for having me.</p>"
            "<p>Host: Rockets?</p><p>Elon Musk: Reusable, always.</p></main>"
            "<aside class='most-read'><ul><li>Elon Musk: Starship flies again</li>"
            "<li>Elon Musk: Tesla's quarter</li><li>Elon Musk: on AI</li></ul></aside>")
    assert [text for _, text in _his(page)] == ["Thanks for having me.", "Reusable, always."]
