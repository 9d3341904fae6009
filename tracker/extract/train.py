"""Train the extraction decision: ``python -m tracker.extract.train``.

Reads labelled documents (JSON lines: ``id, lang, kind, title, text, guests, gold``,
and ``vtt`` for WebVTT transcripts; gold strings are exact substrings), generates the
rules' candidates, labels each one by its overlap with a gold statement, fits
gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier, written out as plain
nodes that ``tracker.extract.decide`` walks) on its features, chooses the
threshold from out-of-fold predictions (folds grouped by document) and writes
``tracker/data/extract_model.json``. Blind batches A to Z and AA are trained on (each was
measured once as written and is a development set now); a fresh blind batch is never
read here.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tracker.config import Settings
from tracker.extract.decide import FEATURES, RULE, CandidateModel, features, model_from_json
from tracker.extract.extractor import Extractor
from tracker.extract.lexical import DIM, LexicalModel
from tracker.extract.lexical import indices as lexical_indices

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"
TRAIN_FILES = ("docs.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl",
               "blind_a/en.jsonl", "blind_a/zh.jsonl", "blind_b/en.jsonl", "blind_b/zh.jsonl",
               "blind_c/en.jsonl", "blind_c/zh.jsonl", "blind_d/en.jsonl", "blind_d/zh.jsonl",
               "blind_e/en.jsonl", "blind_e/zh.jsonl", "blind_f/en.jsonl", "blind_f/zh.jsonl",
               "blind_g/en.jsonl", "blind_g/zh.jsonl", "blind_h/en.jsonl", "blind_h/zh.jsonl",
               "blind_i/en.jsonl", "blind_i/zh.jsonl", "blind_j/en.jsonl", "blind_j/zh.jsonl",
               "blind_k/en.jsonl", "blind_k/zh.jsonl", "blind_l/en.jsonl", "blind_l/zh.jsonl",
               "blind_m/en.jsonl", "blind_m/zh.jsonl", "blind_n/en.jsonl", "blind_n/zh.jsonl",
               "blind_o/en.jsonl", "blind_o/zh.jsonl", "blind_p/en.jsonl", "blind_p/zh.jsonl",
               "blind_q/en.jsonl", "blind_q/zh.jsonl", "blind_r/en.jsonl", "blind_r/zh.jsonl",
               "blind_s/en.jsonl", "blind_s/zh.jsonl", "blind_t/en.jsonl", "blind_t/zh.jsonl",
               "blind_u/en.jsonl", "blind_u/zh.jsonl", "blind_v/en.jsonl", "blind_v/zh.jsonl",
               "blind_w/en.jsonl", "blind_w/zh.jsonl", "blind_x/en.jsonl", "blind_x/zh.jsonl",
               "blind_y/en.jsonl", "blind_y/zh.jsonl", "blind_z/en.jsonl", "blind_z/zh.jsonl",
               "blind_aa/en.jsonl", "blind_aa/zh.jsonl", "blind_ab/en.jsonl",
               "blind_ab/zh.jsonl", "blind_ac/en.jsonl", "blind_ac/zh.jsonl",
               "blind_ad/en.jsonl", "blind_ad/zh.jsonl", "blind_ae/en.jsonl", "blind_ae/zh.jsonl")
MODEL_OUT = Path(__file__).resolve().parent.parent / "data" / "extract_model.json"


def training_files() -> list[Path]:
    """The labelled set, the earlier held-out and blind batches and the training corpus."""
    return [DATA / n for n in TRAIN_FILES] + sorted((DATA / "train").glob("*.jsonl"))


def document(raw: dict[str, Any]) -> tuple[str, Any, str, list[tuple[int, int]]]:
    """(text, segments, title, gold spans) of one labelled document, as items are stored."""
    from tracker.feeds.transcripts import parse_transcript

    segments = None
    text, title = raw.get("text", ""), raw.get("title", "")
    if raw.get("vtt"):
        segments = parse_transcript("doc.vtt", "vtt", raw["vtt"].encode()).segments
        text = "\n".join(s.text for s in segments)
    elif title and raw.get("kind") == "article":
        # As the feed parser stores an item and the extract stage reads it: the title, a
        # blank line, the body; and the title beside it (a title-only item is a headline).
        text = f"{title}\n\n{text}".strip() if text.strip() else title
    spans = []
    for gold in raw["gold"]:
        at = text.find(gold)
        if at >= 0:
            spans.append((at, at + len(gold)))
    return text, segments, title, spans


def label(span: tuple[int, int], golds: list[tuple[int, int]]) -> int:
    """1 when the candidate and a gold statement share at least half of the shorter one."""
    for g in golds:
        shared = min(span[1], g[1]) - max(span[0], g[0])
        if shared > 0 and shared * 2 >= min(span[1] - span[0], g[1] - g[0]):
            return 1
    return 0


def examples(paths: list[Path]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[list[int]]]:
    """Feature rows (BASE_FEATURES), labels, document groups and lexical hash indices of
    every candidate in the files."""
    extractor = Extractor(Settings().watch_list(), model=RULE)
    rows, labels, groups, lexical = [], [], [], []
    for g, path in enumerate(paths):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            raw = json.loads(line)
            text, segments, title, golds = document(raw)
            for doc, c, in_head in extractor.candidates(text, segments, raw.get("guests", ()),
                                                        title):
                rows.append(features(doc, c, in_head))
                labels.append(label((c.start, c.end), golds))
                groups.append(g * 100_000 + i)
                lexical.append(lexical_indices(doc, c))
    return np.array(rows), np.array(labels), np.array(groups), lexical


# The lexical model's regularisation. It was 0.3 when blind batch R was measured; cross-validated
# on 4,350 documents, C 0.1 gave en F1 0.892 / zh 0.924, 0.3 0.898 / 0.923 and 1.0 0.894 /
# 0.923. 0.1 is shipped: at 0.3 the span's own words (which carry most of the gain: the words
# before and after it alone gave en 0.879 / zh 0.903 against 0.876 / 0.901 without any) outweighed
# a plain quotation after 表示： in the demo's Chinese feed, and the briefs every training batch
# shares are not the feeds' text: the weaker lexical weights are the safer side.
LEXICAL_C = 0.1


def _lexical_matrix(found: list[list[int]]) -> Any:
    from scipy.sparse import csr_matrix

    data = [i for row in found for i in row]
    pointers = np.cumsum([0] + [len(row) for row in found])
    return csr_matrix((np.ones(len(data)), data, pointers), shape=(len(found), DIM))


def fit_lexical(found: list[list[int]], y: np.ndarray) -> LexicalModel:
    """The lexical model fitted on these candidates' words."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=LEXICAL_C, solver="liblinear").fit(_lexical_matrix(found), y)
    return LexicalModel(clf.coef_[0].astype(np.float32), float(clf.intercept_[0]))


def stack_lexical(x: np.ndarray, found: list[list[int]], y: np.ndarray, groups: np.ndarray,
                  folds: int = 5) -> tuple[np.ndarray, LexicalModel]:
    """The rows with the lexical probability appended, each from a lexical model that never
    saw the row's document (stacking, folds grouped by document), and the lexical model
    fitted on all of them (the one shipped)."""
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        model = fit_lexical([found[i] for i in train], y[train])
        scores[test] = [model.probability(found[i]) for i in test]
    return np.hstack([x, scores[:, None]]), fit_lexical(found, y)


# Boosting settings, fixed before the trees were first cross-validated (two other settings
# tried after gave F1 within 0.003 of these; README).
BOOSTING = {"max_iter": 200, "learning_rate": 0.05, "max_leaf_nodes": 15,
            "l2_regularization": 1.0, "random_state": 0}


class Fitted:
    """Boosted trees and a logistic model fitted on the same rows; probabilities averaged."""

    def __init__(self, x: np.ndarray, y: np.ndarray) -> None:
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression

        self.trees = HistGradientBoostingClassifier(**BOOSTING).fit(x, y)
        self.linear = LogisticRegression(C=1.0, max_iter=3000).fit(x, y)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Each row's probability, as ``CandidateModel`` computes it."""
        return np.asarray((self.trees.predict_proba(x)[:, 1]
                           + self.linear.predict_proba(x)[:, 1]) / 2)


def fit(x: np.ndarray, y: np.ndarray) -> Fitted:
    """The fitted decision (trees and weights)."""
    return Fitted(x, y)


def trees_of(fitted: Any) -> tuple[float, list[list[list[float]]]]:  # an sklearn estimator
    """The baseline log-odds and each tree's nodes as ``[feature, threshold, left, right,
    value]`` (feature -1 at a leaf), as ``CandidateModel`` walks them."""
    trees = []
    for (predictor,) in fitted._predictors:  # one per iteration (binary: one tree each)
        trees.append([[-1 if n["is_leaf"] else int(n["feature_idx"]),
                       float(n["num_threshold"]), int(n["left"]), int(n["right"]),
                       float(n["value"])] for n in predictor.nodes])
    return float(np.ravel(fitted._baseline_prediction)[0]), trees


def to_json(fitted: Fitted) -> dict[str, Any]:
    """The fitted decision as the model file holds it."""
    baseline, trees = trees_of(fitted.trees)
    return {"baseline": baseline, "trees": trees,
            "weights": [float(w) for w in fitted.linear.coef_[0]],
            "intercept": float(fitted.linear.intercept_[0])}


def to_model(fitted: Fitted, threshold: float, guest: float | None,
             lexical: LexicalModel | None = None) -> CandidateModel:
    """The decision model of a fitted decision."""
    return model_from_json({**to_json(fitted), "threshold": threshold,
                            **({} if guest is None else {"guest_threshold": guest}),
                            **({} if lexical is None else {"lexical": lexical.to_json()})})


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int = 5) -> np.ndarray:
    """Probabilities of each candidate from a model trained without its document."""
    from sklearn.model_selection import GroupKFold

    probs = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        probs[test] = fit(x[train], y[train]).probabilities(x[test])
    return probs


def choose_threshold(y: np.ndarray, probs: np.ndarray) -> tuple[float, float, float]:
    """The threshold with the best F1 on out-of-fold predictions, with its precision and
    recall (the targets ask for both: precision 0.93 and recall 0.90)."""
    best = (0.5, 0.0, 0.0, -1.0)
    for t in np.arange(0.2, 0.9, 0.01):
        pred = probs >= t
        tp = float((pred & (y == 1)).sum())
        p = tp / max(1.0, float(pred.sum()))
        r = tp / max(1.0, float((y == 1).sum()))
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[3]:
            best = (float(t), p, r, f)
    return best[0], best[1], best[2]


def guest_threshold(x: np.ndarray, y: np.ndarray, probs: np.ndarray) -> float:
    """The threshold for his words in unlabelled transcripts (cue "guest"), chosen by the
    same rule on those candidates' out-of-fold predictions alone: they only ever go to
    review, and their scores sit apart from the other cues'."""
    mask = x[:, FEATURES.index("cue_guest")] == 1
    return choose_threshold(y[mask], probs[mask])[0] if mask.any() else 0.5


@dataclass
class Decision:
    """A fitted decision: its lexical model, its rows (with the stacked lexical column),
    the trees and weights, and the thresholds chosen on out-of-fold predictions."""

    x: np.ndarray
    lexical: LexicalModel
    fitted: Fitted
    threshold: float
    precision: float
    recall: float
    guest: float

    def model(self) -> CandidateModel:
        return to_model(self.fitted, self.threshold, self.guest, self.lexical)


def fit_decision(base: np.ndarray, found: list[list[int]], y: np.ndarray,
                 groups: np.ndarray) -> Decision:
    """Everything trained from these candidates alone (the shipped model, and each
    cross-validation fold's): the lexical model stacked, the thresholds chosen on
    out-of-fold predictions grouped by document, the decision fitted on all rows."""
    x, lexical = stack_lexical(base, found, y, groups)
    probs = out_of_fold(x, y, groups)
    threshold, precision, recall = choose_threshold(y, probs)
    return Decision(x, lexical, fit(x, y), threshold, precision, recall,
                    guest_threshold(x, y, probs))


def train(out: Path = MODEL_OUT) -> dict[str, float]:
    """Fit on every training file and write the model with its CV-chosen threshold."""
    base, y, groups, found = examples(training_files())
    decision = fit_decision(base, found, y, groups)
    x, lexical, fitted = decision.x, decision.lexical, decision.fitted
    threshold, precision, recall, guest = (decision.threshold, decision.precision,
                                           decision.recall, decision.guest)
    model = decision.model()
    walked = np.array([model.probability_of(list(row)) for row in x])
    gap = float(np.abs(walked - fitted.probabilities(x)).max())
    if gap > 1e-6:  # the written nodes and weights must decide as scikit-learn does
        raise RuntimeError(f"the written model differs from scikit-learn's by {gap}")
    out.write_text(json.dumps({
        "features": list(FEATURES),
        "model": "mean of gradient-boosted trees and logistic regression, the last feature "
                 "a stacked lexical model's probability",
        "boosting": BOOSTING, "lexical_c": LEXICAL_C, "threshold": round(threshold, 3),
        "guest_threshold": round(guest, 3),
        "trained_on": [str(p.relative_to(DATA)) for p in training_files()], "candidates": int(len(y)),
        "cv_candidate_precision": round(precision, 3), "cv_candidate_recall": round(recall, 3),
        **to_json(fitted), "lexical": lexical.to_json(),
    }, separators=(",", ":")) + "\n", encoding="utf-8")
    return {"candidates": len(y), "positives": int(y.sum()), "threshold": threshold,
            "guest_threshold": guest,
            "cv_precision": precision, "cv_recall": recall}


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_OUT)
    args = parser.parse_args(argv)
    print(train(args.out))


if __name__ == "__main__":
    main()
