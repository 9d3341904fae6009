"""Protocol 3 of the matcher benchmark alone: ``python -m benchmarks.match_blind [DIR]``.

DIR defaults to tests/data/match/blind_a. The set's rebuttals (claim and
counterpoints only, no phrasings: what an admin types in; the matcher derives its
phrasings as it does for a new rebuttal) are the whole database; every statement is
matched with the shipped model and thresholds. ``python -m benchmarks.match`` prints
the same figures beside protocols 1 and 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.match import BLIND_A, table
from tracker.match import evaluate
from tracker.match.classifier import load_model
from tracker.match.embedder import UseM3Embedder


def main() -> None:
    """Measure the blind set in DIR with the shipped model."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND_A
    embedder = UseM3Embedder()
    model = load_model(embedder=embedder.name)
    figures = evaluate.blind(folder, embedder, model)
    rebuttals, _ = evaluate.load_blind(folder)
    print(f"blind set {folder.name}: {len(rebuttals)} rebuttals, shipped model "
          f"(automatic threshold for a new rebuttal {model.auto_for(False):.3f}, suggest "
          f"{model.suggest_threshold:.3f})")
    table([(f"(3) {folder.name}", figures)])


if __name__ == "__main__":
    main()
