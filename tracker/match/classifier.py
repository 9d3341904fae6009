"""The match decision model: logistic regression weights and two calibrated thresholds.

Trained by ``python -m tracker.match.train`` and stored as plain JSON in
tracker/data/matcher_model.json (no pickles); inference is a dot product and a
sigmoid in numpy.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from tracker.errors import InputError
from tracker.match.features import FEATURE_NAMES

logger = logging.getLogger(__name__)

MODEL_RESOURCE = "matcher_model.json"


class ModelError(InputError):
    """The model file is missing, malformed or does not fit the feature set."""


@dataclass(frozen=True)
class MatcherModel:
    """Standardise, weight, sigmoid: a calibrated probability per pair.

    Attributes:
        feature_names: The features, in the order weights apply to.
        mean: Per-feature mean used to standardise.
        scale: Per-feature standard deviation used to standardise.
        weights: Logistic regression coefficients on the standardised features.
        bias: The intercept.
        auto_threshold: At or above it, the top rebuttal is posted automatically.
        suggest_threshold: At or above it (and below auto), it goes to review.
        embedder: The embedder the model was trained with.
        info: Training metadata (dataset size, CV figures), for humans.
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
            "embedder": self.embedder,
            "info": self.info,
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
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"matcher model is malformed: {exc}") from exc
        if names != FEATURE_NAMES or any(a.shape != (len(names),) for a in arrays):
            raise ModelError("matcher model does not fit this version's features; retrain it")
        if not 0.0 <= model.suggest_threshold <= model.auto_threshold <= 1.0:
            raise ModelError("matcher model thresholds must satisfy 0 <= suggest <= auto <= 1")
        return model

    def with_thresholds(self, auto: float | None, suggest: float | None) -> MatcherModel:
        """A copy with the thresholds overridden where given (settings win over the file)."""
        a = self.auto_threshold if auto is None else auto
        s = self.suggest_threshold if suggest is None else suggest
        return MatcherModel(
            self.feature_names,
            self.mean,
            self.scale,
            self.weights,
            self.bias,
            a,
            min(s, a),
            self.embedder,
            self.info,
        )


def model_resource(embedder: str) -> str:
    """The bundled model file trained for an embedder (each has its own score scale)."""
    return MODEL_RESOURCE if embedder == "use-m3" else f"matcher_model.{embedder}.json"


def load_model(path: Path | None = None, *, embedder: str = "use-m3") -> MatcherModel:
    """Load the model from a path, or the bundled one trained for ``embedder``.

    Falls back to the USE-m3 model (with a warning) for an embedder nothing
    was trained for: its thresholds then need ``matching.*_threshold`` settings.
    """
    if path is None:
        files = resources.files("tracker.data")
        name = model_resource(embedder)
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
