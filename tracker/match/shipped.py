"""Embeddings and word segmentation of the bundled rebuttals' texts, shipped with the package.

A new database (and ``tracker match`` without one) would otherwise embed every
claim, phrasing and counterpoint of the bundled rebuttals before matching its
first statement. The vectors are keyed by embedding model and the sha256 of the
text, like the embeddings table: a text edited since is simply not found and is
embedded as before. Likewise jieba's segmentation of the Chinese runs the BM25
index reads (tracker/data/jieba_segments.json, keyed by the run itself), so that
matching an English statement does not load jieba's dictionary. Both rebuilt with ``python -m tracker.usecases.shipped_embeddings``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources

import numpy as np


def shipped_file_name(model: str) -> str:
    """The file under tracker/data/embeddings/ holding one model's vectors."""
    return f"{model}.npz"


@functools.cache
def shipped_vectors(model: str) -> Mapping[str, np.ndarray]:
    """The shipped vectors of one embedding model by text hash (empty when none ship)."""
    path = resources.files("tracker.data").joinpath("embeddings").joinpath(shipped_file_name(model))
    if not path.is_file():
        return {}
    with resources.as_file(path) as real, np.load(real, allow_pickle=False) as data:
        hashes, vectors = data["hashes"], data["vectors"]
    return {str(h): vectors[i] for i, h in enumerate(hashes)}


SEGMENTS_FILE = "jieba_segments.json"


@functools.cache
def shipped_segments() -> Mapping[str, tuple[str, ...]]:
    """jieba's words of each Chinese run in the bundled rebuttals' claims, by run."""
    path = resources.files("tracker.data").joinpath(SEGMENTS_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {run: tuple(words) for run, words in data.items()}
