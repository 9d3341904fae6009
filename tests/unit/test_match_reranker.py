"""The reranker: a second look at the top candidates that can only send them to review."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.errors import ConfigError
from tracker.match import compare, quantities
from tracker.match.reranker import (
    Candidate,
    ComparisonReranker,
    CrossEncoderReranker,
    NoReranker,
    build_reranker,
)
from tracker.model import Rebuttal, RebuttalStatus

STUB = Path(__file__).resolve().parents[1] / "fakes" / "cross_encoder_stub"
POWER = Rebuttal("power", "China already generates about three times as much electricity as "
                 "the United States.", "中国的发电量已经是美国的三倍左右。", (),
                 status=RebuttalStatus.PUBLISHED)
CHIPS = Rebuttal("chips", "China leads the world in AI chips.", "中国在人工智能芯片上领先世界。",
                 (), status=RebuttalStatus.PUBLISHED)


def _probs(reranker: ComparisonReranker | NoReranker | CrossEncoderReranker, text: str,
           rebuttal: Rebuttal, p: float = 0.97, auto: float = 0.8) -> float:
    return reranker.rerank(text, [Candidate(rebuttal, p)], auto)[0]


@pytest.mark.parametrize("text", [
    "China's power output is already twice America's.",
    "中国的发电量已经是美国的两倍多。",
    "China generates ten times the electricity of the US.",
])
def test_another_multiplier_than_the_claims_goes_to_review(text: str) -> None:
    assert _probs(ComparisonReranker(), text, POWER) < 0.8


@pytest.mark.parametrize("text", [
    "China already makes 3x the electricity we do.",
    "中国发电量是美国的3倍。",
    "China's grid puts out triple what the US grid does.",
    "China produces a lot more electricity than America.",
])
def test_the_claims_own_quantity_or_none_is_left_alone(text: str) -> None:
    assert _probs(ComparisonReranker(), text, POWER) == 0.97


@pytest.mark.parametrize("text", [
    "China is still far behind in AI chips.",
    "中国的人工智能芯片仍然落后于美国。",
])
def test_the_opposite_direction_of_the_claims_comparison_goes_to_review(text: str) -> None:
    reranker = ComparisonReranker()
    assert _probs(reranker, text, CHIPS) < 0.8
    assert reranker.conflicts(text, CHIPS) == ("direction",)


def test_a_probability_is_never_raised_and_below_the_bar_is_kept() -> None:
    reranker = ComparisonReranker()
    assert _probs(reranker, "China's power output is twice America's.", POWER, p=0.3) == 0.3
    assert NoReranker().rerank("x", [Candidate(POWER, 0.99)], 0.8) == [0.99]


def test_quantities_are_read_in_both_languages() -> None:
    q = quantities.quantities
    assert {x.value for x in q("三倍") if x.kind == "times"} == {3.0}
    assert {x.value for x in q("3x the output") if x.kind == "times"} == {3.0}
    assert {x.kind for x in q("八成的太阳能板")} == {"share"}
    assert quantities.compare(q("a fifth of the power"), q("most of the power"))[1] == 1
    assert compare.contradictions(compare.view("by the end of the century"),
                                  compare.claim_side(["by 2050"], [])) == ("quantity",)


def test_unknown_reranker_and_a_missing_cross_encoder_are_one_config_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="unknown reranker 'bm25'"):
        build_reranker("bm25")
    with pytest.raises(ConfigError, match="is not a local folder"):
        build_reranker(f"cross-encoder:{tmp_path / 'absent'}")
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # not installed
    with pytest.raises(ConfigError, match="needs `pip install sentence-transformers`"):
        build_reranker(f"cross-encoder:{tmp_path}")


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.syspath_prepend(str(STUB))
    monkeypatch.delitem(sys.modules, "sentence_transformers", raising=False)
    yield
    sys.modules.pop("sentence_transformers", None)


def _folder(tmp_path: Path, config: dict[str, object], scores: dict[str, object]) -> str:
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (tmp_path / "scores.json").write_text(json.dumps(scores), encoding="utf-8")
    return str(tmp_path)


def test_an_nli_cross_encoder_gates_on_its_entailment_probability(
        stub: None, tmp_path: Path) -> None:
    claim = POWER.claim_en
    folder = _folder(tmp_path, {"id2label": {"0": "contradiction", "1": "entailment",
                                             "2": "neutral"}, "default": [0.0, -4.0, 4.0]},
                     {f"China makes triple our power. || {claim}": [-3.0, 3.0, 0.0]})
    reranker = build_reranker(f"cross-encoder:{folder}", gate=0.5)
    assert _probs(reranker, "China makes triple our power.", POWER) == 0.97  # entailed
    assert _probs(reranker, "China makes about as much power as we do.", POWER) < 0.8


def test_a_single_output_cross_encoder_gates_on_its_sigmoid(stub: None, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"default": [-2.0]},
                     {f"China makes triple our power. || {POWER.claim_zh}": [2.5]})
    reranker = build_reranker(f"cross-encoder:{folder}", gate=0.5)
    # The best of the claim's two languages counts: the Chinese claim scores 0.92.
    assert _probs(reranker, "China makes triple our power.", POWER) == 0.97
    assert _probs(reranker, "Unrelated words entirely.", POWER) < 0.8
