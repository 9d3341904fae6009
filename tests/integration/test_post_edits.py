"""Posts that stay true: sent posts are edited through the outbox, on SQLite and PostgreSQL.

A sent post changes when its statement gains sources or a rebuttal it carries is
edited or retired; each sent message gets an "edit" row, sent like a post (leased,
retried, recorded), rendering the post as it is when the edit goes out.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.fakes.notifier import FakeNotifier, WorkerDied, seed_rebuttal, seed_statement
from tracker.cli import main
from tracker.config import Settings
from tracker.model import DeliveryStatus, ExtractedStatement, Post, RebuttalStatus, utcnow
from tracker.ports import TransientError
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage import deliveries_repo
from tracker.storage.db import Database
from tracker.storage.schema_delivery import DeliveryRow
from tracker.storage.schema_feeds import ItemRow
from tracker.usecases import curate, destinations, extract
from tracker.usecases import queue as posting

TEXT = "China will do what I say"
SETTINGS = Settings(watches=[{"name": "musk-china", "speaker_aliases": ["Elon Musk"],  # type: ignore[list-item]
                              "topic_terms": ["China"]}])


async def _posted(db: Database, chats: int = 2) -> tuple[int, str, FakeNotifier]:
    """A statement with one counterpoint, posted to ``chats`` chats: (id, rebuttal, notifier)."""
    for i in range(chats):
        await destinations.subscribe(db, "fake", f"chan{i}", added_by="test")
    rid = await seed_rebuttal(db)
    sid = await seed_statement(db, rebuttals=[rid], text=TEXT)
    assert await posting.queue_posts(db, SETTINGS) == {"post": 1}
    fake = FakeNotifier()
    assert await _worker(db, fake).run_once() == {"sent": chats}
    return sid, rid, fake


def _worker(db: Database, fake: FakeNotifier, owner: str = "w1") -> DeliveryWorker:
    return DeliveryWorker(db, {"fake": fake}, SETTINGS, owner=owner)


async def _edits(db: Database) -> list[deliveries_repo.Delivery]:
    async with db.session() as session:
        return [d for d in await deliveries_repo.list_all(session) if d.kind == "edit"]


def _edited(fake: FakeNotifier) -> list[tuple[str, str, Post]]:
    """(chat, message id, post) of every edit the fake received."""
    return [(e.destination.chat_id, *e.payload) for e in fake.of_kind("edit")]  # type: ignore[misc]


async def _report_again(db: Database, statement_id: int, url: str) -> int:
    """Another outlet reports the same quote: stored through the extraction use case."""
    async with db.transaction() as session:
        first = await session.get(ItemRow, 1)
        assert first is not None
        row = ItemRow(feed_id=first.feed_id, guid=url, url=url, title="Another outlet",
                      text=TEXT, fetched_at=utcnow(), content_hash="h2")
        session.add(row)
        await session.flush()
        found = ExtractedStatement(TEXT, "Elon Musk", "musk-china", "en", 0.9, 0, len(TEXT))
        new, grouped = await extract.store_extracted(session, extract._item(row), [found],
                                                     utcnow())
    assert (new, grouped) == ([], 1)
    return row.id


async def test_a_sent_post_is_edited_to_show_a_source_reported_later(db: Database) -> None:
    sid, _, fake = await _posted(db)
    await _report_again(db, sid, "https://other.example/musk")
    edits = await _edits(db)
    assert [(e.destination.chat_id, e.revision, e.status) for e in edits] == [
        ("chan0", 1, DeliveryStatus.PENDING), ("chan1", 1, DeliveryStatus.PENDING)]
    assert edits[0].reason == "+1 source (https://other.example/musk)"
    assert await _worker(db, fake).run_once() == {"sent": 2}
    # The fake's message id is the send's position: each edit names its chat's post.
    posts = {s.destination.chat_id: str(i) for i, s in enumerate(fake.sent, 1) if s.kind == "post"}
    assert {chat: message_id for chat, message_id, _ in _edited(fake)} == posts
    assert [post.extra_sources for _, _, post in _edited(fake)] == [1, 1]
    assert [e.status for e in await _edits(db)] == [DeliveryStatus.SENT] * 2
    assert await _worker(db, fake).run_once() == {}  # recorded: never sent twice


async def test_a_corrected_counterpoint_replaces_the_wrong_one(db: Database) -> None:
    _, rid, fake = await _posted(db, chats=1)
    await curate.edit_counterpoint(db, rid, actor="test", language="en", text="Corrected.")
    [edit] = await _edits(db)
    assert edit.reason == f"rebuttal {rid} edited (version 2)"
    await _worker(db, fake).run_once()
    [(_, _, post)] = _edited(fake)
    assert post.rebuttals[0].counterpoints[0].text_en == "Corrected."


async def test_a_retired_rebuttal_is_marked_not_dropped(db: Database) -> None:
    _, rid, fake = await _posted(db, chats=1)
    await curate.retire_rebuttal(db, rid, actor="test")
    [edit] = await _edits(db)
    assert edit.reason == f"rebuttal {rid} retired"
    await _worker(db, fake).run_once()
    [(_, _, post)] = _edited(fake)
    assert [(r.id, r.status) for r in post.rebuttals] == [(rid, RebuttalStatus.RETIRED)]


async def test_what_a_post_does_not_show_edits_nothing(db: Database) -> None:
    _, rid, _ = await _posted(db, chats=1)
    await curate.edit_rebuttal(db, rid, actor="test", notes="checked again", tags="ev")
    await curate.add_phrasing(db, rid, "China obeys", "en", actor="test")
    assert await _edits(db) == []


async def test_a_post_not_sent_yet_shows_the_change_without_an_edit(db: Database) -> None:
    await destinations.subscribe(db, "fake", "chan0", added_by="test")
    rid = await seed_rebuttal(db)
    await seed_statement(db, rebuttals=[rid], text=TEXT)
    await posting.queue_posts(db, SETTINGS)
    await curate.edit_counterpoint(db, rid, actor="test", language="en", text="Corrected.")
    assert await _edits(db) == []
    fake = FakeNotifier()
    await _worker(db, fake).run_once()
    [sent] = fake.of_kind("post")
    assert sent.payload.rebuttals[0].counterpoints[0].text_en == "Corrected."  # type: ignore[attr-defined]


async def test_changes_waiting_for_one_edit_make_one_edit(db: Database) -> None:
    sid, rid, fake = await _posted(db, chats=1)
    await _report_again(db, sid, "https://other.example/1")
    await curate.edit_counterpoint(db, rid, actor="test", language="en", text="Corrected.")
    [edit] = await _edits(db)
    assert edit.reason == (f"+1 source (https://other.example/1); rebuttal {rid} edited "
                           "(version 2)")
    await _worker(db, fake).run_once()
    [(_, _, post)] = _edited(fake)
    assert post.extra_sources == 1 and post.rebuttals[0].counterpoints[0].text_en == "Corrected."
    # Once that edit is out, the next change is a new edit of the same message.
    await curate.retire_rebuttal(db, rid, actor="test")
    assert [e.revision for e in await _edits(db)] == [1, 2]


async def test_a_crash_after_the_edit_repeats_only_that_edit(db: Database) -> None:
    sid, _, _ = await _posted(db, chats=1)
    await _report_again(db, sid, "https://other.example/1")
    dying = FakeNotifier(crash_after_send=True)
    with pytest.raises(WorkerDied):
        await _worker(db, dying, "a").run_once()
    assert [e.status for e in await _edits(db)] == [DeliveryStatus.SENDING]
    again = FakeNotifier()
    assert await _worker(db, again, "b").run_once() == {}  # the lease still holds
    later = utcnow() + timedelta(minutes=10)
    assert await _worker(db, again, "b").run_once(now=later) == {"sent": 1}
    assert [s.kind for s in again.sent] == ["edit"]


async def test_a_failed_edit_is_retried_like_a_send(db: Database) -> None:
    sid, _, fake = await _posted(db, chats=1)
    await _report_again(db, sid, "https://other.example/1")
    fake.fail_with["chan0"] = [TransientError("503")]
    assert await _worker(db, fake).run_once() == {"retry": 1}
    [edit] = await _edits(db)
    assert (edit.status, edit.attempts, edit.last_error) == (
        DeliveryStatus.PENDING, 1, "TransientError: 503")
    assert await _worker(db, fake).run_once(now=utcnow() + timedelta(minutes=1)) == {"sent": 1}


async def test_an_edit_waits_for_its_post_and_goes_when_the_post_never_will(
        db: Database) -> None:
    sid, _, fake = await _posted(db, chats=1)
    await _report_again(db, sid, "https://other.example/1")
    async with db.transaction() as session:  # as if the post were still being sent
        post = await session.scalar(select(DeliveryRow).where(DeliveryRow.kind == "post"))
        assert post is not None
        post.status, post.message_id = DeliveryStatus.SENDING.value, None
    assert await _worker(db, fake).run_once() == {"waiting": 1}
    [edit] = await _edits(db)
    assert edit.status == DeliveryStatus.PENDING and edit.attempts == 0
    async with db.transaction() as session:
        post = await session.scalar(select(DeliveryRow).where(DeliveryRow.kind == "post"))
        assert post is not None
        post.status = DeliveryStatus.FAILED.value
    later = utcnow() + timedelta(minutes=1)
    assert await _worker(db, fake).run_once(now=later) == {"cancelled": 1}
    assert fake.of_kind("edit") == []


def test_deliveries_list_shows_each_edit_and_why(db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    async def edited() -> int:
        sid, rid, fake = await _posted(db, chats=1)
        await _report_again(db, sid, "https://other.example/1")
        await _worker(db, fake).run_once()
        await curate.retire_rebuttal(db, rid, actor="test")
        return sid

    sid = asyncio.run(edited())
    monkeypatch.setenv("TRACKER_DATABASE__URL", db.url)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["deliveries", "list"]) == 0
    lines = [line.split("\t") for line in out.getvalue().splitlines()]
    assert [(cols[1], cols[2], cols[3], cols[6]) for cols in lines] == [
        ("sent", "post", f"statement {sid}", ""),
        ("sent", "edit 1", f"statement {sid}", "+1 source (https://other.example/1)"),
        ("pending", "edit 2", f"statement {sid}", "rebuttal rb-orders retired")]
