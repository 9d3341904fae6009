"""Extraction: text in, the watched speakers' statements on the watched topics out.

``Extractor(watches).extract(text, ...)``; pure, no I/O but the bundled model file.
"""

from tracker.extract.extractor import Extractor

__all__ = ["Extractor"]
