"""Rerankers: rescore the ranker's top few candidates by whether the statement makes the claim.

The ranker (similarity features, every candidate) finds what a statement is about;
a reranker decides, for the top ``MatcherModel.rerank_top`` candidates only,
whether it *makes the same claim*. Its probability is the one the thresholds apply to.

* ``FeatureReranker`` (the default): a logistic regression over the ranker's
  features and the claim-comparison features of tracker.match.compare (numbers,
  multipliers, direction, negation, stance, counterpoint overlap). Trained with the
  ranker by ``python -m tracker.match.train``; pure numpy, microseconds.
* ``CrossEncoderReranker``: the same, plus one column from a sentence-transformers
  CrossEncoder (a reranking or NLI model) scoring (statement, claim) pairs.
  Configured with ``matching.reranker = "cross-encoder:<model name or local path>"``;
  sentence-transformers is imported only then, and the model must already be on
  disk (nothing is downloaded at run time). Its combination weights and thresholds
  are trained with ``python -m tracker.match.train --reranker cross-encoder:<model>``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tracker.match.classifier import LinearWeights, MatcherModel, ModelError


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rebuttal the ranker put near the top for a statement.

    Attributes:
        rebuttal_id: The rebuttal.
        claims: Its claim in each language it has.
        phrasings: Its further phrasings (seed, learned, derived).
        counterpoints: Its counterpoints' texts, both languages.
        features: The ranker's features followed by the comparison features
            (``tracker.match.classifier.RERANK_NAMES``).
        score: The ranker's probability.
    """

    rebuttal_id: str
    claims: tuple[str, ...]
    phrasings: tuple[str, ...]
    counterpoints: tuple[str, ...]
    features: np.ndarray
    score: float


@runtime_checkable
class Reranker(Protocol):
    """Rescores a statement's top candidates: the probability that it makes each claim."""

    name: str

    def rerank(self, statement: str, candidates: Sequence[Candidate]) -> np.ndarray:
        """Return one calibrated probability per candidate, in their order."""
        ...


class FeatureReranker:
    """The default: logistic regression over ranker and claim-comparison features."""

    name = "features"

    def __init__(self, weights: LinearWeights) -> None:
        self.weights = weights

    def rerank(self, statement: str, candidates: Sequence[Candidate]) -> np.ndarray:
        """Probabilities from the candidates' feature rows."""
        if not candidates:
            return np.zeros(0)
        return self.weights.predict(np.vstack([c.features for c in candidates]))


class CrossEncoderReranker:
    """Feature reranker plus a sentence-transformers CrossEncoder's judgement of each pair.

    The cross-encoder's column is the best score of the statement against the
    candidate's claims and first phrasings; for an NLI model (several labels) it is
    the probability of the label named "entailment".
    """

    MAX_TEXTS = 4  # claim texts scored per candidate: the claim in each language, 2 phrasings

    def __init__(self, model_name: str, weights: LinearWeights, model: Any = None) -> None:
        self.name = f"cross-encoder:{model_name}"
        self.weights = weights
        self._model_name = model_name
        self._model = model

    def _load(self) -> Any:
        if self._model is None:
            # Never fetched at run time: a local path, or a model already in the cache.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            from sentence_transformers import CrossEncoder  # type: ignore[import-not-found,unused-ignore]

            self._model = CrossEncoder(self._model_name, device="cpu")
        return self._model

    def pair_scores(self, statement: str, candidates: Sequence[Candidate]) -> np.ndarray:
        """The cross-encoder's best score per candidate."""
        pairs, owner = [], []
        for i, c in enumerate(candidates):
            for text in (c.claims + c.phrasings)[: self.MAX_TEXTS]:
                pairs.append((statement, text))
                owner.append(i)
        if not pairs:
            return np.zeros(len(candidates))
        raw = np.asarray(self._load().predict(pairs), dtype=np.float64)
        scores = self._entailment(raw) if raw.ndim == 2 else raw
        best = np.full(len(candidates), -np.inf)
        np.maximum.at(best, np.asarray(owner), scores)
        return np.where(np.isfinite(best), best, 0.0)

    def _entailment(self, logits: np.ndarray) -> np.ndarray:
        labels = getattr(getattr(getattr(self._model, "model", None), "config", None),
                         "id2label", None) or {}
        column = next((int(k) for k, v in labels.items() if "entail" in str(v).lower()),
                      logits.shape[1] - 1)
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return np.asarray(exp[:, column] / exp.sum(axis=1), dtype=np.float64)

    def rerank(self, statement: str, candidates: Sequence[Candidate]) -> np.ndarray:
        """Probabilities from the feature rows and the cross-encoder's column."""
        if not candidates:
            return np.zeros(0)
        rows = np.vstack([c.features for c in candidates])
        rows = np.hstack([rows, self.pair_scores(statement, candidates)[:, None]])
        return self.weights.predict(rows)


CROSS_ENCODER = "cross-encoder:"


def build_reranker(name: str, model: MatcherModel) -> Reranker | None:
    """The reranker named by ``matching.reranker`` ("" or "features": the default).

    Raises:
        ModelError: the model file has no weights for the named reranker.
        ValueError: an unknown reranker name.
    """
    name = name.strip()
    if name in ("", "features"):
        return FeatureReranker(model.rerank) if model.rerank is not None else None
    if name.startswith(CROSS_ENCODER) and len(name) > len(CROSS_ENCODER):
        if model.rerank is None or model.rerank.feature_names[-1:] != ("cross_encoder",):
            raise ModelError(f"the matcher model was not trained with {name!r}: run "
                             f"python -m tracker.match.train --reranker {name}")
        return CrossEncoderReranker(name[len(CROSS_ENCODER):], model.rerank)
    raise ValueError(f"unknown matching.reranker {name!r}: use 'features' or "
                     "'cross-encoder:<model>'")


VETO_SCALE = 0.5  # a vetoed candidate's probability is halved: below posting, still reviewable


def combine(first: np.ndarray, top: np.ndarray, reranked: np.ndarray,
            vetoes: np.ndarray | None = None) -> np.ndarray:
    """Final probabilities: the reranked ones for ``top``, the rest kept below them.

    Args:
        first: The ranker's probability for every candidate.
        top: Positions (into ``first``) that were reranked.
        reranked: The reranker's probabilities for those positions.
        vetoes: Per reranked candidate, whether a comparison veto fired
            (tracker.match.compare.vetoed): its probability is scaled by VETO_SCALE.
    """
    out = np.array(first, dtype=np.float64)
    if len(top) == 0:
        return out
    if vetoes is not None:
        reranked = np.where(vetoes, reranked * VETO_SCALE, reranked)
    rest = np.ones(len(out), dtype=bool)
    rest[top] = False
    out[rest] = np.minimum(out[rest], float(np.min(reranked)) * 0.999)
    out[top] = reranked
    return out
