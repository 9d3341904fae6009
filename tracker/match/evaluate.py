"""The matcher's three evaluation protocols (``python -m benchmarks.match``; issue 12).

1. **By statement**: 5 folds grouped by statement; the rebuttals keep the phrasings
   people wrote (the figures before issue 12 were measured this way).
2. **Leave rebuttals out**: 5 folds grouped by rebuttal. The held-out rebuttals lose
   every phrasing a person wrote and keep their claim, counterpoints and the phrasings
   derived from the claim, as an admin's new rebuttal has; every test statement meets a
   rebuttal the classifier never saw. A statement no rebuttal answers is held out in
   one fold (round robin).
3. **Blind set**: rebuttals and statements written by someone who never saw the
   matcher; the rebuttals are the whole database, as imported (derived phrasings
   added), decided by the shipped model and thresholds.

In (1) and (2) the thresholds of each outer fold are chosen on that fold's training
statements alone, from out-of-fold predictions of an inner cross-validation grouped
the same way; the figures are computed on the outer fold's test statements, which
neither the weights nor the thresholds saw. (3) uses the model and thresholds
``tracker.match.train`` ships, fitted and chosen the same way on the labelled set.

Every protocol is decided twice: as shipped, where a rebuttal no person has phrased
never posts automatically (its matches go to review until a review choice teaches
it), and by the thresholds alone (``matching.auto_post_new_rebuttals = true``). The
reranker (``matching.reranker``) looks at the top candidates of every test statement
as it does in production.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tracker.match.classifier import MatcherModel
from tracker.match.derive import DERIVED
from tracker.match.embedder import Embedder, text_hash
from tracker.match.judge import Pair, PairJudge, pairs_to_judge
from tracker.match.matcher import Matcher, prepare
from tracker.match.reranker import Reranker, rerank_top
from tracker.match.scoring import (
    FOLDS,
    SEED,
    SUGGEST_RECALL,
    TARGET_FALSE_ALERTS,
    TARGET_WRONG_SHARE,
    Example,
    Index,
    Scored,
    Thresholds,
    choose_judge_threshold,
    choose_thresholds,
    decide,
    fit,
    metrics,
    predict,
    stripped,
)
from tracker.model import Decision, Phrasing, Rebuttal, RebuttalStatus

__all__ = [
    "FOLDS",
    "SEED",
    "TARGET_WRONG_SHARE",
    "TARGET_FALSE_ALERTS",
    "SUGGEST_RECALL",
    "Example",
    "Thresholds",
    "Scored",
    "stripped",
    "Index",
    "fit",
    "predict",
    "choose_thresholds",
    "choose_judge_threshold",
    "decide",
    "metrics",
]


# --- the training procedure and the protocols ---------------------------------------------

@dataclass
class Part:
    """One labelled set: its rebuttals are the database its statements are matched in."""

    name: str
    rebuttals: list[Rebuttal]
    statements: list[dict[str, Any]]
    index: Index

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.rebuttals]

    def examples(self, stripped_ids: frozenset[str], which: Iterable[int]) -> list[Example]:
        """Statements ``which`` matched in the database with ``stripped_ids`` untaught."""
        db = [stripped(r) if r.id in stripped_ids else r for r in self.rebuttals]
        return self.index.examples(self.index.matcher(db), [self.statements[i] for i in which])


def statement_folds(n: int, folds: int = FOLDS, seed: int = SEED) -> list[list[int]]:
    """``folds`` disjoint sets of statement indexes, a seeded shuffle dealt round robin."""
    order = np.random.default_rng(seed).permutation(n).tolist()
    return [sorted(order[k::folds]) for k in range(folds)]


def rebuttal_folds(ids: Sequence[str], folds: int = FOLDS, seed: int = SEED) -> list[frozenset[str]]:
    """``folds`` disjoint sets of rebuttal ids (a seeded shuffle, round robin)."""
    ordered = sorted(ids)
    order = [ordered[i] for i in np.random.default_rng(seed).permutation(len(ordered))]
    return [frozenset(order[k::folds]) for k in range(folds)]


def leave_out_split(statements: Sequence[dict[str, Any]], ids: Sequence[str],
                    folds: int = FOLDS, seed: int = SEED
                    ) -> list[tuple[list[int], list[int], frozenset[str]]]:
    """(train, test, held-out rebuttals) per fold, grouped by rebuttal.

    A test statement is one a held-out rebuttal answers, or a no-answer statement dealt
    to the fold; a training statement touches no held-out rebuttal.
    """
    held_sets = rebuttal_folds(ids, folds, seed)
    none = [i for i, s in enumerate(statements) if not s["labels"]]
    none_fold = {int(i): k % folds
                 for k, i in enumerate(np.random.default_rng(seed).permutation(none))}
    out = []
    for k, held in enumerate(held_sets):
        test, train_ = [], []
        for i, s in enumerate(statements):
            labels = set(s["labels"])
            if labels & held or (not labels and none_fold[i] == k):
                test.append(i)
            elif not labels & held:
                train_.append(i)
        out.append((train_, test, held))
    return out


@dataclass
class Trained:
    """What the training procedure produces: the model and its thresholds."""

    model: MatcherModel
    thresholds: Thresholds


def train(examples: Sequence[Example]) -> Trained:
    """The shipped training procedure: fit on every pair, thresholds from 5-fold OOF.

    The out-of-fold predictions come from a cross-validation grouped by statement
    inside ``examples``; the final model is fitted on all of them.
    """
    oof: list[np.ndarray] = [np.zeros(0)] * len(examples)
    for test in statement_folds(len(examples)):
        out = set(test)
        model = fit([e for i, e in enumerate(examples) if i not in out])
        for i in test:
            oof[i] = model.predict(examples[i].rows)
    return Trained(fit(examples), choose_thresholds(examples, oof))


def rerank(reranker: Reranker | None, part: Part, examples: Sequence[Example],
           probs: Sequence[np.ndarray], auto: float) -> list[np.ndarray]:
    """The probabilities after ``reranker`` has looked at each statement's top candidates."""
    if reranker is None:
        return list(probs)
    by_id = {r.id: r for r in part.rebuttals}
    out = []
    for e, p in zip(examples, probs, strict=True):
        p = p.copy()
        rerank_top(reranker, e.text, [by_id[c] for c in e.cand_ids], p, auto)
        out.append(p)
    return out


def candidate_pairs(part: Part, e: Example, p: np.ndarray, raw: np.ndarray,
                    suggest: float) -> tuple[list[int], list[Pair]]:
    """The positions of the candidates the matcher would judge, and their pairs."""
    by_id = {r.id: r for r in part.rebuttals}
    vectors = part.index.vectors
    return pairs_to_judge(p, raw, suggest, lambda j: by_id[e.cand_ids[j]],
                          lambda j, en, zh: (vectors[text_hash(en)], vectors[text_hash(zh)]))


def judge_part(judge: PairJudge | None, part: Part, examples: Sequence[Example],
               probs: Sequence[np.ndarray], raws: Sequence[np.ndarray],
               suggest: float) -> list[dict[int, float]]:
    """The judge's probabilities for each statement's judged candidates (by position);
    empty dicts without a judge."""
    if judge is None:
        return [{} for _ in examples]
    out = []
    for e, p, raw in zip(examples, probs, raws, strict=True):
        todo, pairs = candidate_pairs(part, e, p, raw, suggest)
        out.append(dict(zip(todo, judge.probabilities(e.text, part.index.query(e.text), pairs),
                            strict=True)))
    return out


def by_statement(part: Part, reranker: Reranker | None = None,
                 judge: PairJudge | None = None) -> Scored:
    """Protocol 1: folds grouped by statement, rebuttals with their phrasings."""
    examples = part.examples(frozenset(), range(len(part.statements)))
    scored = Scored()
    for test in statement_folds(len(examples)):
        out = set(test)
        trained = train([e for i, e in enumerate(examples) if i not in out])
        _score(scored, part, [examples[i] for i in test], trained, reranker, judge)
    return scored


def leave_rebuttals_out(part: Part, reranker: Reranker | None = None,
                        judge: PairJudge | None = None) -> Scored:
    """Protocol 2: folds grouped by rebuttal, held-out rebuttals without phrasings.

    Each fold trains (weights and thresholds) on the statements of the other
    rebuttals, matched in the database where the held-out rebuttals are stripped, and
    is scored on the held-out rebuttals' statements and its share of the no-answer ones.
    """
    scored = Scored()
    for train_, test, held in leave_out_split(part.statements, part.ids):
        trained = train(part.examples(held, train_))
        _score(scored, part, part.examples(held, test), trained, reranker, judge)
    return scored


def _score(scored: Scored, part: Part, tests: list[Example], trained: Trained,
           reranker: Reranker | None, judge: PairJudge | None) -> None:
    """Decide a fold's test statements with its model, the reranker and the judge (whose
    weights and bar ship: it was trained on other data than the labelled set)."""
    raws = predict(trained.model, tests)
    probs = rerank(reranker, part, tests, raws, trained.thresholds.auto)
    th = trained.thresholds if judge is None else dataclasses.replace(
        trained.thresholds, judge=judge.threshold)
    scored.extend(tests, probs, th, judge_part(judge, part, tests, probs, raws, th.suggest))


def through_review(part: Part, model: MatcherModel, reranker: Reranker | None = None, *,
                   seed: int = SEED, min_taught: int = 1,
                   judge: PairJudge | None = None) -> dict[str, Any]:
    """A blind set streamed through the product, the review chat answering as the labels say.

    The statements arrive in a seeded random order at a database holding the set's
    rebuttals. Each is matched by the real ``Matcher`` (model, thresholds, reranker,
    rejected pairs, and the rule for new rebuttals: here, fewer than ``min_taught``
    phrasings from people or review choices go to review); a posted one is right or
    wrong by its labels; every other one reaches the review chat (``on_unmatched =
    "review"``), where the admin attaches the right rebuttal (a phrasing, origin
    "statement") or ignores it (its candidates become rejected pairs), as the review
    buttons do.
    """
    rebuttals = {r.id: r for r in part.rebuttals}
    negatives: list[tuple[str, str]] = []
    order = np.random.default_rng(seed).permutation(len(part.statements)).tolist()
    posts = wrong = correct = alerts = reviews = 0
    matcher: Matcher | None = None
    for i in order:
        s = part.statements[i]
        text = prepare(s["text"])
        if matcher is None:
            matcher = Matcher(list(rebuttals.values()), part.index.embedder, model, negatives,
                              vectors=part.index.vectors, auto_untaught=True,
                              reranker=reranker, judge=judge)
            part.index.vectors.update(matcher.new_vectors)
        result = matcher.match_vector(text, part.index.query(text))
        labels = set(s["labels"])
        posted = [m.rebuttal_id for m in result.matches if m.decision is Decision.MATCH]
        learned = sum(p.origin != DERIVED for p in rebuttals[posted[0]].phrasings) if posted else 0
        if posted and learned >= min_taught:
            posts += 1
            right = all(r in labels for r in posted)
            correct += right
            wrong += not right
            alerts += not labels
            continue
        reviews += 1
        if labels:
            rid = sorted(labels)[0]
            r = rebuttals[rid]
            rebuttals[rid] = dataclasses.replace(r, phrasings=r.phrasings + (
                Phrasing(text, str(s.get("lang", "en")), "statement"),))
        else:
            negatives += [(text, m.rebuttal_id) for m in result.matches]
        matcher = None
    n_none = sum(not s["labels"] for s in part.statements)
    n_ans = len(part.statements) - n_none
    return {"statements": len(part.statements), "answerable": n_ans, "posts": posts,
            "wrong_posts": wrong, "wrong_share": wrong / posts if posts else 0.0,
            "correct_auto": correct / max(n_ans, 1), "false_alerts": alerts / max(n_none, 1),
            "reviews": reviews / max(len(part.statements), 1)}


# --- blind sets --------------------------------------------------------------------------

def load_blind(folder: Path, bundled: Sequence[Rebuttal] = ()
               ) -> tuple[list[Rebuttal], list[dict[str, Any]]]:
    """A blind set's published rebuttals, as imported (derived phrasings), and statements.

    A set without a rebuttals.yaml was written for the bundled rebuttals: ``bundled``,
    as they ship (their phrasings included), are its database.
    """
    from tracker.rebuttals import loads

    path = folder / "rebuttals.yaml"
    rebuttals = list(bundled) if not path.is_file() else [
        stripped(r) for r in loads(path.read_text(encoding="utf-8"))
        if r.status == RebuttalStatus.PUBLISHED]
    statements = [json.loads(line) for line in
                  (folder / "statements.jsonl").read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return rebuttals, statements


def blind_part(folder: Path, embedder: Embedder, bundled: Sequence[Rebuttal]) -> Part:
    """A blind set's folder as an evaluation part (``bundled``: see ``load_blind``)."""
    rebuttals, statements = load_blind(folder, bundled)
    return Part(folder.name, rebuttals, statements, Index(embedder, statements))


def calibrate(parts: Sequence[Part], model: MatcherModel, reranker: Reranker) -> Thresholds:
    """Thresholds chosen on a calibration split: sets the reported figures are not computed on.

    The parts' statements are decided by ``model`` and ``reranker`` with every rebuttal
    allowed to post (the thresholds alone); the rule is ``choose_thresholds``'. The
    reranker's cap depends on the automatic threshold, so the choice is made twice.
    """
    th = Thresholds(model.auto_threshold, model.suggest_threshold)
    for _ in range(2):
        examples: list[Example] = []
        probs: list[np.ndarray] = []
        for part in parts:
            scored = blind(part, model, th, reranker)
            examples += scored.examples
            probs += scored.probs
        th = choose_thresholds(examples, probs)
    return th


def blind(part: Part, model: MatcherModel, th: Thresholds,
          reranker: Reranker | None = None, judge: PairJudge | None = None) -> Scored:
    """Protocol 3: the blind set's rebuttals are the whole database; ``model`` decides
    (with ``judge`` and its bar ``th.judge``, the judge decides what is posted)."""
    examples = part.examples(frozenset(), range(len(part.statements)))
    raws = predict(model, examples)
    probs = rerank(reranker, part, examples, raws, th.auto)
    scored = Scored()
    scored.extend(examples, probs, th, judge_part(judge, part, examples, probs, raws,
                                                  th.suggest))
    return scored
