"""Review and vote buttons: their data, parsed into typed actions (tracker.chat.actions)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from tracker.chat import texts
from tracker.chat.actions import (
    ReviewAction,
    ReviewChoice,
    VoteAction,
    parse_review,
    parse_vote,
    review_buttons,
    vote_buttons,
)
from tracker.errors import UsageError
from tracker.model import Counterpoint, Post, Rebuttal, RebuttalStatus, ScoredRebuttal, Statement


def post(n_rebuttals: int) -> Post:
    st = Statement(id=7, text="China", speaker="Elon Musk", watch="musk-china", language="en",
                   confidence=0.9, item_id=1, start=0, end=5, context="",
                   published_at=datetime(2026, 11, 27, tzinfo=UTC), source_url="https://x.org")
    cp = Counterpoint("No.", "不。", ())
    return Post(st, tuple(Rebuttal(f"rb-{n}", "Claim", "说法", (cp,))
                          for n in range(1, n_rebuttals + 1)))


@pytest.mark.parametrize("action", [
    ReviewAction(12, ReviewChoice.ATTACH, "china-economy"), ReviewAction(12, ReviewChoice.IGNORE),
    ReviewAction(3, ReviewChoice.POST_PLAIN), ReviewAction(3, ReviewChoice.NEW_REBUTTAL),
])
def test_review_data_round_trips(action: ReviewAction) -> None:
    assert parse_review(action.data) == action


def test_review_data_keeps_the_wire_format() -> None:
    assert ReviewAction(12, ReviewChoice.ATTACH, "rb").data == "r|12|attach|rb"
    assert ReviewAction(12, ReviewChoice.IGNORE).data == "r|12|ignore|"


@pytest.mark.parametrize("data", [
    "", "r", "r|12|attach", "v|12|attach|rb", "r|x|ignore|", "r|²|ignore|", "r|0|ignore|",
    "r|12|delete|", "r|12|attach|", "r|12|ignore|rb", "r|99999999999|ignore|",
])
def test_review_data_we_did_not_make_is_refused(data: str) -> None:
    with pytest.raises(UsageError, match=texts.BUTTON_EXPIRED):
        parse_review(data)


@pytest.mark.parametrize("value", [1, -1])
def test_vote_data_round_trips(value: int) -> None:
    action = VoteAction(7, "china-economy", value)
    assert action.data == f"v|7|china-economy|{value}"
    assert parse_vote(action.data) == action


@pytest.mark.parametrize("data", [
    "", "v|7|rb", "r|7|rb|1", "v|x|rb|1", "v|7||1", "v|7|rb|2", "v|7|rb|+1", "v|-7|rb|1",
])
def test_vote_data_we_did_not_make_is_refused(data: str) -> None:
    with pytest.raises(UsageError, match=texts.BUTTON_EXPIRED):
        parse_vote(data)


def test_one_counterpoint_gets_plain_vote_buttons() -> None:
    [[up, down]] = vote_buttons(post(1))
    assert (up.label, up.data, down.label, down.data) == ("👍", "v|7|rb-1|1", "👎", "v|7|rb-1|-1")


def test_several_counterpoints_get_numbered_buttons_for_the_first_three() -> None:
    rows = vote_buttons(post(5))
    assert [[b.label for b in row] for row in rows] == [["1 👍", "1 👎"], ["2 👍", "2 👎"],
                                                        ["3 👍", "3 👎"]]


def test_review_buttons_offer_the_candidates_then_the_other_choices() -> None:
    candidates = [ScoredRebuttal(f"rb-{n}", 0.5) for n in range(1, 5)]
    rows = review_buttons(9, candidates, "zh")
    assert [row[0].data for row in rows[:3]] == ["r|9|attach|rb-1", "r|9|attach|rb-2",
                                                 "r|9|attach|rb-3"]
    assert rows[0][0].label == "✅ rb-1 (0.50)"
    assert [[b.label for b in row] for row in rows[3:]] == [["发布（无反驳）"], ["撰写新反驳", "忽略"]]
    assert all(parse_review(b.data) for row in rows for b in row)


def test_a_withdrawn_counterpoint_keeps_its_number_but_loses_its_buttons() -> None:
    shown = post(3)
    retired = dataclasses.replace(shown.rebuttals[0], status=RebuttalStatus.RETIRED)
    rows = vote_buttons(dataclasses.replace(shown, rebuttals=(retired, *shown.rebuttals[1:])))
    assert [[b.label for b in row] for row in rows] == [["2 👍", "2 👎"], ["3 👍", "3 👎"]]
