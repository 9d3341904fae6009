"""Pure pair features: bilingual concepts, numbers, idf weighting."""

from __future__ import annotations

from tracker.match import features as feat


def test_concepts_are_found_in_both_languages() -> None:
    assert {"byd", "copy", "tesla"} <= feat.concepts("BYD just copies Tesla")
    assert {"byd", "copy", "tesla"} <= feat.concepts("比亚迪抄特斯拉")


def test_ascii_concepts_match_whole_word_starts_only() -> None:
    assert "semi" not in feat.concepts("semiconductor supply")
    assert "x-app" not in feat.concepts("a box of chips")
    assert "x-app" in feat.concepts("X will be an everything app")


def test_numbers_are_extracted() -> None:
    assert feat.numbers("the 4680 cell in 2026, 10,000 TWh") == {"4680", "2026", "10000"}


def test_a_number_is_one_token_however_it_is_written() -> None:
    for written in ("10,000", "10000", "1万", "10 thousand", "10000.0"):
        assert feat.numbers(f"about {written} TWh") == {"10000"}, written
    assert feat.numbers("1.5亿辆, 3万亿, 2.3 billion") == {"150000000", "3000000000000",
                                                         "2300000000"}
    assert feat.numbers("GDP grew 2.3%, then 2.30%") == {"2.3"}
    assert feat.numbers("1,2 and 20,000,000") == {"1", "2", "20000000"}
    # Chinese numerals double as words, and 千瓦 is a unit: neither becomes a number.
    assert feat.numbers("三倍于一些3千瓦") == {"3"}


def _sim(cos: float = 0.6) -> feat.Similarities:
    return feat.Similarities(cos, cos, 0.3, 0.4, cos, 1, 2.0, 4.0)


def test_pair_features_follow_the_declared_order() -> None:
    reb = feat.profile(["The 4680 cell will transform the industry."], ["Dry electrode was hard."])
    idf = feat.concept_idf([reb])
    row = feat.pair_features(
        feat.statement_signals("4680 changes the whole game"), reb, _sim(), idf
    )
    named = dict(zip(feat.FEATURE_NAMES, row, strict=True))
    assert named["numbers_shared"] == 1.0
    assert named["margin"] == 0.6 - 0.4
    assert named["bm25_norm"] == 0.5
    assert 0.0 < named["concept_coverage"] <= 1.0


def test_idf_favours_rare_concepts() -> None:
    profiles = [
        feat.profile([t], []) for t in ("BYD copies Tesla", "Tesla taught China", "DOGE cuts")
    ]
    idf = feat.concept_idf(profiles)
    assert idf["doge"] > idf["tesla"]


def test_negation_cue() -> None:
    assert feat.statement_signals("China does not follow me").negation == 1.0
    assert feat.statement_signals("中国没有听我的").negation == 1.0
    assert feat.statement_signals("China follows me").negation == 0.0
