"""The match decision model: two logistic regressions and two calibrated thresholds.

The ranker scores every candidate from its similarity features; the reranker
rescores the top few with the claim-comparison features as well
(tracker.match.compare), and the thresholds apply to its probability. Trained by
``python -m tracker.match.train`` and stored as plain JSON in
tracker/data/matcher_model.json (no pickles); inference is a dot product and a
sigmoid in numpy.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from tracker.errors import InputError
from tracker.match.compare import COMPARE_NAMES
from tracker.match.features import FEATURE_NAMES

logger = logging.getLogger(__name__)

MODEL_RESOURCE = "matcher_model.json"
# The reranker sees the ranker's verdict (as a logit) and the comparison features; the
# ranker's raw similarity features stay out, so "more similar" can never count against a
# candidate (near-verbatim traps would otherwise teach it that).
RERANK_NAMES = ("ranker_logit", "learned_phrasings") + COMPARE_NAMES
RERANK_TOP = 3
_LEARNED = FEATURE_NAMES.index("learned_phrasings")


def rerank_row(first: float, ranker_row: np.ndarray, compare_row: np.ndarray) -> np.ndarray:
    """The reranker's input (RERANK_NAMES) for one candidate."""
    p = min(max(float(first), 1e-6), 1 - 1e-6)
    return np.concatenate([[np.log(p / (1 - p)), ranker_row[_LEARNED]], compare_row])


class ModelError(InputError):
    """The model file is missing, malformed or does not fit the feature set."""


@dataclass(frozen=True)
class LinearWeights:
    """A standardised logistic regression: sigmoid(((x - mean) / scale) @ weights + bias)."""

    feature_names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Probability of each row."""
        if features.size == 0:
            return np.zeros(0, dtype=np.float64)
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "feature_names": list(self.feature_names),
            "mean": [float(x) for x in self.mean],
            "scale": [float(x) for x in self.scale],
            "weights": [float(x) for x in self.weights],
            "bias": float(self.bias),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], expected: tuple[str, ...]) -> LinearWeights:
        """Read weights, checking they fit the ``expected`` features."""
        try:
            names = tuple(str(n) for n in data["feature_names"])
            arrays = [np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "weights")]
            bias = float(data["bias"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"matcher model is malformed: {exc}") from exc
        if names != expected or any(a.shape != (len(names),) for a in arrays):
            raise ModelError("matcher model does not fit this version's features; retrain it")
        return cls(names, arrays[0], arrays[1], arrays[2], bias)


@dataclass(frozen=True)
class MatcherModel:
    """Standardise, weight, sigmoid: a calibrated probability per pair.

    Attributes:
        feature_names: The features, in the order weights apply to.
        mean: Per-feature mean used to standardise.
        scale: Per-feature standard deviation used to standardise.
        weights: Logistic regression coefficients on the standardised features.
        bias: The intercept.
        auto_threshold: At or above it, the top rebuttal is posted automatically (a
            rebuttal with phrasings people wrote or review taught).
        suggest_threshold: At or above it (and below auto), it goes to review.
        embedder: The embedder the model was trained with.
        info: Training metadata (dataset size, CV figures), for humans.
        rerank: The reranker's weights (RERANK_NAMES), or None: no reranking.
        auto_threshold_new: The automatic threshold for a rebuttal with no such
            phrasing yet (only its claim and derived phrasings): chosen on
            leave-rebuttals-out predictions, it is higher. None: ``auto_threshold``.
        rerank_top: How many of the ranker's top candidates are reranked.
    """

    feature_names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    auto_threshold: float
    suggest_threshold: float
    embedder: str = "use-m3"
    info: dict[str, Any] = field(default_factory=dict)
    rerank: LinearWeights | None = None
    rerank_top: int = RERANK_TOP
    auto_threshold_new: float | None = None

    def auto_for(self, learned: bool) -> float:
        """The automatic threshold for a rebuttal with (or without) learned phrasings."""
        if learned or self.auto_threshold_new is None:
            return self.auto_threshold
        return self.auto_threshold_new

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Probability that each row's rebuttal answers its statement."""
        if features.size == 0:
            return np.zeros(0, dtype=np.float64)
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict of the model."""
        return {
            "feature_names": list(self.feature_names),
            "mean": [float(x) for x in self.mean],
            "scale": [float(x) for x in self.scale],
            "weights": [float(x) for x in self.weights],
            "bias": float(self.bias),
            "auto_threshold": float(self.auto_threshold),
            "suggest_threshold": float(self.suggest_threshold),
            **({"auto_threshold_new": float(self.auto_threshold_new)}
               if self.auto_threshold_new is not None else {}),
            "embedder": self.embedder,
            "info": self.info,
            **({"reranker": {**self.rerank.to_json(), "top": self.rerank_top}}
               if self.rerank is not None else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MatcherModel:
        """Build a model from its JSON dict, checking it fits this code's features."""
        try:
            names = tuple(str(n) for n in data["feature_names"])
            mean, scale, weights = (
                np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "weights")
            )
            arrays = (mean, scale, weights)
            model = cls(
                names,
                mean,
                scale,
                weights,
                float(data["bias"]),
                float(data["auto_threshold"]),
                float(data["suggest_threshold"]),
                str(data.get("embedder", "use-m3")),
                dict(data.get("info", {})),
            )
            if data.get("auto_threshold_new") is not None:
                model = dataclasses.replace(
                    model, auto_threshold_new=float(data["auto_threshold_new"]))
            rerank = data.get("reranker")
            if rerank is not None:
                extra = tuple(str(n) for n in rerank.get("feature_names", ()))[len(RERANK_NAMES):]
                model = dataclasses.replace(
                    model,
                    rerank=LinearWeights.from_json(rerank, RERANK_NAMES + extra),
                    rerank_top=max(1, int(rerank.get("top", RERANK_TOP))),
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"matcher model is malformed: {exc}") from exc
        if names != FEATURE_NAMES or any(a.shape != (len(names),) for a in arrays):
            raise ModelError("matcher model does not fit this version's features; retrain it")
        if not 0.0 <= model.suggest_threshold <= model.auto_for(False) <= 1.0 or not (
                model.suggest_threshold <= model.auto_threshold <= 1.0):
            raise ModelError("matcher model thresholds must satisfy 0 <= suggest <= auto <= 1")
        return model

    def with_thresholds(self, auto: float | None, suggest: float | None) -> MatcherModel:
        """A copy with the thresholds overridden where given (settings win over the file).

        An automatic threshold set in the settings applies to every rebuttal, new or not.
        """
        a = self.auto_threshold if auto is None else auto
        new = self.auto_threshold_new if auto is None else None
        s = self.suggest_threshold if suggest is None else suggest
        s = min(s, a, new if new is not None else a)
        return dataclasses.replace(self, auto_threshold=a, suggest_threshold=s,
                                   auto_threshold_new=new)


def model_resource(embedder: str, reranker: str = "") -> str:
    """The bundled model file trained for an embedder (each has its own score scale).

    A plugged-in reranker (``cross-encoder:<model>``) has its own file too, named
    after the embedder and a slug of the reranker.
    """
    base = "matcher_model" if embedder == "use-m3" else f"matcher_model.{embedder}"
    if reranker and reranker != "features":
        slug = re.sub(r"[^a-z0-9]+", "-", reranker.lower()).strip("-")[:80]
        return f"{base}.{slug}.json"
    return f"{base}.json"


def load_model(path: Path | None = None, *, embedder: str = "use-m3",
               reranker: str = "") -> MatcherModel:
    """Load the model from a path, or the bundled one trained for ``embedder`` (and reranker).

    Falls back to the USE-m3 model (with a warning) for an embedder nothing
    was trained for: its thresholds then need ``matching.*_threshold`` settings.
    A plugged-in reranker must have been trained (``python -m tracker.match.train
    --reranker NAME``): its weights cannot be guessed.
    """
    if path is None:
        files = resources.files("tracker.data")
        name = model_resource(embedder, reranker)
        if reranker and reranker != "features" and not files.joinpath(name).is_file():
            raise ModelError(f"no matcher model trained for reranker {reranker!r}: run "
                             f"python -m tracker.match.train --reranker {reranker}")
        if not files.joinpath(name).is_file():
            logger.warning(
                "no matcher model trained for embedder %s; using %s", embedder, MODEL_RESOURCE
            )
            name = MODEL_RESOURCE
        text = files.joinpath(name).read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(f"matcher model is not JSON: {exc}") from exc
    return MatcherModel.from_json(data)
