"""A lexical score for each candidate: the words around it, weighed by a trained model.

The rules' features say *how* a candidate was found (cue, topic evidence, distance, ...);
the words that surround it say much that no hand-made feature names: "according to
analysts", "he once told Musk", "is expected to attend", "the founder recalled". Each
candidate is read as hashed words and word pairs in four regions (the text before it, its
first words, its last words and the text after it, each bounded), and a logistic model
over them gives one probability, which the decision (tracker.extract.decide) takes as one
more feature. Trained with the decision by ``python -m tracker.extract.train`` (stacked:
the training rows' scores come from models that never saw their document); pure and
linear in the text.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from tracker.extract.rules import Candidate, Doc

DIM = 1 << 18  # hash buckets
# Characters read in each region: before the candidate (where the attribution stands), its
# first and last words, after it (", he said", "the analyst added").
LEFT, START, END, RIGHT = 60, 40, 30, 40
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[\u3400-\u9fff]|[0-9]+")


def _grams(region: str, text: str) -> list[str]:
    words = _WORD.findall(text)
    out = [region + w for w in words]
    out += [f"{region}{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    return out


def indices(doc: Doc, c: Candidate) -> list[int]:
    """The hashed words and word pairs of the candidate's four regions, and its cue."""
    norm = doc.norm
    grams = (_grams("L", norm[max(c.para[0], c.start - LEFT):c.start])
             + _grams("S", norm[c.start:min(c.end, c.start + START)])
             + _grams("E", norm[max(c.start, c.end - END):c.end])
             + _grams("R", norm[c.end:min(c.para[1], c.end + RIGHT)]) + [f"cue{c.cue}"])
    return [zlib.crc32(g.encode("utf-8")) % DIM for g in grams]


@dataclass(frozen=True)
class LexicalModel:
    """Logistic weights over the hash buckets (zero where training saw nothing)."""

    weights: np.ndarray  # DIM float32
    bias: float

    def probability(self, found: list[int]) -> float:
        """The probability the candidate is his statement on the topic, by its words alone."""
        z = self.bias + float(self.weights[np.asarray(found, dtype=np.int64)].sum()) if found \
            else self.bias
        return float(1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z)))))

    def to_json(self) -> dict[str, Any]:
        at = np.flatnonzero(self.weights)
        return {"dim": DIM, "bias": round(self.bias, 6), "index": at.tolist(),
                "weight": [round(float(w), 5) for w in self.weights[at]]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LexicalModel:
        if int(data["dim"]) != DIM:
            raise ValueError(f"lexical model has {data['dim']} buckets, the code {DIM}")
        weights = np.zeros(DIM, dtype=np.float32)
        weights[np.asarray(data["index"], dtype=np.int64)] = np.asarray(data["weight"],
                                                                        dtype=np.float32)
        return cls(weights, float(data["bias"]))
