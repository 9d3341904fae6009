"""The three evaluation protocols of the matcher (run by ``python -m benchmarks.match``).

1. **By statement**: 5-fold cross-validation grouped by statement, the rebuttals
   with their phrasings (the figures before issue 12 were measured this way).
2. **Leave rebuttals out**: 5 folds grouped by rebuttal; the held-out rebuttals lose
   their phrasings (they keep their claim, counterpoints and derived phrasings), so
   every test statement meets a rebuttal the model never saw, as an admin just typed
   it in. A statement no rebuttal answers is held out with the rebuttal nearest to it.
3. **Blind set**: rebuttals and statements written by someone who never saw the
   matcher; the shipped model, matched through ``Matcher.match`` as in production.

In (1) and (2) the thresholds of each outer fold are chosen by an inner
cross-validation (grouped by rebuttal) on that fold's training statements alone;
the figures are computed on the outer fold's test statements. Only the labelled set
(tests/data/match/statements.jsonl) is scored; the training-only traps
(training_extra.jsonl) are used for training in every fold.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tracker.match.classifier import LinearWeights, MatcherModel
from tracker.match.embedder import Embedder
from tracker.match.matcher import Matcher, prepare
from tracker.match.reranker import CROSS_ENCODER, CrossEncoderReranker, Reranker
from tracker.match.scoring import metrics
from tracker.match.train import (
    Corpus,
    Example,
    PairScorer,
    choose_thresholds,
    fit,
    rebuttal_folds,
)
from tracker.model import Decision, Rebuttal, RebuttalStatus

Outcome = tuple[list[Example], list[np.ndarray], list[float], list[float]]


def pair_scorer(reranker: str) -> PairScorer | None:
    """The extra column a plugged-in cross-encoder adds to the training examples."""
    if not reranker.startswith(CROSS_ENCODER):
        return None
    dummy = LinearWeights((), np.zeros(0), np.ones(0), np.zeros(0), 0.0)
    ce = CrossEncoderReranker(reranker[len(CROSS_ENCODER):], dummy)

    def score(m: Matcher, text: str, cands: list[int]) -> np.ndarray:
        return ce.pair_scores(text, [m.candidate(i, np.zeros(0), 0.0) for i in cands])

    return score


def _run(corpus: Corpus, test: list[int], train: list[int], held: frozenset[str]) -> Outcome:
    """Train without ``held`` and the test statements; score the test statements against
    the seed's rebuttals, ``held`` without phrasings."""
    ids = corpus.all_ids - held
    pipeline = fit(corpus.training_examples(ids, train))
    th = choose_thresholds(corpus, ids, train)
    examples = corpus.examples(corpus.seed_ids, held, test)
    probs = [pipeline.predict(e) for e in examples]
    autos = [th.auto_for(e, p) for e, p in zip(examples, probs, strict=True)]
    return examples, probs, autos, [th.suggest] * len(examples)


def _merge(outcomes: Sequence[Outcome]) -> Outcome:
    merged: Outcome = ([], [], [], [])
    for part in outcomes:
        for whole, piece in zip(merged, part, strict=True):
            whole.extend(piece)  # type: ignore[attr-defined]
    return merged


def by_statement(corpus: Corpus, scored: int, folds: int = 5, seed: int = 7) -> Outcome:
    """Protocol 1: folds grouped by statement over the first ``scored`` statements."""
    order = np.random.default_rng(seed).permutation(scored).tolist()
    everything = range(len(corpus.texts))
    parts = []
    for k in range(folds):
        test = sorted(order[k::folds])
        train = [i for i in everything if i not in set(test)]
        parts.append(_run(corpus, test, train, frozenset()))
    return _merge(parts)


def leave_rebuttals_out(corpus: Corpus, scored: int) -> Outcome:
    """Protocol 2: folds grouped by rebuttal, held-out rebuttals without phrasings."""
    parts = []
    for held in rebuttal_folds(sorted(corpus.seed_ids)):
        test = [i for i in range(scored) if corpus.groups[i] in held]
        train = [i for i in range(len(corpus.texts)) if corpus.groups[i] not in held]
        parts.append(_run(corpus, test, train, held))
    return _merge(parts)


def figures(outcome: Outcome) -> dict[str, Any]:
    """The figures of a protocol's out-of-fold predictions."""
    examples, probs, autos, sugs = outcome
    return metrics(examples, probs, autos, sugs)


def load_blind(folder: Path) -> tuple[list[Rebuttal], list[dict[str, Any]]]:
    """A blind set's published rebuttals (claim and counterpoints only) and statements."""
    from tracker.rebuttals import loads

    rebuttals = [r for r in loads((folder / "rebuttals.yaml").read_text(encoding="utf-8"))
                 if r.status == RebuttalStatus.PUBLISHED]
    statements = [json.loads(line) for line in
                  (folder / "statements.jsonl").read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return rebuttals, statements


def blind(folder: Path, embedder: Embedder, model: MatcherModel,
          reranker: Reranker | None = None) -> dict[str, Any]:
    """Protocol 3: the set's rebuttals are the whole database; each statement is matched."""
    rebuttals, statements = load_blind(folder)
    matcher = Matcher(rebuttals, embedder, model, reranker=reranker)

    class _Decided:
        def __init__(self, text: str, labels: list[str], ids: list[str]) -> None:
            self.text, self.labels, self.cand_ids = text, frozenset(labels), ids

    examples, probs, autos = [], [], []
    bar = model.auto_for(False)  # the set's rebuttals are all new: no learned phrasings
    for s in statements:
        result = matcher.match(s["text"])
        ids = [m.rebuttal_id for m in result.matches]
        examples.append(_Decided(prepare(s["text"]), s["labels"], ids))
        # Scores as decided: a match is at or above the bar, anything else below it.
        p = np.array([m.score for m in result.matches], dtype=np.float64)
        if len(p) and result.decision is not Decision.MATCH:
            p = np.minimum(p, bar - 1e-6)
        if len(p) and result.decision is Decision.MATCH:
            p[0] = max(p[0], bar)
        probs.append(p)
        autos.append(bar)
    return metrics(examples, probs, autos, model.suggest_threshold)
