"""Rebuttal database use cases on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from tracker import rebuttals as api
from tracker.errors import NotFound
from tracker.model import Counterpoint, Rebuttal, RebuttalStatus, Source, utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_rebuttals import RebuttalRow, RevisionRow
from tracker.storage.schema_statements import StatementRow
from tracker.usecases import curate, rebuttal_import


def sample(rid: str = "sample-claim", **changes: object) -> Rebuttal:
    r = Rebuttal(
        id=rid, claim_en="A claim about batteries.", claim_zh="关于电池的说法。",
        counterpoints=(Counterpoint("Because.", "因为。",
                                    (Source("Report", "https://example.org/r", "2024-01-02"),)),),
        status=RebuttalStatus.PUBLISHED, tags=("batteries",),
    )
    return dataclasses.replace(r, **changes)  # type: ignore[arg-type]


async def add_statement(db: Database, text: str, language: str = "zh") -> int:
    now = utcnow()
    async with db.session() as s:
        feed = FeedRow(url=f"https://example.org/feed/{now.timestamp()}", added_at=now)
        s.add(feed)
        await s.flush()
        item = ItemRow(feed_id=feed.id, guid="g1", fetched_at=now, content_hash="h")
        s.add(item)
        await s.flush()
        st = StatementRow(watch="musk-china", speaker="Elon Musk", text=text, language=language,
                          confidence=0.9, item_id=item.id, span_start=0, span_end=len(text),
                          group_key="k", created_at=now)
        s.add(st)
        await s.commit()
        return st.id


async def count_rows(db: Database, table: type) -> int:
    async with db.session() as s:
        return int(await s.scalar(select(func.count()).select_from(table)) or 0)


async def test_seed_loads_once_with_published_bilingual_entries(db: Database) -> None:
    assert await rebuttal_import.ensure_seed(db) == 21
    assert await rebuttal_import.ensure_seed(db) == 0
    published = await curate.list_rebuttals(db, status=RebuttalStatus.PUBLISHED)
    assert len(published) >= 20
    for r in published:
        assert r.claim_en and r.claim_zh and r.phrasings
        assert r.counterpoints and all(c.text_en and c.text_zh and c.sources
                                       for c in r.counterpoints)
    got = await curate.get_rebuttal(db, "byd-copies-tesla")
    assert got == next(r for r in published if r.id == "byd-copies-tesla")
    assert got is not None and got.created_by == "seed" and got.rating == "Misleading"
    assert await curate.get_rebuttal(db, "no-such-id") is None


async def test_import_is_idempotent_and_detects_updates(db: Database) -> None:
    first = await rebuttal_import.import_rebuttals(db, [sample(), sample("other-claim")], actor="import:a.yaml")
    assert first.created == ("sample-claim", "other-claim")
    again = await rebuttal_import.import_rebuttals(db, [sample(), sample("other-claim")], actor="import:a.yaml")
    assert again.unchanged == ("sample-claim", "other-claim") and not again.updated
    edited = sample(notes="now with a note")
    third = await rebuttal_import.import_rebuttals(db, [edited, sample("other-claim")], actor="import:b.yaml")
    assert third.updated == ("sample-claim",) and third.unchanged == ("other-claim",)
    stored = await curate.get_rebuttal(db, "sample-claim")
    assert stored is not None and stored.notes == "now with a note" and stored.version == 2
    history = await curate.revisions(db, "sample-claim")
    assert [(h.action, h.changed_by) for h in history] == [
        ("create", "import:a.yaml"), ("import", "import:b.yaml")]
    assert history[-1].snapshot["notes"] == "now with a note"


async def test_invalid_entry_writes_nothing(db: Database) -> None:
    bad = sample("bad-one", claim_zh="")
    with pytest.raises(api.RebuttalFormatError, match="'bad-one'.*claim zh is empty"):
        await rebuttal_import.import_rebuttals(db, [sample(), bad], actor="cli")
    assert await count_rows(db, RebuttalRow) == 0
    assert await count_rows(db, RevisionRow) == 0


async def test_export_import_round_trip_unchanged(db: Database) -> None:
    await rebuttal_import.ensure_seed(db)
    await curate.add_phrasing(db, "byd-copies-tesla", "比亚迪只会模仿。", "zh", actor="cli")
    exported = api.dumps_yaml(await curate.list_rebuttals(db))
    report = await rebuttal_import.import_rebuttals(db, api.loads(exported), actor="import:export.yaml")
    assert len(report.unchanged) == 21 and not report.created and not report.updated
    assert api.dumps_yaml(await curate.list_rebuttals(db)) == exported


async def test_create_edit_retire_and_phrasing_record_actor(db: Database) -> None:
    created = await curate.create_rebuttal(db, sample(""), actor="telegram:42")
    assert created.id == "a-claim-about-batteries" and created.created_by == "telegram:42"
    with pytest.raises(api.RebuttalFormatError, match="already exists"):
        await curate.create_rebuttal(db, sample("a-claim-about-batteries"), actor="cli")
    with pytest.raises(api.RebuttalFormatError, match="id must be a slug"):
        await curate.create_rebuttal(db, sample("X"), actor="cli")
    edited = await curate.edit_rebuttal(db, created.id, actor="cli", claim_en="Edited claim.",
                                     tags=["a", "b"])
    assert (edited.claim_en, edited.tags, edited.version) == ("Edited claim.", ("a", "b"), 2)
    assert (await curate.edit_rebuttal(db, created.id, actor="cli", tags="ev, solar")).tags == (
        "ev", "solar")
    assert await curate.add_phrasing(db, created.id, "Batteries, again.", "en", actor="telegram:7")
    assert not await curate.add_phrasing(db, created.id, "Batteries,  again.", "en", actor="cli")
    retired = await curate.retire_rebuttal(db, created.id, actor="telegram:42")
    assert retired.status is RebuttalStatus.RETIRED and retired.phrasings
    assert await curate.list_rebuttals(db, status=RebuttalStatus.PUBLISHED) == []
    history = await curate.revisions(db, created.id)
    assert [(h.version, h.action, h.changed_by) for h in history] == [
        (1, "create", "telegram:42"), (2, "edit", "cli"), (3, "edit", "cli"),
        (4, "phrasing", "telegram:7"), (5, "retire", "telegram:42")]
    assert history[1].snapshot["claim"]["en"] == "Edited claim."
    with pytest.raises(api.RebuttalFormatError, match="claim zh is empty"):
        await curate.edit_rebuttal(db, created.id, actor="cli", claim_zh="  ")
    with pytest.raises(curate.RebuttalNotFound, match="no rebuttal with id 'missing-one'"):
        await curate.edit_rebuttal(db, "missing-one", actor="cli", notes="x")
    with pytest.raises(api.RebuttalFormatError, match="language"):
        await curate.add_phrasing(db, created.id, "Bonjour", "fr", actor="cli")


async def test_record_curation_positive_and_negative(db: Database) -> None:
    await rebuttal_import.ensure_seed(db)
    yes = await add_statement(db, "马斯克又说比亚迪是照抄特斯拉的。")
    no = await add_statement(db, "Musk said BYD cars are cheap.", "en")
    await curate.record_curation(db, yes, "byd-copies-tesla", positive=True, actor="telegram:1")
    await curate.record_curation(db, no, "byd-copies-tesla", positive=False, actor="telegram:1")
    phrasings = await curate.phrasings(db, "byd-copies-tesla")
    learned = [p for p in phrasings if p.origin == "statement"]
    assert [(p.text, p.language, p.statement_id) for p in learned] == [
        ("马斯克又说比亚迪是照抄特斯拉的。", "zh", yes)]
    assert sorted(await curate.curation_labels(db)) == sorted(
        [(yes, "byd-copies-tesla", True), (no, "byd-copies-tesla", False)])
    # Changing one's mind overwrites the label instead of adding a second one.
    await curate.record_curation(db, no, "byd-copies-tesla", positive=True, actor="cli")
    assert (no, "byd-copies-tesla", True) in await curate.curation_labels(db)
    assert len(await curate.curation_labels(db)) == 2
    with pytest.raises(LookupError):
        await curate.record_curation(db, 999999, "byd-copies-tesla", positive=True, actor="cli")
    # A curated phrasing survives a re-import of the seed.
    await rebuttal_import.import_rebuttals(db, api.load_seed(), actor="seed")
    assert learned[0] in await curate.phrasings(db, "byd-copies-tesla")


async def test_concurrent_edits_take_turns(db: Database) -> None:
    import asyncio

    await curate.create_rebuttal(db, sample(), actor="cli")
    results = await asyncio.gather(
        *(curate.add_phrasing(db, "sample-claim", f"Phrasing number {i}.", "en", actor=f"t:{i}")
          for i in range(4)), return_exceptions=True)
    assert results == [True] * 4
    history = await curate.revisions(db, "sample-claim")
    assert [h.version for h in history] == [1, 2, 3, 4, 5]
    added = [p for p in await curate.phrasings(db, "sample-claim") if p.origin != "derived"]
    assert len(added) == 4


async def test_counterpoint_edit_changes_one_language_of_one_counterpoint(db: Database) -> None:
    second = Counterpoint("Also.", "而且。", (Source("Other", "https://example.org/o"),))
    await curate.create_rebuttal(db, sample(counterpoints=(sample().counterpoints[0], second)),
                                 actor="cli")
    edited = await curate.edit_counterpoint(db, "sample-claim", actor="telegram:42",
                                            language="zh", text="因为数据。")
    first = edited.counterpoints[0]
    assert (first.text_en, first.text_zh, first.sources) == (
        "Because.", "因为数据。", sample().counterpoints[0].sources)
    assert edited.counterpoints[1] == second and edited.version == 2
    history = await curate.revisions(db, "sample-claim")
    assert (history[-1].action, history[-1].changed_by) == ("edit", "telegram:42")
    with pytest.raises(NotFound, match="no counterpoint 3"):
        await curate.edit_counterpoint(db, "sample-claim", actor="cli", language="en",
                                       text="x", index=2)
    with pytest.raises(curate.RebuttalNotFound):
        await curate.edit_counterpoint(db, "missing-one", actor="cli", language="en", text="x")
    with pytest.raises(api.RebuttalFormatError, match="en or zh"):
        await curate.edit_counterpoint(db, "sample-claim", actor="cli", language="fr", text="x")


async def test_concurrent_counterpoint_edits_both_survive(db: Database) -> None:
    import asyncio

    await curate.create_rebuttal(db, sample(), actor="cli")
    # Two admins edit the two languages of the same counterpoint at once: each edit is
    # built from the locked current version, so neither undoes the other.
    await asyncio.gather(
        curate.edit_counterpoint(db, "sample-claim", actor="t:1", language="en", text="New en."),
        curate.edit_counterpoint(db, "sample-claim", actor="t:2", language="zh", text="新中文。"))
    stored = await curate.get_rebuttal(db, "sample-claim")
    assert stored is not None and stored.version == 3
    assert (stored.counterpoints[0].text_en, stored.counterpoints[0].text_zh) == (
        "New en.", "新中文。")
