"""Transcript page class met on batch AG (development data once measured): a speaker line
"<strong>Name</strong> · <a>69:51</a>" with the words in the paragraphs below; the dot
between name and time is no words of the turn.

A small page of our own; as in ``test_transcript_round25``.
"""

from __future__ import annotations

import pytest

from tests.unit.transcript_pages import his_turns as _his

_TURNS = [("Juno Abelard", "69:12", "We're back at the kitchen table."),
          ("Elon Musk", "69:51", "A lot of lentils. They were good lentils."),
          ("Juno Abelard", "70:02", "When did you notice?"),
          ("Elon Musk", "70:04", "Probably when I was about ten.")]


@pytest.mark.parametrize("separator", ["&middot;", "•", "|", "—"])
def test_a_separator_between_name_and_time_is_no_words(separator: str) -> None:
    body = "".join(f"<p class='speaker'><strong>{who}</strong> {separator} "
                   f"<a href='#t={t.replace(':', 'm')}s'>{t}</a></p><p>{words}</p>"
                   for who, t, words in _TURNS)
    assert _his(f"<article><h2>Transcript</h2>{body}</article>") == [
        (4191.0, "A lot of lentils. They were good lentils."),
        (4204.0, "Probably when I was about ten.")]
