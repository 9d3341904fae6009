"""The review message says why the statement waits (what the matcher stored about the
closest rebuttal), in the review chat's language, through the real outbox worker."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from tests.fakes.notifier import FakeNotifier, seed_rebuttal, seed_statement
from tracker.config import Settings
from tracker.match.judge import STANCE_CAP, load_judge_model
from tracker.model import Decision, ScoredRebuttal, Statement, utcnow
from tracker.posting.review import REVIEW_REASONS, why_reviewed
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage import destinations_repo
from tracker.storage.db import Database
from tracker.storage.schema_matching import StatementMatchRow
from tracker.usecases import queue as posting

BAR = 0.92


def _statement(decision: Decision | None) -> Statement:
    return Statement(id=7, text="China is the future", speaker="Elon Musk", watch="musk-china",
                     language="en", confidence=0.9, item_id=1, start=0, end=19, context="",
                     source_url="https://news.example/a",
                     published_at=datetime(2026, 12, 2, tzinfo=UTC), decision=decision)


@pytest.mark.parametrize(("decision", "candidates", "bar", "kind"), [
    (Decision.NONE, [], BAR, "none"),
    (Decision.SUGGEST, [], BAR, "none"),
    (Decision.SUGGEST, [ScoredRebuttal("r1", 0.71)], None, "score"),  # no judge configured
    (Decision.SUGGEST, [ScoredRebuttal("r1", 0.71)], BAR, "unjudged"),
    (Decision.SUGGEST, [ScoredRebuttal("r1", 0.99, judge=STANCE_CAP)], BAR, "held"),
    (Decision.SUGGEST, [ScoredRebuttal("r1", 0.99, judge=0.97)], BAR, "new"),
    (Decision.SUGGEST, [ScoredRebuttal("r1", 0.99, judge=0.71),
                        ScoredRebuttal("r2", 0.5, judge=0.99)], BAR, "unsure"),
])
def test_the_reason_names_what_held_the_statement_back(
        decision: Decision, candidates: list[ScoredRebuttal], bar: float | None,
        kind: str) -> None:
    for language in ("en", "zh"):
        reason = why_reviewed(_statement(decision), candidates, bar, language, STANCE_CAP)
        values = {"rid": "r1", "score": candidates[0].score if candidates else 0.0,
                  "judge": candidates[0].judge if candidates else None, "bar": bar}
        assert reason == REVIEW_REASONS[language][kind].format(**values)
        assert len(reason) <= 200  # the bots show 200 characters of it


def test_every_reason_is_written_in_both_languages() -> None:
    assert set(REVIEW_REASONS["en"]) == set(REVIEW_REASONS["zh"])
    held = why_reviewed(_statement(Decision.SUGGEST), [ScoredRebuttal("r1", 0.99, judge=0.5)],
                        BAR, "fr", STANCE_CAP)
    assert held.startswith("Closest: r1;") and "contradict" in held  # English for the rest
    unsure = why_reviewed(_statement(Decision.SUGGEST), [ScoredRebuttal("r1", 0.9, judge=0.41)],
                          BAR, "zh", STANCE_CAP)
    assert "0.41" in unsure and "0.92" in unsure and unsure.startswith("最接近：r1")


async def test_the_review_chat_is_told_why_in_its_language(db: Database) -> None:
    async with db.session() as s:
        await destinations_repo.upsert(s, "fake", "admins", title="", language="zh",
                                       role="review", added_by="config", now=utcnow())
        await s.commit()
    rid = await seed_rebuttal(db)
    held = await seed_statement(db, decision="suggest", rebuttals=[rid], text="China held")
    unsure = await seed_statement(db, decision="suggest", rebuttals=[rid], text="China unsure")
    nothing = await seed_statement(db, decision="none", text="China alone")
    async with db.session() as s:
        for sid, judge in ((held, STANCE_CAP), (unsure, 0.61)):
            await s.execute(update(StatementMatchRow).where(StatementMatchRow.statement_id == sid)
                            .values(judge=judge))
        await s.commit()
    settings = Settings(watches=[{"name": "musk-china", "speaker_aliases": ["Elon Musk"],  # type: ignore[list-item]
                                  "topic_terms": ["China"]}])
    assert await posting.queue_posts(db, settings) == {"review": 3}
    fake = FakeNotifier()
    assert await DeliveryWorker(db, {"fake": fake}, settings).run_once() == {"sent": 3}
    reasons = {p.payload[0].id: p.payload[2] for p in fake.of_kind("review")}  # type: ignore[index]
    bar = load_judge_model().threshold
    assert reasons[held] == REVIEW_REASONS["zh"]["held"].format(rid=rid)
    assert reasons[unsure] == REVIEW_REASONS["zh"]["unsure"].format(rid=rid, judge=0.61, bar=bar)
    assert reasons[nothing] == REVIEW_REASONS["zh"]["none"]
