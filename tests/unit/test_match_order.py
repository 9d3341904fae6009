"""Who is compared with whom (issue 12): a statement that turns the claim's comparison of two
parties round ("BYD now sells more EVs than Tesla" against "Tesla still outsells BYD") is not
the claim, although both say "more" and a sentence encoder finds them alike (set X's one
wrong post). Read by tracker.match.compare; the judge never posts such a pair."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tracker.match import Matcher
from tracker.match import compare as cmp
from tracker.match.classifier import load_model
from tracker.match.derive import derive_phrasings
from tracker.match.embedder import UseM3Embedder
from tracker.match.judge import STANCE_CAP, PairJudge, load_judge_model
from tracker.match.train import load_rebuttals
from tracker.model import Counterpoint, Decision, Rebuttal, RebuttalStatus


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


@pytest.fixture(scope="module")
def use_m3() -> Iterator[UseM3Embedder]:
    yield UseM3Embedder()


def _rebuttal() -> Rebuttal:
    claim_en = "Xiaomi will sell more electric cars than Tesla in China within two years."
    claim_zh = "小米将在两年内在中国卖出比特斯拉更多的电动车。"
    return Rebuttal("xiaomi-outsells-tesla-soon", claim_en, claim_zh,
                    (Counterpoint("Xiaomi delivered about 135,000 SU7s in 2024; Tesla sold "
                                  "about 660,000 cars in China that year.",
                                  "2024年小米交付约13.5万辆SU7，特斯拉同年在华销量约66万辆。", ()),),
                    derive_phrasings(claim_en, claim_zh), status=RebuttalStatus.PUBLISHED)


def test_a_statement_that_turns_the_comparison_round_is_never_posted(
        use_m3: UseM3Embedder) -> None:
    matcher = Matcher([*load_rebuttals(), _rebuttal()], use_m3, load_model(),
                      judge=PairJudge(load_judge_model()), auto_untaught=True)
    same = matcher.match("两年之内，小米在中国卖的电动车会比特斯拉多。")
    assert same.matches[0].rebuttal_id == "xiaomi-outsells-tesla-soon"
    assert same.decision is Decision.MATCH  # the claim's order: posted
    turned = matcher.match("两年之内，特斯拉在中国卖的电动车还会比小米多。")
    assert turned.matches[0].rebuttal_id == "xiaomi-outsells-tesla-soon"
    assert turned.decision is not Decision.MATCH
    assert turned.matches[0].judge is not None and turned.matches[0].judge <= STANCE_CAP
