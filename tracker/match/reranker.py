"""Rerankers: a second look at the few best candidates before the decision.

The classifier scores every candidate from similarities; a reranker then reads the
statement beside each of the top ``RERANK_TOP`` candidates' claims and may lower a
probability (never raise it), so a statement that only *talks about* the claim's
subject goes to review instead of being posted with a counterpoint that does not
answer it. Configured by ``matching.reranker``:

* ``"compare"`` (the default, no model): the quantities and comparisons of the claim.
  A statement that names a quantity of a kind the claim names with no value close to
  the claim's ("about twice" against "three times", "a fifth" against "most", "by the
  end of the century" against "by 2050"), or the opposite direction of the claim's
  comparison ("behind" against "ahead", 落后 against 领先), makes another claim: its
  probability is capped just below the automatic threshold, so it is reviewed.
* ``"none"``: the classifier decides alone.
* ``"cross-encoder:<folder>"``: a sentence-transformers ``CrossEncoder`` loaded from a
  local folder (nothing is downloaded; ``pip install sentence-transformers``). It
  scores (statement, claim) for both languages of the claim; an NLI model's
  entailment probability or a single-output model's sigmoid below
  ``matching.reranker_gate`` caps the candidate below the automatic threshold as
  above. It gates, it does not promote: its scale is not calibrated on this
  project's data.
"""

from __future__ import annotations

import importlib.util
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tracker.errors import ConfigError
from tracker.match import compare as cmp
from tracker.model import Rebuttal

RERANK_TOP = 3
CROSS_ENCODER = "cross-encoder:"
BELOW = 0.999  # a capped probability: this share of the automatic threshold


@dataclass(frozen=True)
class Candidate:
    """One of the top candidates: the rebuttal and the classifier's probability."""

    rebuttal: Rebuttal
    probability: float


@runtime_checkable
class Reranker(Protocol):
    """Lowers the probability of top candidates that do not make the statement's claim."""

    name: str

    def rerank(self, text: str, candidates: Sequence[Candidate], auto: float) -> list[float]:
        """The candidates' probabilities after a second look (each at most its input)."""
        ...


def capped(probability: float, auto: float) -> float:
    """``probability`` held just below the automatic threshold ``auto``."""
    return min(probability, auto * BELOW)


class NoReranker:
    """The classifier decides alone."""

    name = "none"

    def rerank(self, text: str, candidates: Sequence[Candidate], auto: float) -> list[float]:
        """The probabilities unchanged."""
        return [c.probability for c in candidates]


class ComparisonReranker:
    """Caps a candidate whose claim's quantities or comparison the statement contradicts."""

    name = "compare"

    def __init__(self) -> None:
        self._sides: dict[tuple[str, int], cmp.ClaimSide] = {}

    def _side(self, r: Rebuttal) -> cmp.ClaimSide:
        key = (r.id, r.version)
        side = self._sides.get(key)
        if side is None:
            if len(self._sides) > 4096:  # bounded: only top candidates are ever read
                self._sides.clear()
            side = self._sides[key] = cmp.claim_side(
                [r.claim_en, r.claim_zh], [p.text for p in r.phrasings])
        return side

    def conflicts(self, text: str, rebuttal: Rebuttal) -> tuple[str, ...]:
        """What in the statement contradicts the rebuttal's claim (empty: nothing)."""
        return cmp.contradictions(cmp.view(text), self._side(rebuttal))

    def rerank(self, text: str, candidates: Sequence[Candidate], auto: float) -> list[float]:
        """Cap each candidate whose claim the statement contradicts."""
        stmt = cmp.view(text)
        return [capped(c.probability, auto) if cmp.contradictions(stmt, self._side(c.rebuttal))
                else c.probability for c in candidates]


class CrossEncoderReranker:
    """A sentence-transformers cross-encoder from a local folder, used as a gate."""

    def __init__(self, folder: str, gate: float = 0.5) -> None:
        self.name = CROSS_ENCODER + folder
        self.folder = folder
        self.gate = gate
        self._model: Any = None
        self._entail: int | None = None

    def check(self) -> None:
        """Fail at start, in one line, when the folder or the package is missing."""
        if not Path(self.folder).is_dir():
            raise ConfigError(f"matching.reranker: {self.folder} is not a local folder "
                              "(a cross-encoder is never downloaded)")
        if importlib.util.find_spec("sentence_transformers") is None:
            raise ConfigError("matching.reranker: a cross-encoder needs "
                              "`pip install sentence-transformers`")

    def _load(self) -> Any:
        if self._model is None:
            self.check()
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import CrossEncoder

            try:
                self._model = CrossEncoder(self.folder, device="cpu")
            except Exception as exc:  # noqa: BLE001 - any failure to load is one config line
                raise ConfigError(f"matching.reranker: cannot load a cross-encoder from "
                                  f"{self.folder}: {type(exc).__name__}") from exc
            labels = getattr(getattr(self._model, "config", None), "id2label", None) or {}
            self._entail = next((int(i) for i, n in labels.items()
                                 if "entail" in str(n).lower()), None)
        return self._model

    def scores(self, text: str, claims: Sequence[str]) -> list[float]:
        """A 0-1 score per claim: does the statement assert it."""
        model = self._load()
        raw = model.predict([(text, c) for c in claims])
        out = []
        for row in raw:
            values = [float(v) for v in (row if hasattr(row, "__len__") else [row])]
            if len(values) == 1:
                out.append(1.0 / (1.0 + math.exp(-values[0])))
                continue
            top = max(values)
            exp = [math.exp(v - top) for v in values]
            index = self._entail if self._entail is not None else len(values) - 1
            out.append(exp[index] / sum(exp))
        return out

    def rerank(self, text: str, candidates: Sequence[Candidate], auto: float) -> list[float]:
        """Cap each candidate whose claim (best language) scores below the gate."""
        out = []
        for c in candidates:
            claims = [t for t in (c.rebuttal.claim_en, c.rebuttal.claim_zh) if t]
            best = max(self.scores(text, claims), default=0.0)
            out.append(c.probability if best >= self.gate else capped(c.probability, auto))
        return out


def rerank_top(reranker: Reranker, text: str, rebuttals: Sequence[Rebuttal],
               probs: np.ndarray, auto: float) -> None:
    """Let ``reranker`` lower the probabilities of the top RERANK_TOP candidates, in place.

    ``rebuttals[j]`` is the rebuttal of ``probs[j]``; the matcher and the evaluation
    protocols both decide through this.
    """
    top = [int(j) for j in np.argsort(-probs, kind="stable")[:RERANK_TOP]]
    new = reranker.rerank(text, [Candidate(rebuttals[j], float(probs[j])) for j in top], auto)
    probs[top] = np.minimum(probs[top], np.asarray(new, dtype=np.float64))


RERANKERS = ("compare", "none")


def build_reranker(name: str, gate: float = 0.5) -> Reranker:
    """The reranker a ``matching.reranker`` setting names."""
    if name == "compare":
        return ComparisonReranker()
    if name == "none":
        return NoReranker()
    if name.startswith(CROSS_ENCODER) and len(name) > len(CROSS_ENCODER):
        reranker = CrossEncoderReranker(name[len(CROSS_ENCODER):], gate)
        reranker.check()
        return reranker
    raise ConfigError(f"matching.reranker: unknown reranker '{name}' "
                      "(use compare, none or cross-encoder:<folder>)")
