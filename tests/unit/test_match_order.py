"""Who is compared with whom (issue 12): a statement that turns the claim's comparison of two
parties round ("BYD now sells more EVs than Tesla" against "Tesla still outsells BYD") is not
the claim, although both say "more" and a sentence encoder finds them alike (set X's one
wrong post). Read by tracker.match.compare; that the judge never posts such a pair is
tested in test_match_judge.py."""

from __future__ import annotations

import pytest

from tracker.match import compare as cmp


@pytest.mark.parametrize(("text", "order"), [
    ("Musk conceded that BYD now sells more battery-electric cars than Tesla worldwide.",
     {("gt", "byd", "tesla")}),
    ("Tesla still outsells BYD in pure EVs.", {("gt", "tesla", "byd")}),
    ("Tesla trails BYD in EV sales now.", {("gt", "byd", "tesla")}),  # "behind" turned round
    ("The U.S. trails China in solar.", {("gt", "china", "us")}),  # "U.S." is no full stop
    ("比亚迪的纯电动车销量已经超过特斯拉。", {("gt", "byd", "tesla")}),
    ("特斯拉的纯电车卖得比比亚迪多。", {("gt", "tesla", "byd")}),
    ("特斯拉不如比亚迪。", {("gt", "byd", "tesla")}),
    ("两年之内，小米在中国卖的电动车会比特斯拉多。", {("gt", "xiaomi", "tesla")}),  # 在中国: a place
    ("在中国市场，特斯拉的销量根本比不上比亚迪。", {("gt", "byd", "tesla")}),
    ("Chinese EVs are cheaper than Tesla's.", {("cheaper", "china", "tesla")}),
    # negated or reversed before the pivot: which way it goes is not read
    ("Tesla doesn't sell more cars than BYD.", set()),
    ("Musk claimed no Chinese brand moves more battery cars inside China than Tesla does.", set()),
    ("Musk said the US has already lost its lead in AI to China.", set()),
    ("中国人均用电量早就不比美国人少了。", set()),
    # two comparisons: no one reading
    ("BYD only outsells Tesla because it counts hybrids; in pure EVs Tesla is ahead of BYD.",
     {("several", "", "")}),
    # one party only, or none
    ("China is far ahead in batteries.", set()),
    ("Workers there put in longer hours than anyone.", set()),
])
def test_the_order_of_a_comparison_is_read(text: str, order: set[tuple[str, str, str]]) -> None:
    assert cmp.view(text).order == order


CLAIM = ("Tesla still sells more pure battery-electric cars than BYD.",
         "特斯拉的纯电动车销量仍然超过比亚迪。")


@pytest.mark.parametrize(("text", "turned"), [
    ("Musk conceded that BYD now sells more battery-electric cars than Tesla worldwide.", True),
    ("比亚迪的纯电动车卖得比特斯拉多了。", True),
    ("Musk said Tesla now trails BYD in pure EV sales.", True),
    # the claim's order in other words: a paraphrase, not a contradiction
    ("Musk said BYD still trails Tesla when you count only battery cars.", False),
    ("特斯拉的纯电车卖得比比亚迪多。", False),
    ("纯电动车方面，比亚迪还是不如特斯拉。", False),
    # both ways in one statement, or only one party named: not read as turned round
    ("BYD sells more hybrids than Tesla, but Tesla sells more EVs than BYD.", False),
    ("Musk said BYD is selling a lot of cars.", False),
])
def test_a_comparison_turned_round_contradicts_the_claim(text: str, turned: bool) -> None:
    side = cmp.claim_side(list(CLAIM), [])
    assert cmp.swapped(cmp.view(text), side) is turned
    assert ("direction" in cmp.contradictions(cmp.view(text), side)) is (
        turned or bool(cmp.contradictions(cmp.view(text), side)))
