"""Train the matcher's pair judge: ``python -m tracker.match.train_judge``.

The judge (tracker.match.judge) decides which top candidates are posted. It learns from
blind sets written by helpers who never saw the matcher (``SETS``): their rebuttals are
stripped to claim, counterpoints and derived phrasings, as an admin types them in, and
half their statements are traps (another number, the opposite stance, a neighbouring
claim, China but no rebuttal's subject). Each statement's top candidate, as the shipped
classifier and the comparison reranker rank it, is one training pair: positive when that
rebuttal answers the statement.

Figures are leave one set out: each set is judged by a judge trained on the other sets,
with a bar chosen on *their* out-of-fold judgements (each of them judged by a judge that
saw neither it nor the held-out set). The shipped bar is chosen the same way on the
out-of-fold judgements of all the sets; the shipped weights are fitted on all of them.
Every judgement is gated as the product gates it (tracker.match.judge.gated: a statement that
turns the claim round is held below any bar), so the bar is chosen on the decisions the
product makes (on the out-of-fold judgements of the 26 sets A to Y and the seed, one bar
over them all for at most 1% wrong posts: 0.436 of answerable statements posted correctly
with the bar chosen on gated judgements, 0.391 with it chosen on the raw ones).
Writes tracker/data/matcher_judge.json.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tracker.match import evaluate as ev
from tracker.match.classifier import MatcherModel, load_model
from tracker.match.embedder import Embedder, UseM3Embedder
from tracker.match.judge import JUDGE_RESOURCE, JudgeModel, PairJudge, gated
from tracker.match.reranker import ComparisonReranker
from tracker.match.train import DATA, ROOT, load_rebuttals

logger = logging.getLogger(__name__)

SETS = ("blind_a", "blind_b", "blind_seed", "blind_c", "blind_d", "blind_e", "blind_f", "blind_g",
        "blind_h", "blind_i", "blind_j", "blind_k", "blind_l", "blind_m", "blind_n", "blind_o",
        "blind_p", "blind_q", "blind_r", "blind_s", "blind_t", "blind_u", "blind_v",
        "blind_w", "blind_x", "blind_y", "blind_z")
# Strong L2 over ~900 weights. Chosen leaving one set out (each set judged by a judge fitted
# on the others, one bar for at most 1% wrong posts over them all; sixteen sets, A-O and the
# seed): correct automatic posts 0.303 at C 0.0003, 0.457 at 0.001, 0.492 at 0.002, 0.497 at
# 0.003, 0.493 at 0.004, 0.491 at 0.005, 0.458 at 0.01 (the C before), 0.408 at 0.03.
C = 0.003
# The bar is chosen for at most 1% wrong automatic posts on out-of-fold judgements, half the
# product's 2% limit: chosen for 2%, the bars moved from set to set, and the set held out
# got 0.015-0.073 (pooled 11 wrong in 274 posts); chosen for 1%, 2 wrong in 188 posts.
TARGET = 0.01
OUT = ROOT / "tracker" / "data" / JUDGE_RESOURCE


@dataclass
class SetData:
    """One blind set, decided by the shipped classifier and reranker, with judge rows."""

    name: str
    scored: ev.Scored
    top_rows: np.ndarray  # the top candidate's features, one row per statement with candidates
    top_labels: np.ndarray
    # per statement: the judged candidates' positions, rows and whether each turns the claim
    # round (capped below any bar, as the product decides: judge.gated)
    judged_rows: list[tuple[list[int], np.ndarray, list[bool]]]


def build(part: ev.Part, model: MatcherModel, judge: PairJudge) -> SetData:
    """The set's decisions and the judge's rows of every candidate it would judge."""
    th = ev.Thresholds(model.auto_threshold, model.suggest_threshold)
    examples = part.examples(frozenset(), range(len(part.statements)))
    raws = ev.predict(model, examples)
    probs = ev.rerank(ComparisonReranker(), part, examples, raws, th.auto)
    scored = ev.Scored()
    scored.extend(examples, probs, th)
    top_rows, top_labels, judged = [], [], []
    for e, p, raw in zip(examples, probs, raws, strict=True):
        todo, pairs = ev.candidate_pairs(part, e, p, raw, th.suggest)
        rows, turned = judge.read(e.text, part.index.query(e.text), pairs)
        judged.append((todo, rows, turned))
        if not len(p):
            continue
        top = int(np.argmax(p))
        if top in todo:
            top_rows.append(rows[todo.index(top)])
        else:  # below review: still a pair to learn from
            _, one = ev.candidate_pairs(part, e, p, raw, -1.0)
            top_rows.append(judge.rows(e.text, part.index.query(e.text), one[:1])[0])
        top_labels.append(e.cand_ids[top] in e.labels)
    return SetData(part.name, scored, np.vstack(top_rows), np.asarray(top_labels, dtype=int),
                   judged)


def fit(rows: np.ndarray, labels: np.ndarray, threshold: float = 1.0) -> JudgeModel:
    """A standardised, strongly regularised logistic regression."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale = np.where(scale < 1e-9, 1.0, scale)
    clf = LogisticRegression(C=C, max_iter=5000).fit((rows - mean) / scale, labels)
    return JudgeModel(mean, scale, clf.coef_[0].astype(np.float64), float(clf.intercept_[0]),
                      threshold)


def judged_by(model: JudgeModel, data: SetData) -> list[dict[int, float]]:
    """``model``'s probabilities for the set's judged candidates, gated as the product gates
    them (a statement that turns the claim round is capped below any bar): the bar is chosen
    on the decisions the product makes."""
    return [dict(zip(todo, gated(model.predict(rows), turned), strict=True)) if len(todo) else {}
            for todo, rows, turned in data.judged_rows]


def out_of_fold(sets: Sequence[SetData]) -> list[list[dict[int, float]]]:
    """Each set judged by a model fitted on the other sets."""
    out = []
    for k, held in enumerate(sets):
        others = [s for i, s in enumerate(sets) if i != k]
        model = fit(np.vstack([s.top_rows for s in others]),
                    np.concatenate([s.top_labels for s in others]))
        out.append(judged_by(model, held))
    return out


def bar(sets: Sequence[SetData], judged: Sequence[list[dict[int, float]]]) -> float:
    """The judge's bar chosen on these sets' judgements (every rebuttal allowed to post)."""
    examples = [e for s in sets for e in s.scored.examples]
    probs = [p for s in sets for p in s.scored.probs]
    suggest = sets[0].scored.thresholds[0].suggest
    return ev.choose_judge_threshold(examples, probs, [j for js in judged for j in js], suggest,
                                     TARGET)


def figures(data: SetData, judged: list[dict[int, float]], threshold: float) -> dict[str, Any]:
    th = ev.Thresholds(data.scored.thresholds[0].auto, data.scored.thresholds[0].suggest,
                       threshold)
    m = ev.metrics(data.scored.examples, data.scored.probs, [th] * len(judged), judged=judged)
    return {"bar": threshold, **{k: m[k] for k in (
        "statements", "answerable", "posts", "wrong_posts", "wrong_share", "correct_auto",
        "false_alerts")}}


def held_out(sets: Sequence[SetData]) -> dict[str, tuple[list[dict[int, float]], float]]:
    """Each set judged by a judge fitted on the other sets, and the bar chosen on *their*
    out-of-fold judgements: figures no weight and no bar of which saw the set."""
    out = {}
    for k, held in enumerate(sets):
        others = [s for i, s in enumerate(sets) if i != k]
        fitted = fit(np.vstack([s.top_rows for s in others]),
                     np.concatenate([s.top_labels for s in others]))
        out[held.name] = (judged_by(fitted, held), bar(others, out_of_fold(others)))
    return out


def build_sets(embedder: Embedder, names: Sequence[str] = SETS) -> list[SetData]:
    """The training sets, decided by the shipped classifier, with the judge's rows."""
    model = load_model(embedder=embedder.name)
    judge = PairJudge(model=JudgeModel(np.zeros(1), np.ones(1), np.zeros(1), 0.0, 1.0))
    return [build(ev.blind_part(DATA / name, embedder, load_rebuttals()), model, judge)
            for name in names]


def train(out: Path = OUT) -> dict[str, Any]:
    """Fit the judge, choose its bar, write the file; returns the leave-one-set-out figures."""
    sets = build_sets(UseM3Embedder())
    judged = held_out(sets)
    loso = {s.name: figures(s, *judged[s.name]) for s in sets}
    for name, m in loso.items():
        logger.info("%s: %s", name, m)
    shipped_bar = bar(sets, out_of_fold(sets))
    final = fit(np.vstack([s.top_rows for s in sets]), np.concatenate([s.top_labels for s in sets]))
    info = {
        "trained_on": [f"tests/data/match/{n}" for n in SETS],
        "pairs": int(sum(len(s.top_labels) for s in sets)),
        "positives": int(sum(int(s.top_labels.sum()) for s in sets)),
        "C": C,
        "classifier": "tracker/data/matcher_model.json with reranker compare",
        "bar": "the lowest judge probability at which, on out-of-fold judgements (each set "
               "judged by a judge fitted on the others), the wrong share of automatic posts "
               f"<= {TARGET} (half the 0.02 limit, a margin) and false alerts <= "
               f"{ev.TARGET_FALSE_ALERTS}",
        "leave_one_set_out": loso,
    }
    shipped = JudgeModel(final.mean, final.scale, final.weights, final.bias, shipped_bar,
                         info=info)
    out.write_text(json.dumps(shipped.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    return loso


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(json.dumps(train(args.out), indent=2))


if __name__ == "__main__":
    main()
