"""Tokenising, t2s normalisation, sparse BM25, short statements."""

from __future__ import annotations

import numpy as np
from rank_bm25 import BM25Okapi

from tracker.match.lexical import BM25Index, is_short, to_simplified, tokenize


def test_english_is_lowercased_and_stemmed() -> None:
    assert tokenize("The Batteries of BYD") == ["battery", "byd"]


def test_chinese_is_segmented_and_traditional_is_simplified() -> None:
    tokens = tokenize("中國的電動車產業")
    assert "中国" in tokens and "电动车" in tokens
    assert to_simplified("電動車") == "电动车"


def test_numbers_are_single_canonical_tokens() -> None:
    assert tokenize("10,000 TWh") == tokenize("10000 TWh") == ["10000", "twh"]
    assert tokenize("1万辆") == ["10000", "辆"]
    assert tokenize("up 2.3 points") == ["2.3", "point"]


def test_mixed_language_text_keeps_both_sides() -> None:
    assert tokenize("马斯克说 BYD copies 特斯拉") == ["马斯克", "byd", "copy", "特斯拉"]


def test_bm25_ranks_the_document_sharing_rare_terms_first() -> None:
    docs = [tokenize(t) for t in ("BYD copies Tesla", "China follows Musk", "比亚迪抄袭特斯拉")]
    scores = BM25Index(docs).scores(tokenize("比亚迪 抄袭"))
    assert int(np.argmax(scores)) == 2 and scores[1] == 0.0


def test_bm25_agrees_with_rank_bm25_on_order() -> None:
    texts = [
        "china battery policy",
        "battery battery packs",
        "solar farms in china",
        "grid power ai",
    ]
    docs = [t.split() for t in texts]
    ours = BM25Index(docs).scores(["battery", "china"])
    theirs = BM25Okapi(docs).get_scores(["battery", "china"])
    assert list(np.argsort(-ours)) == list(np.argsort(-theirs))


def test_bm25_on_unknown_terms_and_empty_index() -> None:
    assert BM25Index([["a"]]).scores(["zzz"]).tolist() == [0.0]
    assert BM25Index([]).scores(["a"]).size == 0


def test_short_statements_by_words_and_characters() -> None:
    assert is_short("BYD copies Tesla.")
    assert is_short("中国听我的")
    assert not is_short("BYD copies Tesla in everything it does.")
    assert not is_short("马斯克说中国听他的话做事")


def test_reporting_frame_is_stripped_but_never_to_nothing() -> None:
    from tracker.match.lexical import strip_reporting

    assert strip_reporting("马斯克说明年中国的发电量是美国的三倍") == "明年中国的发电量是美国的三倍"
    assert strip_reporting("他称，中国听他的") == "中国听他的"
    assert strip_reporting("马斯克说") == "马斯克说"
    assert strip_reporting("Musk says China follows him") == "Musk says China follows him"
