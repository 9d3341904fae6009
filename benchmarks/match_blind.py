"""Protocol 3 of the matcher benchmark for one blind set: ``python -m benchmarks.match_blind DIR``.

DIR is a folder under tests/data/match (``blind_a``) or a path holding rebuttals.yaml
and statements.jsonl. The set's rebuttals, as ``tracker rebuttals import`` stores them
(claim, counterpoints, derived phrasings), are the whole database; every statement is
decided by the shipped model, thresholds, reranker and pair judge. The product metric
comes first: as shipped (the judge), and without the judge. ``python -m
benchmarks.match`` prints this beside protocols (1) and (2).
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.match import _embedder, blind_part, report
from tracker.match import evaluate
from tracker.match.classifier import load_model
from tracker.match.judge import PairJudge, load_judge_model
from tracker.match.reranker import RERANKERS, build_reranker


def main() -> None:
    """Measure one blind set with the shipped model."""
    parser = argparse.ArgumentParser(description="Matcher benchmark, one blind set")
    parser.add_argument("folder", nargs="?", default="blind_a")
    parser.add_argument("--reranker", choices=list(RERANKERS), default="compare")
    args = parser.parse_args()
    embedder = _embedder("use-m3")
    model = load_model(embedder=embedder.name)
    try:
        part = blind_part(args.folder, embedder)
    except (OSError, ValueError) as exc:  # a set that cannot be read: one line, no traceback
        sys.exit(f"match_blind: {args.folder}: {exc}")
    judge = PairJudge(load_judge_model())
    th = evaluate.Thresholds(model.auto_threshold, model.suggest_threshold, judge.threshold)
    print(f"blind set {part.name}: {len(part.rebuttals)} rebuttals, shipped model (auto "
          f"{model.auto_threshold:.3f}, suggest {model.suggest_threshold:.3f}), reranker "
          f"{args.reranker}, pair judge (bar {judge.threshold:.4f})")
    report([(f"(3) {part.name}",
             evaluate.blind(part, model, th, build_reranker(args.reranker), judge))])


if __name__ == "__main__":
    main()
