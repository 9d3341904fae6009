"""Lexical side of the matcher: tokenising, a sparse BM25 index, key terms.

English is lowercased and split on words; Chinese is converted to simplified
characters (OpenCC t2s) and segmented by tracker.match.segment (jieba, loaded lazily).
BM25 is precomputed into a scipy sparse matrix so that scoring a query against
10,000 documents is one column slice and one sum, not a Python loop.
"""

from __future__ import annotations

import logging
import re
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse

from tracker.match.numbers import canonical_numbers
from tracker.match.segment import segment

logger = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_STOP_EN = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "with",
        "as",
        "at",
        "by",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "me",
        "my",
        "our",
        "us",
        "your",
        "his",
        "her",
        "them",
        "from",
        "will",
        "would",
        "can",
        "could",
        "just",
        "so",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "not",
        "but",
        "about",
        "what",
        "which",
        "who",
        "than",
        "then",
        "there",
        "their",
        "some",
        "any",
        "all",
        "more",
        "most",
        "very",
        "also",
        "into",
        "out",
        "up",
        "if",
        "no",
        "yes",
    ]
)
_STOP_ZH = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "也",
        "就",
        "都",
        "而",
        "及",
        "与",
        "着",
        "说",
        "称",
        "他",
        "她",
        "我",
        "你",
        "它",
        "们",
        "这",
        "那",
        "有",
        "将",
        "会",
        "被",
        "把",
        "对",
        "等",
    ]
)

_opencc: Any = None


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    """Convert traditional Chinese characters to simplified (OpenCC t2s)."""
    global _opencc
    if not _CJK.search(text):
        return text
    if _opencc is None:
        from opencc import OpenCC

        _opencc = OpenCC("t2s")
    return str(_opencc.convert(text))


def _stem(word: str) -> str:
    # A light English stem: enough for "batteries"/"battery", "cars"/"car".
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Tokens of a text: English words, Chinese words and numbers.

    English words are lowercased and stemmed, Chinese is simplified and segmented
    with jieba, and each number is one canonical token ("10,000" and "1万" are both
    "10000"; see tracker.match.numbers).
    """
    text = canonical_numbers(to_simplified(text).lower())
    tokens: list[str] = []
    pos = 0
    for run in _CJK.finditer(text):
        tokens.extend(_stem(w) for w in _WORD.findall(text[pos : run.start()]) if w not in _STOP_EN)
        tokens.extend(w for w in segment(run.group()) if w.strip() and w not in _STOP_ZH)
        pos = run.end()
    tokens.extend(_stem(w) for w in _WORD.findall(text[pos:]) if w not in _STOP_EN)
    return tokens


def chinese_runs(text: str) -> list[str]:
    """The runs of Chinese characters that tokenize() segments, as it sees them."""
    return _CJK.findall(canonical_numbers(to_simplified(text).lower()))


_REPORTING = re.compile(
    r"^\s*(?:据报道|有评论称)?[，,]?\s*(?:马斯克|他|她|musk)\s*(?:再次|还|则|曾)?"
    r"(?:说|称|表示|认为|预测|预计|声称|暗示|承认|坚持|希望|回忆|提到|建议|指出|强调|写道)"
    r"\s*[：:，,]?\s*",
    re.IGNORECASE,
)


def strip_reporting(text: str) -> str:
    """Drop a leading reporting frame ("马斯克说：", "他称") so the claim itself is compared."""
    stripped = _REPORTING.sub("", text, count=1)
    return stripped if stripped.strip() else text


def text_length(text: str) -> tuple[int, int]:
    """Return (English words, Chinese characters) in a text."""
    return len(_WORD.findall(text.lower())), sum(len(r) for r in _CJK.findall(text))


def is_short(text: str) -> bool:
    """A statement of a few words: under 5 English words and under 8 Chinese characters."""
    words, chars = text_length(text)
    return words < 5 and chars < 8


class BM25Index:
    """Okapi BM25 over a fixed set of documents, as a sparse doc x term matrix."""

    def __init__(self, documents: Iterable[Sequence[str]], k1: float = 1.2, b: float = 0.75):
        """Index the documents (token lists); an iterator keeps only one in memory at a time."""
        self.vocabulary: dict[str, int] = {}
        # Compact typed arrays, not lists of Python ints: 10,000 documents stay a few MB.
        rows, cols, counts = array("i"), array("i"), array("f")
        doc_lengths = array("f")
        for d, doc in enumerate(documents):
            doc_lengths.append(len(doc))
            tf: dict[int, int] = {}
            for token in doc:
                col = self.vocabulary.setdefault(token, len(self.vocabulary))
                tf[col] = tf.get(col, 0) + 1
            rows.extend([d] * len(tf))
            cols.extend(tf)
            counts.extend(float(c) for c in tf.values())
        lengths = np.asarray(doc_lengths, dtype=np.float32)
        n_docs, n_terms = len(doc_lengths), len(self.vocabulary)
        rows_a, cols_a = np.frombuffer(rows, dtype=np.int32), np.frombuffer(cols, dtype=np.int32)
        counts_a = np.frombuffer(counts, dtype=np.float32)
        tf_m = sparse.csr_matrix(
            (counts_a, (rows_a, cols_a)), shape=(n_docs, n_terms), dtype=np.float32
        )
        df = np.bincount(cols_a, minlength=n_terms).astype(np.float32)
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg = float(lengths.mean()) if n_docs else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1e-6))
        tf_m = tf_m.tocoo()
        weights = tf_m.data * (k1 + 1) / (tf_m.data + norm[tf_m.row]) * idf[tf_m.col]
        self._matrix = sparse.csc_matrix(
            (weights.astype(np.float32), (tf_m.row, tf_m.col)), shape=(n_docs, n_terms)
        )
        self.size = n_docs

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for the query tokens (float32, one per document)."""
        cols = [self.vocabulary[t] for t in query if t in self.vocabulary]
        if not cols or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._matrix[:, cols].sum(axis=1), dtype=np.float32).ravel()
