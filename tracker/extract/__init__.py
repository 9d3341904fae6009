"""Statement extraction: what a watched speaker said about a watched topic."""

from tracker.extract.extractor import Extractor

__all__ = ["Extractor"]
