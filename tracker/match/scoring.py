"""Scoring a matcher's decisions on labelled statements: examples, fitting, thresholds, figures.

The pieces the evaluation protocols (tracker.match.evaluate) and the training script
(tracker.match.train) share: a statement's candidates and feature rows in a database
(``Index``), the logistic regression, the rule that chooses thresholds, the decision as
the matcher makes it, and the product and ranking figures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tracker.match.classifier import MatcherModel
from tracker.match.derive import derive_phrasings
from tracker.match.embedder import Embedder
from tracker.match.features import FEATURE_NAMES
from tracker.match.lexical import is_short
from tracker.match.matcher import RUNNER_UP_MIN, Matcher, is_taught, prepare, runner_up_bar
from tracker.model import Rebuttal

FOLDS = 5
SEED = 7
TARGET_WRONG_SHARE = 0.02  # of automatic posts, the share with a counterpoint that does not answer
TARGET_FALSE_ALERTS = 0.02  # of statements no rebuttal answers, the share posted
SUGGEST_RECALL = 0.97  # the suggest threshold keeps this share of right top candidates


@dataclass
class Example:
    """One statement with its candidate rebuttals and their feature rows."""

    text: str
    labels: frozenset[str]
    cand_ids: list[str]
    rows: np.ndarray
    taught: list[bool]  # per candidate: whether a person has phrased that rebuttal

    @property
    def answerable(self) -> bool:
        return bool(self.labels)


@dataclass(frozen=True)
class Thresholds:
    """A decision's thresholds: automatic post, and review; with a pair judge, the
    judge's bar replaces the automatic threshold (tracker.match.judge)."""

    auto: float
    suggest: float
    judge: float | None = None


@dataclass
class Scored:
    """A protocol's predictions: per statement, probabilities and the thresholds applied."""

    examples: list[Example] = dataclasses.field(default_factory=list)
    probs: list[np.ndarray] = dataclasses.field(default_factory=list)
    thresholds: list[Thresholds] = dataclasses.field(default_factory=list)
    # per statement: the judge's probability by candidate position (empty: not judged)
    judged: list[dict[int, float]] = dataclasses.field(default_factory=list)

    def extend(self, examples: Sequence[Example], probs: Sequence[np.ndarray],
               th: Thresholds, judged: Sequence[dict[int, float]] | None = None) -> None:
        self.examples.extend(examples)
        self.probs.extend(probs)
        self.thresholds.extend([th] * len(examples))
        self.judged.extend(judged if judged is not None else [{} for _ in examples])


def stripped(rebuttal: Rebuttal) -> Rebuttal:
    """The rebuttal as an admin just typed it in: claim, counterpoints, derived phrasings."""
    return dataclasses.replace(
        rebuttal, phrasings=derive_phrasings(rebuttal.claim_en, rebuttal.claim_zh))


class Index:
    """Builds matchers over variants of one set of rebuttals, embedding each text once."""

    def __init__(self, embedder: Embedder, statements: Sequence[dict[str, Any]]) -> None:
        self.embedder = embedder
        self.vectors: dict[str, np.ndarray] = {}
        texts = list(dict.fromkeys(prepare(s["text"]) for s in statements))
        self.queries = dict(zip(texts, embedder.embed(texts), strict=True))

    def matcher(self, rebuttals: Sequence[Rebuttal]) -> Matcher:
        """A matcher over ``rebuttals`` (no model: only its features are used)."""
        m = Matcher(rebuttals, self.embedder, None, vectors=self.vectors, auto_untaught=True)
        self.vectors.update(m.new_vectors)
        return m

    def query(self, text: str) -> np.ndarray:
        """The vector of a prepared statement, embedded once."""
        q = self.queries.get(text)
        if q is None:
            q = self.queries[text] = self.embedder.embed([text])[0]
        return np.asarray(q)

    def examples(self, matcher: Matcher, statements: Iterable[dict[str, Any]]) -> list[Example]:
        """Each statement's candidates and feature rows in ``matcher``'s database."""
        taught = {r.id: is_taught(r) for r in matcher.rebuttals}
        out = []
        for s in statements:
            text = prepare(s["text"])
            idx, rows = matcher.candidate_features(text, self.query(text))
            ids = [matcher.ids[i] for i in idx]
            out.append(Example(text, frozenset(s["labels"]), ids, rows,
                               [taught[i] for i in ids]))
        return out


# --- fitting and thresholds --------------------------------------------------------------

def fit(examples: Sequence[Example]) -> MatcherModel:
    """Standardised logistic regression over every candidate pair of ``examples``."""
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([e.rows for e in examples if len(e.rows)])
    y = np.concatenate([[c in e.labels for c in e.cand_ids] for e in examples]).astype(int)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale < 1e-9, 1.0, scale)
    clf = LogisticRegression(C=3.0, max_iter=2000).fit((x - mean) / scale, y)
    return MatcherModel(FEATURE_NAMES, mean, scale, clf.coef_[0].astype(np.float64),
                        float(clf.intercept_[0]), 1.0, 0.0, "cv")


def predict(model: MatcherModel, examples: Sequence[Example]) -> list[np.ndarray]:
    """The model's probability for every candidate of every example."""
    return [model.predict(e.rows) for e in examples]


def choose_thresholds(examples: Sequence[Example], probs: Sequence[np.ndarray]) -> Thresholds:
    """Thresholds from out-of-fold predictions (never from the predictions reported).

    The automatic threshold is the lowest top probability at which, of the statements
    posted at or above it, at most 2% carry a counterpoint that does not answer them
    and at most 2% of the statements no rebuttal answers are posted (1.0 when none
    is). The suggest threshold keeps 97% of the right top candidates at review or above.
    """
    tops = sorted({round(float(p.max()), 4) for p in probs if len(p)})
    auto = 1.0
    for t in tops:
        m = metrics(examples, probs, [Thresholds(t, 0.0)] * len(examples))
        if m["wrong_share"] <= TARGET_WRONG_SHARE and m["false_alerts"] <= TARGET_FALSE_ALERTS:
            auto = t
            break
    right = sorted(float(p.max()) for e, p in zip(examples, probs, strict=True)
                   if len(p) and e.cand_ids[int(np.argmax(p))] in e.labels)
    sug = right[int((1 - SUGGEST_RECALL) * len(right))] if right else 0.5
    return Thresholds(auto, float(min(max(sug, 0.05), auto)))


def choose_judge_threshold(examples: Sequence[Example], probs: Sequence[np.ndarray],
                           judged: Sequence[dict[int, float]], suggest: float,
                           target: float = TARGET_WRONG_SHARE) -> float:
    """The judge's bar from out-of-fold judgements, by ``choose_thresholds``' rule.

    The lowest judge probability at which at most 2% of the automatic posts carry a
    counterpoint that does not answer the statement and at most 2% of the statements
    no rebuttal answers are posted (1.0 when none is); ``target`` may ask for a smaller
    wrong share than 2%, as a margin for text unlike the judgements'.

    The same figures ``metrics`` gives at every bar, in one pass: a statement's decision
    compares the bar only with its own judged probabilities (0.0 for a candidate not
    judged), so between two of them it is one decision, decided once and counted for
    every bar in that stretch (thousands of bars over thousands of statements took
    minutes when each bar ran ``metrics``).
    """
    bars = np.array(sorted({round(v, 4) for jd in judged for v in jd.values()}))
    if not len(bars):
        return 1.0
    counts = np.zeros((3, len(bars) + 1))  # posts, wrong posts, false alerts; differences
    for e, p, jd in zip(examples, probs, judged, strict=True):
        cuts = sorted({0.0, *jd.values()})
        # (bar at which to decide, the stretch of bars that decision holds for)
        stretches = [(v, int(np.searchsorted(bars, cuts[k - 1], side="right")) if k else 0,
                      int(np.searchsorted(bars, v, side="right"))) for k, v in enumerate(cuts)]
        stretches.append((float(np.nextafter(cuts[-1], np.inf)),
                          int(np.searchsorted(bars, cuts[-1], side="right")), len(bars)))
        for at, first, stop in stretches:
            if first >= stop:
                continue
            posted = decide(e, p, Thresholds(1.0, suggest, at), shipped=False, judged=jd)
            if not posted:
                continue
            right = all(r in e.labels for r in posted)
            for row, counted in ((0, True), (1, not right), (2, not e.answerable)):
                if counted:
                    counts[row, first] += 1
                    counts[row, stop] -= 1
    posts, wrong, alerts = np.cumsum(counts, axis=1)[:, :len(bars)]
    n_none = max(sum(not e.answerable for e in examples), 1)
    for i, t in enumerate(bars):
        share = wrong[i] / posts[i] if posts[i] else 0.0
        if share <= target and alerts[i] / n_none <= TARGET_FALSE_ALERTS:
            return float(t)
    return 1.0


# --- the decision and its figures --------------------------------------------------------

def decide(e: Example, p: np.ndarray, th: Thresholds, *, shipped: bool,
           judged: dict[int, float] | None = None) -> list[str]:
    """The rebuttal ids posted automatically for a statement (empty: not posted).

    As in ``Matcher.match``: the top candidate at or above the automatic threshold,
    joined by runner-ups (up to three in all) at or above the runner-up bar; a short
    statement is never posted; ``shipped`` applies the default rule that a rebuttal
    no person has phrased is never posted automatically. With a judge's bar
    (``th.judge``), a candidate is posted when its ``judged`` probability reaches the
    bar and the classifier's reaches review (a runner-up: RUNNER_UP_MIN), or, for a
    rebuttal people have phrased, when the classifier's reaches the automatic threshold.
    """
    if not len(p) or is_short(e.text):
        return []
    order = np.argsort(-p, kind="stable")[:3]

    def passes(j: int, rank: int) -> bool:
        if shipped and not e.taught[j]:
            return False
        by_score = float(p[j]) >= (th.auto if rank == 0 else runner_up_bar(th.auto))
        if th.judge is not None:
            return ((judged or {}).get(j, 0.0) >= th.judge
                    and float(p[j]) >= (th.suggest if rank == 0 else RUNNER_UP_MIN)) or (
                by_score and e.taught[j])
        return by_score

    if not passes(int(order[0]), 0):
        return []
    return [e.cand_ids[j] for k, j in enumerate(order) if k == 0 or passes(int(j), k)]


def metrics(examples: Sequence[Example], probs: Sequence[np.ndarray],
            thresholds: Sequence[Thresholds], *, shipped: bool = False,
            judged: Sequence[dict[int, float]] | None = None) -> dict[str, Any]:
    """Product and ranking figures of scored statements.

    A post is wrong when any counterpoint it carries does not answer the statement
    (a wrong rebuttal, or a statement no rebuttal answers).
    """
    posts = wrong = correct = alerts = review_ans = review_none = 0
    ap, r1, r3 = [], [], []
    n_none = sum(not e.answerable for e in examples)
    n_ans = len(examples) - n_none
    judged = judged if judged is not None else [{} for _ in examples]
    for e, p, th, jd in zip(examples, probs, thresholds, judged, strict=True):
        posted = decide(e, p, th, shipped=shipped, judged=jd)
        reviewed = not posted and len(p) > 0 and float(p.max()) >= th.suggest
        right = bool(posted) and all(r in e.labels for r in posted)
        posts += bool(posted)
        wrong += bool(posted) and not right
        if not e.answerable:
            alerts += bool(posted)
            review_none += reviewed
            continue
        correct += right
        review_ans += reviewed
        ranked = [e.cand_ids[j] for j in np.argsort(-p, kind="stable")[:5]]
        hits = [r in e.labels for r in ranked]
        precs = [sum(hits[: k + 1]) / (k + 1) for k, h in enumerate(hits) if h]
        ap.append(sum(precs) / min(len(e.labels), 5))
        r1.append(any(hits[:1]))
        r3.append(any(hits[:3]))
    return {
        "statements": len(examples), "answerable": n_ans, "no_answer": n_none,
        "posts": posts, "wrong_posts": wrong,
        "wrong_share": wrong / posts if posts else 0.0,
        "correct_auto": correct / max(n_ans, 1),
        "false_alerts": alerts / max(n_none, 1),
        "map5": float(np.mean(ap)) if ap else 0.0,
        "recall1": float(np.mean(r1)) if r1 else 0.0,
        "recall3": float(np.mean(r3)) if r3 else 0.0,
        "review_answerable": review_ans / max(n_ans, 1),
        "review_no_answer": review_none / max(n_none, 1),
    }


