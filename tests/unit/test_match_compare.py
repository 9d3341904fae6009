"""Claim comparison: quantities, multipliers, direction, negation, stance, in both languages."""

from __future__ import annotations

import pytest

from tracker.match import compare as cmp
from tracker.match.quantities import Quantity, quantities, zh_numeral


def _features(statement: str, claim_en: str, claim_zh: str = "",
              counterpoints: tuple[str, ...] = ()) -> dict[str, float]:
    side = cmp.claim_side([claim_en, claim_zh], [], list(counterpoints))
    row = cmp.compare(cmp.view(statement), side, lambda token: 1.0)
    return dict(zip(cmp.COMPARE_NAMES, row, strict=True))


@pytest.mark.parametrize("text", ["three times the US", "3x the US", "triple the US",
                                  "美国的三倍", "美国的3倍", "3 times as much"])
def test_a_multiplier_is_read_however_it_is_written(text: str) -> None:
    assert Quantity("times", 3.0) in quantities(text)


@pytest.mark.parametrize(("text", "share"), [
    ("80% of the panels", 0.8), ("百分之八十的光伏板", 0.8), ("八成以上的光伏板", 0.8),
    ("half of the people", 0.5), ("减少一半", 0.5), ("十分之一的成本", 0.1),
    ("close to a fifth of the power", 0.2), ("most of the power", 0.7),
    ("大部分电力", 0.7),
])
def test_shares_are_read_in_both_languages(text: str, share: float) -> None:
    assert Quantity("share", share) in quantities(text)


def test_years_and_amounts_are_told_apart() -> None:
    found = quantities("by 2050 it spent $6 million on 50,000 H100s")
    assert {Quantity("year", 2050.0), Quantity("amount", 6e6), Quantity("amount", 5e4)} <= found
    assert Quantity("amount", 100.0) not in found  # H100 is a model name
    assert Quantity("amount", 6e6) in quantities("大约600万美元")
    assert Quantity("amount", 5e4) in quantities("大约五万块H100")
    assert Quantity("amount", 1e12) in quantities("one trillion dollars")
    assert zh_numeral("二十五") == 25.0 and zh_numeral("一些") is None
    assert quantities("一些人三思而后行") == frozenset()


def test_a_different_multiplier_conflicts_and_the_same_one_agrees() -> None:
    claim = "China already generates about three times as much electricity as the US."
    claim_zh = "中国的发电量已经是美国的三倍左右。"
    two = _features("马斯克称，中国的发电量已经是美国的两倍多。", claim, claim_zh)
    assert two["qty_conflict"] == 1.0 and two["qty_agree"] == 0.0
    three = _features("China's making roughly triple the electricity we are.", claim, claim_zh)
    assert three["qty_agree"] == 1.0 and three["qty_conflict"] == 0.0
    ten = _features("Musk said China makes 10x the power of the US.", claim, claim_zh)
    assert ten["qty_conflict"] == 1.0


def test_shares_conflict_across_languages() -> None:
    claim = "China makes essentially 100% of the world's solar panels."
    assert _features("全球八成的太阳能板是中国生产的。", claim)["qty_conflict"] == 1.0
    assert _features("Nearly all the world's solar panels are Chinese.", claim)["qty_agree"] == 1.0


def test_a_statement_quoting_the_counterpoints_numbers_is_flagged() -> None:
    f = _features("In 2024 China made about 2.3 times America's power.",
                  "China's power will be three times America's.",
                  counterpoints=("In 2024 China generated about 2.3 times as much as the US.",))
    assert f["qty_from_counterpoint"] >= 1.0 and f["qty_conflict"] == 1.0


@pytest.mark.parametrize(("statement", "claim"), [
    ("Musk said Huawei's chips are a generation behind Nvidia's.",
     "Huawei's AI chips are already every bit as good as Nvidia's best."),
    ("马斯克认为，华为的芯片和英伟达相比落后好几代。", "华为的AI芯片已经和英伟达最好的芯片一样强了。"),
    ("美国工程师其实和中国工程师一样努力。", "中国工程师比美国工程师努力得多。"),
])
def test_the_opposite_direction_of_a_comparison_conflicts(statement: str, claim: str) -> None:
    assert _features(statement, claim, claim)["direction_conflict"] == 1.0


def test_the_same_direction_agrees() -> None:
    f = _features("BYD is far ahead of Tesla now.", "BYD is ahead of Tesla.", "比亚迪领先特斯拉。")
    assert f["direction_agree"] == 1.0 and f["direction_conflict"] == 0.0


@pytest.mark.parametrize(("statement", "claim", "mismatch"), [
    ("China does not follow my advice.", "China follows whatever Musk says.", 1.0),
    ("China never listens to me.", "China follows whatever Musk says.", 1.0),
    ("中国从来没有听过我的建议。", "中国照着马斯克说的做。", 1.0),
    ("马斯克称，中国的芯片永远不会超过美国。", "中国的芯片将超过美国。", 1.0),
    ("China doesn't always not follow me.", "China follows Musk.", 0.0),  # parity
    ("中国不断扩大产能。", "中国在扩大产能。", 0.0),  # 不断 negates nothing
])
def test_negation_is_compared_in_the_statements_language(statement: str, claim: str,
                                                         mismatch: float) -> None:
    assert _features(statement, claim, claim)["negation_mismatch"] == mismatch


def test_stance_words_and_concessions_are_seen() -> None:
    claim = "China's grip on solar manufacturing is total."
    assert _features("Musk said that claim is overstated.", claim)["stance_reject"] == 1.0
    assert _features("马斯克坦言，比亚迪已经超过特斯拉。", claim)["concession"] == 1.0
    assert _features("Musk admitted BYD sells more cars.", claim)["concession"] == 1.0


def test_tense_and_scope_conflicts() -> None:
    f = _features("China already has more compute today.", "China will have more compute.")
    assert f["tense_conflict"] == 1.0
    g = _features("BYD's profits come partly from subsidies.",
                  "BYD makes money only because of subsidies.")
    assert g["scope_conflict"] == 1.0


def test_vetoes_are_the_signals_that_never_fire_on_a_paraphrase() -> None:
    row = [0.0] * len(cmp.COMPARE_NAMES)
    assert not cmp.vetoed(row)
    for name in cmp.VETOES:
        flagged = list(row)
        flagged[cmp.COMPARE_NAMES.index(name)] = 1.0
        assert cmp.vetoed(flagged), name


def test_claim_coverage_and_novelty() -> None:
    f = _features("DeepSeek secretly owns fifty thousand H100s.",
                  "DeepSeek secretly has around 50,000 Nvidia H100 GPUs.")
    g = _features("Starship will fly again next month.",
                  "DeepSeek secretly has around 50,000 Nvidia H100 GPUs.")
    assert f["claim_coverage"] > g["claim_coverage"]
    assert f["statement_novelty"] < g["statement_novelty"] == 1.0
