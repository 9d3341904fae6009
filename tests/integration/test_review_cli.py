"""`tracker review`: the review queue from the CLI, with the chat review's actions and records,
and `tracker run` saying at start when statements for review would wait unseen."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import io
import logging
from collections.abc import Sequence

import pytest
from sqlalchemy import select

from tests.fakes.notifier import FakeNotifier, seed_rebuttal, seed_statement
from tracker.cli import main
from tracker.config import Settings
from tracker.ports import ChatPlatform
from tracker.runtime.scheduler import run_service
from tracker.storage.db import Database
from tracker.storage.schema_delivery import ReviewDecisionRow
from tracker.usecases import destinations, ingest, queue

SETTINGS = Settings(watches=[{"name": "musk-china", "speaker_aliases": ["Elon Musk"],  # type: ignore[list-item]
                              "topic_terms": ["China"]}])


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["review", *args])
    return code, out.getvalue(), err.getvalue()


async def in_review(db: Database) -> tuple[int, int, str]:
    """Two statements waiting for review (no review chat configured), and a candidate."""
    await destinations.subscribe(db, "fake", "chan0", added_by="test")
    rid = await seed_rebuttal(db)
    a = await seed_statement(db, decision="suggest", rebuttals=[rid], text="China does what I say")
    b = await seed_statement(db, decision="suggest", rebuttals=[rid], text="China will copy it")
    await queue.queue_posts(db, SETTINGS)
    return a, b, rid


async def decisions(db: Database) -> list[tuple[int, str, str | None, str]]:
    async with db.session() as s:
        rows = (await s.execute(select(ReviewDecisionRow).order_by(ReviewDecisionRow.id))).scalars()
        return [(r.statement_id, r.action, r.rebuttal_id, r.decided_by) for r in rows]


async def test_review_list_show_and_decide_work_the_queue(db: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, rid = await in_review(db)
    monkeypatch.setenv("TRACKER_DATABASE__URL", db.url)
    code, out, _ = await asyncio.to_thread(run, "list")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == [str(a), str(b)]
    assert f"candidates: {rid} (" in out.splitlines()[0]
    code, out, _ = await asyncio.to_thread(run, "show", str(a))
    assert code == 0 and out.startswith(f"statement {a} (review, en, Elon Musk, ")
    assert "China does what I say" in out and f"1. {rid} (" in out
    code, out, _ = await asyncio.to_thread(run, "decide", str(a), "attach", rid)
    assert (code, out) == (0, f"Statement {a} queued for posting with rebuttal {rid}.\n")
    code, out, _ = await asyncio.to_thread(run, "decide", str(b), "ignore")
    assert (code, out) == (0, f"Statement {b} ignored.\n")
    code, out, _ = await asyncio.to_thread(run, "decide", str(a), "ignore")
    actor = f"cli:{getpass.getuser()}"
    assert out == f"Statement {a} was already decided by {actor} (attach).\n"
    # The same records as a review button: who decided what, and the matcher's labels.
    assert await decisions(db) == [(a, "attach", rid, actor), (b, "ignore", None, actor)]
    code, out, _ = await asyncio.to_thread(run, "list")
    assert (code, out) == (0, "nothing waits for review\n")


async def test_review_decide_refuses_bad_input_in_one_line(db: Database,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    a, _, _ = await in_review(db)
    monkeypatch.setenv("TRACKER_DATABASE__URL", db.url)
    assert await asyncio.to_thread(run, "decide", str(a), "attach") == (
        1, "", "error: attach needs the rebuttal id: decide ID attach REBUTTAL_ID\n")
    assert await asyncio.to_thread(run, "decide", str(a), "attach", "no-such") == (
        1, "", "error: no rebuttal 'no-such'\n")
    code, _, err = await asyncio.to_thread(run, "decide", str(a), "dance")
    assert code == 2 and err.startswith("error: tracker review decide: argument action: "
                                        "invalid choice: 'dance'")
    assert await asyncio.to_thread(run, "show", "999999") == (1, "", "error: no statement 999999\n")
    assert await decisions(db) == []


class FakePlatform:
    """A chat platform without a review chat (as Telegram without telegram.review_chat)."""

    name = "fake"

    def __init__(self) -> None:
        self.notifier = FakeNotifier()

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass


async def test_run_says_when_review_statements_have_nowhere_to_go(
        db: Database, caplog: pytest.LogCaptureFixture) -> None:
    await in_review(db)
    settings = Settings.model_validate({**SETTINGS.model_dump(), "database": {"url": db.url},
                                        "feeds": []})

    def platforms(_s: Settings, _db: Database | None, /, *,
                  updates: bool = True) -> Sequence[ChatPlatform]:
        return [FakePlatform()]

    await ingest.pause_feed(db, "http://f/1")  # the seeded statements' feed: nothing to poll
    stop = asyncio.Event()

    class StopAfterTheWarning(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("no review chat"):
                stop.set()

    logger = logging.getLogger("tracker.runtime.scheduler")
    handler = StopAfterTheWarning()
    logger.addHandler(handler)
    caplog.set_level(logging.INFO, logger="tracker.runtime.scheduler")
    try:
        await asyncio.wait_for(run_service(settings, platforms, stop=stop), 60)
    finally:
        logger.removeHandler(handler)
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("no review")]
    assert line == ("no review chat is configured: statements held for review wait unseen "
                    "(2 now); set telegram.review_chat (or discord.review_channel), or work them "
                    "with `tracker review list`")
