"""The extraction decision's lexical model: hashed words around a candidate, one probability."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from tracker.config import Settings
from tracker.errors import InputError
from tracker.extract import Extractor
from tracker.extract.decide import FEATURES, RULE, load_extract_model, model_from_json
from tracker.extract.lexical import DIM, LexicalModel, indices
from tracker.extract.train import fit_lexical, stack_lexical


def _candidates(text: str) -> list:
    return list(Extractor(Settings().watch_list(), model=RULE).candidates(text))


def test_indices_read_the_words_around_the_candidate_and_are_stable() -> None:
    said = 'Musk said: "China is the best."'
    told = 'Musk told reporters: "China is the best."'
    (d1, c1, _), = _candidates(said)
    (d2, c2, _), = _candidates(told)
    a, b = indices(d1, c1), indices(d2, c2)
    assert a == indices(d1, c1)  # crc32, not Python's salted hash
    assert all(0 <= i < DIM for i in a + b)
    shared = set(a) & set(b)
    assert shared and set(a) != set(b)  # the same words of his, other words before them


def test_bounded_by_the_regions_whatever_the_text() -> None:
    text = "Musk said China " + "is very strong " * 20_000 + "."
    doc, c, _ = _candidates(text)[0]
    assert len(indices(doc, c)) < 200


def test_a_fitted_model_learns_the_words_and_round_trips() -> None:
    good, bad = [1, 2, 3], [4, 5, 6]
    model = fit_lexical([good, bad] * 20, np.array([1, 0] * 20))
    assert model.probability(good) > 0.7 > 0.3 > model.probability(bad)
    again = LexicalModel.from_json(json.loads(json.dumps(model.to_json())))
    assert abs(again.probability(good) - model.probability(good)) < 1e-4
    assert again.probability([]) == pytest.approx(model.probability([]))


def test_stacked_scores_come_from_models_that_never_saw_the_document() -> None:
    # Each document's words are its own: a model that never saw them knows nothing of them,
    # so a stacked score is the base rate, never the document's own label.
    found = [[10 + i] for i in range(50)]
    y = np.array([i % 2 for i in range(50)])
    x, model = stack_lexical(np.zeros((50, 1)), found, y, np.arange(50))
    assert x.shape == (50, 2)
    assert np.abs(x[:, 1] - 0.5).max() < 0.1
    assert model.probability([11]) > 0.5 > model.probability([10])


def test_the_shipped_model_carries_its_lexical_part() -> None:
    data = json.loads(resources.files("tracker.data").joinpath("extract_model.json").read_text())
    assert data["features"][-1] == "lexical" and tuple(data["features"]) == FEATURES
    assert load_extract_model().lexical is not None


def test_a_malformed_lexical_part_is_one_clear_error() -> None:
    data = json.loads(resources.files("tracker.data").joinpath("extract_model.json").read_text())
    data["lexical"] = {"dim": 12, "index": [], "weight": [], "bias": 0}
    with pytest.raises(InputError, match="lexical"):
        model_from_json(data)


def test_the_span_words_do_not_outweigh_a_plain_quotation() -> None:
    # The demo's Chinese feed: at C 0.3 the lexical model's span words sank this to 0.486,
    # under its threshold; the shipped model keeps it.
    text = "马斯克在一次直播中表示：“是特斯拉教会了中国怎么造电动车，比亚迪只是在模仿特斯拉。”"
    found = Extractor(Settings().watch_list()).extract(text)
    assert [s.text for s in found] == ["是特斯拉教会了中国怎么造电动车，比亚迪只是在模仿特斯拉"]
