"""A stand-in for sentence-transformers' ``CrossEncoder``, for the reranker's plumbing.

No pair-judging weights can be installed here (docs/evaluation/packaged-models-search.md),
so the reranker's handling of a cross-encoder's two output shapes is tested with this
stand-in: it reads ``config.json`` from the folder (``id2label`` as a real NLI
checkpoint's config has it) and ``scores.json`` (the logits of each (statement, claim)
pair, keyed "statement || claim"), and answers ``predict`` as the real class does: a
list of rows, one per pair. Only tests put this folder on ``sys.path``.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any


class CrossEncoder:
    """Loads a folder and predicts the logits written in it."""

    loaded: list[str] = []

    def __init__(self, folder: str, device: str = "cpu") -> None:
        config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
        self.config = SimpleNamespace(id2label={int(k): v for k, v in
                                                config.get("id2label", {}).items()})
        self._scores: dict[str, Any] = json.loads(
            (Path(folder) / "scores.json").read_text(encoding="utf-8"))
        self._default = config["default"]
        CrossEncoder.loaded.append(folder)

    def predict(self, pairs: list[tuple[str, str]]) -> list[Any]:
        """The logits of each pair (the folder's default for a pair it does not name)."""
        return [self._scores.get(f"{a} || {b}", self._default) for a, b in pairs]
