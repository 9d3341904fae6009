"""Phrasings derived from the claim when a rebuttal is created or edited (origin "derived")."""

from __future__ import annotations

from tracker.match.derive import DERIVED, derive_phrasings
from tracker.model import Counterpoint, Phrasing, Rebuttal, RebuttalStatus, Source
from tracker.storage.db import Database
from tracker.usecases import curate


def new_rebuttal(rid: str = "grid-three-times") -> Rebuttal:
    return Rebuttal(
        id=rid, claim_en="China's grid is three times the size of America's.",
        claim_zh="中国电网的规模是美国的三倍。",
        counterpoints=(Counterpoint("About 2.3 times in 2024.", "2024年约为2.3倍。",
                                    (Source("Ember", "https://example.org/e", "2025-01-01"),)),),
        status=RebuttalStatus.PUBLISHED,
    )


def _derived(phrasings: list[Phrasing]) -> list[str]:
    return [p.text for p in phrasings if p.origin == DERIVED]


async def test_a_created_rebuttal_gets_derived_phrasings(db: Database) -> None:
    created = await curate.create_rebuttal(db, new_rebuttal(), actor="telegram:1")
    stored = await curate.phrasings(db, created.id)
    expected = [p.text for p in derive_phrasings(created.claim_en, created.claim_zh)]
    assert _derived(stored) == expected and expected
    assert "I think China's grid is three times the size of America's." in expected
    assert "China's grid is 3x the size of America's." in expected
    assert "中国电网的规模是美国的3倍。" in expected
    assert {p.language for p in stored} == {"en", "zh"}
    snapshot = (await curate.revisions(db, created.id))[-1].snapshot
    assert sum(p.get("origin") == DERIVED for p in snapshot["phrasings"]) == len(expected)


async def test_an_imported_rebuttal_gets_them_too(db: Database) -> None:
    report = await curate.import_rebuttals(db, [new_rebuttal("imported-one")], actor="cli")
    assert report.created == ("imported-one",)
    assert _derived(await curate.phrasings(db, "imported-one"))


async def test_an_unchanged_reimport_or_a_tag_edit_adds_nothing(db: Database) -> None:
    await curate.create_rebuttal(db, new_rebuttal(), actor="cli")
    before = await curate.phrasings(db, "grid-three-times")
    report = await curate.import_rebuttals(db, [new_rebuttal()], actor="cli")
    assert report.unchanged == ("grid-three-times",)
    await curate.edit_rebuttal(db, "grid-three-times", actor="cli", tags="grid")
    assert await curate.phrasings(db, "grid-three-times") == before


def test_derivation_is_pure_and_skips_the_claim_itself() -> None:
    one = derive_phrasings("Musk's advice is what China follows.", "中国照着马斯克的建议做。")
    assert one == derive_phrasings("Musk's advice is what China follows.", "中国照着马斯克的建议做。")
    texts = [p.text for p in one]
    assert "I think my advice is what China follows." in texts
    assert "Musk said his advice is what China follows." in texts
    assert "我认为中国照着我的建议做。" in texts
    assert all(p.origin == DERIVED for p in one)
    assert derive_phrasings("", "") == ()


async def test_a_new_rebuttal_waits_for_a_person_before_it_posts_automatically(
        db: Database) -> None:
    """A rebuttal with derived phrasings only is held back from automatic posts (the
    matcher's `untaught`); an admin's phrasing teaches it; the setting lifts it."""
    from tracker.config import Settings
    from tracker.usecases.match import load_matcher

    await curate.create_rebuttal(db, new_rebuttal(), actor="cli")
    settings = Settings(matching={"embedder": "hashing"})  # type: ignore[arg-type]
    matcher = await load_matcher(db, settings)
    held = {matcher.ids[i] for i in matcher.untaught}
    assert held == {"grid-three-times"}
    opted = Settings(matching={"embedder": "hashing",  # type: ignore[arg-type]
                               "auto_post_new_rebuttals": True})
    assert (await load_matcher(db, opted)).untaught == frozenset()
    await curate.add_phrasing(db, "grid-three-times", "China's grid dwarfs ours, three to one.",
                              "en", actor="telegram:1")
    assert (await load_matcher(db, settings)).untaught == frozenset()
