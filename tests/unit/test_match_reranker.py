"""The reranker interface: the default feature reranker, a plugged-in one, the cross-encoder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from tracker.match import Candidate, FeatureReranker, HashingEmbedder, Matcher, Reranker
from tracker.match.classifier import RERANK_NAMES, LinearWeights, ModelError, load_model
from tracker.match.reranker import CrossEncoderReranker, build_reranker, combine
from tracker.match.train import load_rebuttals
from tracker.model import Decision


class FakeReranker:
    """Says one rebuttal is certainly the claim and the others certainly not."""

    name = "fake"

    def __init__(self, favourite: str) -> None:
        self.favourite = favourite
        self.seen: list[list[str]] = []

    def rerank(self, statement: str, candidates: Sequence[Candidate]) -> np.ndarray:
        self.seen.append([c.rebuttal_id for c in candidates])
        return np.array([0.99 if c.rebuttal_id == self.favourite else 0.01 for c in candidates])


def test_the_default_reranker_is_built_from_the_model() -> None:
    model = load_model()
    reranker = build_reranker("features", model)
    assert isinstance(reranker, FeatureReranker) and isinstance(reranker, Reranker)
    assert build_reranker("", model) is not None
    with pytest.raises(ModelError, match="not trained with"):
        build_reranker("cross-encoder:/models/nli", model)
    with pytest.raises(ValueError, match="unknown matching.reranker"):
        build_reranker("bm25", model)


def test_the_matcher_uses_the_models_reranker_by_default() -> None:
    m = Matcher(load_rebuttals(), HashingEmbedder())
    assert isinstance(m.reranker, FeatureReranker)


def test_a_plugged_in_reranker_rescores_only_the_top_few() -> None:
    rebuttals = load_rebuttals()
    first = Matcher(rebuttals, HashingEmbedder()).match("BYD copies Tesla in everything it does.")
    runner_up = first.matches[1].rebuttal_id
    fake = FakeReranker(runner_up)
    m = Matcher(rebuttals, HashingEmbedder(), reranker=fake)
    result = m.match("BYD copies Tesla in everything it does.")
    assert len(fake.seen) == 1 and 1 < len(fake.seen[0]) <= m.model.rerank_top
    assert result.matches[0].rebuttal_id == runner_up
    assert result.matches[0].score == 0.99
    # Candidates the reranker did not see stay below those it scored.
    assert all(s.score <= 0.01 for s in result.matches[len(fake.seen[0]):])


def test_a_plugged_in_reranker_can_hold_back_a_post() -> None:
    rebuttals = load_rebuttals()
    m = Matcher(rebuttals, HashingEmbedder(), reranker=FakeReranker("no-such-rebuttal"))
    assert m.match("BYD copies Tesla in everything it does.").decision is not Decision.MATCH


def test_candidates_carry_the_texts_and_both_feature_sets() -> None:
    seen: list[Candidate] = []

    class Recording:
        name = "recording"

        def rerank(self, statement: str, candidates: Sequence[Candidate]) -> np.ndarray:
            seen.extend(candidates)
            return np.full(len(candidates), 0.5)

    Matcher(load_rebuttals(), HashingEmbedder(), reranker=Recording()).match(
        "China follows whatever I suggest.")
    assert seen and all(c.features.shape == (len(RERANK_NAMES),) for c in seen)
    assert all(c.claims and c.counterpoints and 0.0 <= c.score <= 1.0 for c in seen)
    assert any(p.startswith("I think") for c in seen for p in c.phrasings)  # derived ones


class FakeCrossEncoder:
    """Stands in for sentence_transformers.CrossEncoder (no model is downloaded)."""

    def __init__(self, scores: dict[str, Any]) -> None:
        self.scores = scores
        self.model = type("M", (), {"config": type("C", (), {
            "id2label": {0: "contradiction", 1: "entailment", 2: "neutral"}})()})()

    def predict(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        return np.array([self.scores.get(text, [0.0, 0.0, 0.0]) for _, text in pairs])


def _candidate(rid: str, claims: tuple[str, ...]) -> Candidate:
    return Candidate(rid, claims, (), ("a counterpoint",), np.zeros(len(RERANK_NAMES)), 0.5)


def test_the_cross_encoder_column_is_the_best_entailment_over_the_claims() -> None:
    weights = LinearWeights(RERANK_NAMES + ("cross_encoder",), np.zeros(len(RERANK_NAMES) + 1),
                            np.ones(len(RERANK_NAMES) + 1),
                            np.r_[np.zeros(len(RERANK_NAMES)), 4.0], -2.0)
    nli = FakeCrossEncoder({"claim A": [0.0, 5.0, 0.0], "claim B": [5.0, 0.0, 0.0]})
    ce = CrossEncoderReranker("local/nli", weights, model=nli)
    cands = [_candidate("a", ("other", "claim A")), _candidate("b", ("claim B",))]
    scores = ce.pair_scores("statement", cands)
    assert scores[0] > 0.98 and scores[1] < 0.01
    probs = ce.rerank("statement", cands)
    assert probs[0] > 0.8 > 0.2 > probs[1]
    assert ce.name == "cross-encoder:local/nli"


def test_combine_keeps_unreranked_candidates_below_and_halves_vetoed_ones() -> None:
    first = np.array([0.9, 0.8, 0.7, 0.6])
    out = combine(first, np.array([1, 0]), np.array([0.95, 0.4]), np.array([False, True]))
    assert out[1] == 0.95 and out[0] == pytest.approx(0.2)
    assert (out[2:] < 0.2).all()
