"""The extraction decision's model: boosted trees averaged with logistic weights, written as
plain nodes (tracker.extract.decide.CandidateModel) and checked against scikit-learn."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tracker.extract.decide import FEATURES, load_extract_model, model_from_json
from tracker.extract.train import fit, to_model


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_a_written_tree_is_walked_left_when_the_feature_is_at_most_the_threshold() -> None:
    tree = [[0, 0.5, 1, 2, 0.0], [-1, 0.0, 0, 0, -2.0], [-1, 0.0, 0, 0, 2.0]]
    model = model_from_json({"trees": [tree], "baseline": 0.5, "threshold": 0.5})
    assert model.probability_of([0.5, 9.0]) == pytest.approx(_sigmoid(0.5 - 2.0))
    assert model.probability_of([0.51, 9.0]) == pytest.approx(_sigmoid(0.5 + 2.0))
    both = model_from_json({"trees": [tree], "baseline": 0.0, "weights": [1.0, 0.0],
                            "intercept": 0.0, "threshold": 0.5})
    assert both.probability_of([1.0, 0.0]) == pytest.approx((_sigmoid(2.0) + _sigmoid(1.0)) / 2)


def test_the_written_model_decides_as_scikit_learn_does() -> None:
    rng = np.random.default_rng(7)
    x = rng.random((400, 5))
    y = ((x[:, 0] > 0.5) ^ (x[:, 1] > 0.7)).astype(int)  # an interaction a line cannot draw
    fitted = fit(x, y)
    model = to_model(fitted, 0.5, None)
    walked = np.array([model.probability_of(list(row)) for row in x])
    assert np.abs(walked - fitted.probabilities(x)).max() < 1e-9
    assert ((walked >= 0.5) == (y == 1)).mean() > 0.9


def test_the_shipped_model_has_trees_and_weights_over_the_codes_features() -> None:
    shipped = load_extract_model()
    assert len(shipped.trees) >= 50 and len(shipped.weights) == len(FEATURES)
    used = {node[0] for tree in shipped.trees for node in tree if node[0] >= 0}
    assert used <= set(range(len(FEATURES))) and len(used) > 10
