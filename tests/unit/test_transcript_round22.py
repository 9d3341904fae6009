"""Transcript page class met on batch AC (development data once measured): a turn's time
only in a data attribute whose name the parser did not list ("data-seek"). A cue's start
is now read from any data attribute whose name says start, time, seek, offset or from
(milliseconds when the name ends in ms), never from one that says end or duration.

Small pages of our own; as in ``test_transcript_round21``.
"""

from __future__ import annotations

import pytest

from tests.unit.transcript_pages import his_turns as _his

_TURNS = [(0.0, "Maren Holt", "Welcome back to Slipstream. Elon Musk is with us."),
          (12.4, "Elon Musk", "Thanks for having me. Engines first, then the rest."),
          (31.9, "Maren Holt", "Why engines first?"),
          (35.2, "Elon Musk", "Because the engine decides everything else about the rocket."),
          (3721.5, "Elon", "One more thing: test early and often.")]
_HIS = [(12.0, "Thanks for having me. Engines first, then the rest."),
        (35.0, "Because the engine decides everything else about the rocket."),
        (3721.0, "One more thing: test early and often.")]


def _page(attribute: str, scale: float = 1.0, extra: str = "") -> str:
    rows = "".join(f'<p class="tx-p" {attribute}="{t * scale:.2f}"{extra}>'
                   f'<span class="tx-name">{who}:</span> {words}</p>' for t, who, words in _TURNS)
    return f"<article><h1>Slipstream, episode 40</h1>{rows}</article>"


@pytest.mark.parametrize("attribute", ["data-seek", "data-cue-time", "data-timestamp",
                                       "data-from", "data-seek-to", "data-t"])
def test_a_start_attribute_of_any_such_name_times_the_turn(attribute: str) -> None:
    assert _his(_page(attribute)) == _HIS


@pytest.mark.parametrize("attribute", ["data-seek-ms", "data-offset-millis", "data-ms"])
def test_milliseconds_by_name(attribute: str) -> None:
    assert _his(_page(attribute, 1000.0)) == _HIS


@pytest.mark.parametrize("attribute", ["data-end", "data-end-time", "data-duration",
                                       "data-length", "data-id"])
def test_an_end_a_duration_or_an_id_is_no_start(attribute: str) -> None:
    # Untimed turns (0.0, as any page without times), his words all the same.
    assert _his(_page(attribute)) == [(0.0, words) for _, words in _HIS]


def test_the_start_wins_over_an_end_beside_it() -> None:
    page = _page("data-seek", extra=' data-end-time="9999"')
    assert _his(page) == _HIS
