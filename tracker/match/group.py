"""Texts owned by rebuttals as one matrix, scanned per statement (the matcher's index)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np


class TextGroup:
    """Texts owned by rebuttals: unique vectors once, plus per-rebuttal row runs (for reduceat).

    A text shared by several rebuttals (a counterpoint reused by two entries) is
    stored once; ``rows`` maps each rebuttal's run back to the unique matrix.
    """

    def __init__(
        self,
        per_rebuttal: list[list[str]],
        lookup: Mapping[str, np.ndarray],
        dim: int,
        dtype: type = np.float32,
    ) -> None:
        unique: dict[str, int] = {}
        rows = [unique.setdefault(t, len(unique)) for ts in per_rebuttal for t in ts]
        # Filled row by row: no temporary float32 stack (40 MB at 10,000 rebuttals).
        self.matrix: np.ndarray = np.empty((len(unique), dim), dtype=dtype)
        for text, row in unique.items():
            self.matrix[row] = lookup[text]
        self.rows = np.asarray(rows, dtype=np.int64)
        self.shared = len(unique) < len(rows)
        self.counts = np.array([len(ts) for ts in per_rebuttal], dtype=np.int64)
        self.starts = np.concatenate([[0], np.cumsum(self.counts)[:-1]]).astype(np.int64)
        self.has = self.counts > 0

    def max_and_mean(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per-rebuttal max and mean cosine to q (0 for rebuttals without rows)."""
        n = len(self.counts)
        if self.rows.size == 0:
            return np.zeros(n, np.float32), np.zeros(n, np.float32)
        sims = self.matrix @ q
        if self.shared:
            sims = sims[self.rows]
        starts = np.minimum(self.starts, len(sims) - 1)
        mx = np.where(self.has, np.maximum.reduceat(sims, starts), 0.0)
        sm = np.where(self.has, np.add.reduceat(sims, starts), 0.0)
        return mx.astype(np.float32), (sm / np.maximum(self.counts, 1)).astype(np.float32)

    def max_for(self, i: int, q: np.ndarray) -> float:
        """Max cosine between q and the rows of rebuttal i (0 when it has none)."""
        if not self.has[i]:
            return 0.0
        idx = self.rows[self.starts[i] : self.starts[i] + self.counts[i]]
        return float((self.matrix[idx].astype(np.float32) @ q).max())

    def first_two(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """The vectors of rebuttal i's first two texts (the first twice when it has one)."""
        if not self.has[i]:
            zero = np.zeros(self.matrix.shape[1], dtype=np.float32)
            return zero, zero
        k = int(self.starts[i])
        first = self.matrix[self.rows[k]].astype(np.float32)
        if self.counts[i] < 2:
            return first, first
        return first, self.matrix[self.rows[k + 1]].astype(np.float32)
