"""Errors of the feed parsers, importable without loading the parsers themselves."""

from __future__ import annotations

from tracker.errors import InputError


class ParseError(InputError):
    """Bytes that hold no usable feed."""


class TranscriptError(InputError):
    """A transcript body that could not be parsed."""
