"""Chinese word segmentation for the lexical index: jieba, or the bundled claims' shipped words.

jieba loads a 24 MB dictionary (about 0.3 s), so the Chinese runs of the bundled
rebuttals' claims ship segmented (tracker/data/jieba_segments.json, see
tracker.match.shipped); any other run is segmented by jieba, loaded on first use.
"""

from __future__ import annotations

import logging
import re
from importlib import resources
from typing import Any

from tracker.match.shipped import shipped_segments

_CJK = re.compile(r"[\u3400-\u9fff]+")

_jieba: Any = None


def _segmenter() -> Any:
    """A jieba tokenizer on the bundled trimmed dictionary, loaded on first use.

    tracker/data/jieba_dict_small.txt is jieba's own dictionary without its rarest
    words (frequency under 5): 136,547 of 349,046 entries, 24 MB loaded instead of
    66 MB. Words it lacks are segmented by jieba's HMM, the same way in statements
    and rebuttals; the watches' Chinese topic terms (比亚迪, 宁德时代, ...) are added.
    """
    global _jieba
    if _jieba is None:
        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary load otherwise
        dictionary = resources.files("tracker.data").joinpath("jieba_dict_small.txt")
        with resources.as_file(dictionary) as path:
            tokenizer = jieba.Tokenizer(dictionary=str(path))
            tokenizer.initialize()
        for term in _domain_terms():
            tokenizer.add_word(term)
        _jieba = tokenizer
    return _jieba


def _import_jieba() -> Any:
    """Import jieba without pkg_resources, which its import would load for nothing (0.15 s).

    jieba falls back to reading its files beside its module when pkg_resources is
    missing; a ``None`` entry in sys.modules makes that import fail at once.
    """
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _domain_terms() -> list[str]:
    """The Chinese speaker aliases and topic terms of the default watches."""
    from tracker.config import default_watches

    terms = {t for w in default_watches() for t in (*w.speaker_aliases, *w.topic_terms)}
    return sorted(t for t in terms if _CJK.search(t) and " " not in t)


def segment_with_jieba(run: str) -> list[str]:
    """jieba's words of a run of Chinese characters (loads jieba on first use, ~0.3 s)."""
    return list(_segmenter().lcut(run))


def segment(run: str) -> list[str]:
    """jieba's words of a run of Chinese characters, shipped ones first (no jieba load)."""
    words = shipped_segments().get(run)
    return list(words) if words is not None else segment_with_jieba(run)
