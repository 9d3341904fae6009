"""The review queue: the chat review's actions, recorded once whichever interface decides."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from tests.web.conftest import ADMIN
from tests.web.story import CANDIDATES, Story
from tracker.chat import actions
from tracker.model import StatementStatus
from tracker.storage import statements_repo
from tracker.storage.db import Database
from tracker.storage.schema_delivery import ReviewDecisionRow
from tracker.storage.schema_matching import CurationRow


async def _status(db: Database, statement_id: int) -> StatementStatus:
    async with db.session() as s:
        statement = await statements_repo.get_statement(s, statement_id)
    assert statement is not None
    return statement.status


async def test_the_queue_shows_each_statement_with_its_candidates_and_signals(
        client: httpx.AsyncClient, editor: str, story: Story) -> None:
    page = (await client.get("/review")).text
    assert '<span class="badge warn" id="waiting">2 ' in page
    assert f'id="review-{story.review}"' in page and f'id="review-{story.review_2}"' in page
    assert f'id="review-{story.posted}"' not in page
    assert CANDIDATES[0] in page and "0.41" in page
    # The terms each candidate shares with the statement, beyond the watch's own words:
    assert "signals: production, mass" in page and "signals: china" not in page


async def test_posting_with_a_candidate_is_recorded_once_for_every_interface(
        client: httpx.AsyncClient, editor: str, story: Story, db: Database) -> None:
    response = await client.post(f"/review/{story.review}", headers={"HX-Request": "true"},
                                 data={"csrf": editor, "choice": "attach",
                                       "rebuttal_id": CANDIDATES[0]})
    assert response.status_code == 200
    assert "queued for posting with rebuttal" in response.text
    assert "<html" not in response.text  # a fragment for the page's script
    assert await _status(db, story.review) == StatementStatus.QUEUED
    # The same statement decided from the chat afterwards: refused, naming the web editor.
    chat = actions.ReviewAction(story.review, actions.ReviewChoice.IGNORE)
    later = await actions.review(db, chat.data, actor="telegram:7")
    assert f"already decided by web:telegram:{ADMIN}" in later
    async with db.session() as s:
        decisions = list(await s.scalars(select(ReviewDecisionRow.decided_by).where(
            ReviewDecisionRow.statement_id == story.review)))
        labels = list(await s.scalars(select(CurationRow.label).where(
            CurationRow.statement_id == story.review)))
    assert decisions == [f"web:telegram:{ADMIN}"] and labels == ["positive"]
    again = await client.post(f"/review/{story.review}",
                              data={"csrf": editor, "choice": "ignore"})
    assert "already decided" in again.text


async def test_ignore_and_post_plain(client: httpx.AsyncClient, editor: str, story: Story,
                                     db: Database) -> None:
    await client.post(f"/review/{story.review}", data={"csrf": editor, "choice": "ignore"})
    await client.post(f"/review/{story.review_2}", data={"csrf": editor,
                                                          "choice": "post_plain"})
    assert await _status(db, story.review) == StatementStatus.SKIPPED
    assert await _status(db, story.review_2) == StatementStatus.QUEUED
    assert "queue-empty" in (await client.get("/review")).text


async def test_bad_decisions_are_refused_in_one_line(client: httpx.AsyncClient, editor: str,
                                                      story: Story, db: Database) -> None:
    for data, message in (({"choice": "publish"}, "unknown review choice"),
                          ({"choice": "attach", "rebuttal_id": "no-such-rebuttal"},
                           "no rebuttal"),
                          ({"choice": "attach"}, "no rebuttal")):
        response = await client.post(f"/review/{story.review}", data={"csrf": editor, **data})
        assert response.status_code == 400 and message in response.text, data
    assert await _status(db, story.review) == StatementStatus.REVIEW


async def test_writing_a_new_rebuttal_then_attaching_it(client: httpx.AsyncClient, editor: str,
                                                        story: Story, db: Database) -> None:
    response = await client.post(f"/review/{story.review}",
                                 data={"csrf": editor, "choice": "new_rebuttal"})
    assert response.status_code == 303
    assert response.headers["location"] == f"/rebuttals/new?attach={story.review}"
    form = await client.get(response.headers["location"])
    assert f"statement {story.review} is posted" in form.text
    created = await client.post(f"/rebuttals/new?attach={story.review}", data={
        "csrf": editor, "id": "china-car-market", "claim_en": "China is the biggest car market",
        "claim_zh": "中国是最大的汽车市场", "status": "published", "cp-0-en": "It already is.",
        "cp-0-zh": "早已如此。", "cp-0-src-0-title": "CAAM", "cp-0-src-0-url":
        "https://caam.example/2025", "cp-0-src-0-date": "2025-01-10"})
    assert created.status_code == 303, created.text
    assert created.headers["location"] == "/rebuttals/china-car-market?saved=1"
    assert await _status(db, story.review) == StatementStatus.QUEUED
