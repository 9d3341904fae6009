"""One word of scope, degree or rule (issue 12): "CATL and BYD together" against "CATL
alone", "more than any other single country" against "more than the rest of the world
combined", "slipped a couple of points" against "rapidly", 违法 against "required by law"
make another claim on the same subject, and a sentence encoder finds the two alike (set Y's
wrong posts). Read by tracker.match.compare (``_SCALES``, ``rescoped``); the judge never posts
such a pair."""

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


@pytest.mark.parametrize(("text", "scales"), [
    ("CATL alone makes more than half of the world's EV batteries.", {("extent", "one")}),
    ("CATL and BYD together make most EV batteries.", {("extent", "many")}),
    ("China builds more reactors than the rest of the world combined.", {("extent", "many")}),
    ("China builds more reactors than any other single country.", {("extent", "one")}),
    ("宁德时代一家就占了全球一半以上。", {("extent", "one")}),
    ("宁德时代和比亚迪加起来占了一半以上。", {("extent", "many")}),
    ("CATL plus BYD make more than half.", {("extent", "many")}),
    ("宁德时代加上比亚迪占了一半以上。", {("extent", "many")}),
    # "alone" as emphasis beside "the rest of the planet": both ends, no reading
    ("China alone adds more robots than the whole rest of the planet.", set()),
    ("China is rapidly phasing out coal.", {("degree", "strong")}),
    ("Coal's share slipped a couple of points.", {("degree", "weak")}),
    ("中国煤电占比大幅下降。", {("degree", "strong")}),
    ("中国煤电占比略有下降。", {("degree", "weak")}),
    ("All of the parts are made in China.", {("share", "all")}),
    ("Most of the parts are made in China.", {("share", "part")}),
    ("几乎全部零部件都在中国生产。", set()),  # "almost all" is no claim of all
    ("Most new cars sold in China are now fully electric.", set()),  # "fully": no share
    ("In China the 996 schedule is required by law.", {("rule", "must")}),
    ("在中国，996工作制是法律规定的。", {("rule", "must")}),
    ("996 is perfectly legal in China.", {("rule", "may")}),
    ("996在中国其实是违法的。", {("rule", "banned")}),
    ("Kids there aren't allowed to play video games.", {("rule", "banned")}),
    ("在中国，孩子们不允许玩游戏。", {("rule", "banned")}),
    ("China has the best engineers.", set()),
])
def test_the_scales_of_a_text_are_read(text: str, scales: set[tuple[str, str]]) -> None:
    assert set(cmp.view(text).scales) == scales


CATL = ("CATL alone makes more than half of the world's EV batteries.",
        "仅宁德时代一家就生产了全球一半以上的电动车电池。")


@pytest.mark.parametrize(("claim", "statement", "rescoped"), [
    (CATL, "Musk said CATL and BYD together make more than half of the world's EV batteries.",
     ("extent",)),
    (CATL, "马斯克说，宁德时代和比亚迪加起来占了全球电池的一半以上。", ("extent",)),
    # the same end in other words, or no word on the scale: nothing to tell
    (CATL, "CATL by itself makes over half the batteries in EVs worldwide.", ()),
    (CATL, "CATL makes more than half of all EV batteries.", ()),
    (("China is rapidly phasing out coal.", "中国正在迅速淘汰煤电。"),
     "Coal's share of China's power slipped a couple of points last year, Musk noted.",
     ("degree",)),
    (("China is rapidly phasing out coal.", "中国正在迅速淘汰煤电。"),
     "马斯克说中国正在飞速摆脱煤炭。", ()),
    (("In China the 996 work schedule is required by law.", "在中国，996工作制是法律规定的。"),
     "马斯克也承认，996在中国其实是违法的。", ("rule",)),
    # a claim that says nothing on a scale is not contradicted on it
    (("China has the best battery engineers.", "中国的电池工程师是最好的。"),
     "China alone has better battery engineers than the rest of the world combined.", ()),
])
def test_a_statement_on_another_end_of_the_claims_scale_is_rescoped(
        claim: tuple[str, str], statement: str, rescoped: tuple[str, ...]) -> None:
    assert cmp.rescoped(cmp.view(statement), cmp.claim_side(list(claim), [])) == rescoped


@pytest.fixture(scope="module")
def use_m3() -> Iterator[UseM3Embedder]:
    yield UseM3Embedder()


def test_a_statement_on_another_end_of_the_scale_is_never_posted(use_m3: UseM3Embedder) -> None:
    claim_en, claim_zh = CATL
    catl = Rebuttal("catl-alone-half-of-batteries", claim_en, claim_zh,
                    (Counterpoint("CATL's share of EV battery installations was about 38% in "
                                  "2024 (SNE Research).",
                                  "据SNE Research，2024年宁德时代的动力电池装机份额约为38%。", ()),),
                    derive_phrasings(claim_en, claim_zh), status=RebuttalStatus.PUBLISHED)
    matcher = Matcher([*load_rebuttals(), catl], use_m3, load_model(),
                      judge=PairJudge(load_judge_model()), auto_untaught=True)
    same = matcher.match("CATL by itself makes more than half of the world's EV batteries.")
    assert same.matches[0].rebuttal_id == catl.id
    assert same.matches[0].judge is not None and same.matches[0].judge > STANCE_CAP
    other = matcher.match("CATL and BYD together make more than half of the world's EV "
                          "batteries.")
    assert other.matches[0].rebuttal_id == catl.id
    assert other.decision is not Decision.MATCH
    assert other.matches[0].judge is not None and other.matches[0].judge <= STANCE_CAP
