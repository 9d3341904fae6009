"""Errors of the feed parsers, importable without loading the parsers themselves."""

from __future__ import annotations


class ParseError(ValueError):
    """Bytes that hold no usable feed."""


class TranscriptError(ValueError):
    """A transcript body that could not be parsed."""
