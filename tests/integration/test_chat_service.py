"""Review and vote actions and chat edits against a database (tracker.chat)."""

from __future__ import annotations

import pytest

from benchmarks.deliver import seed_statement
from tracker.chat import actions, service, texts
from tracker.config import Settings
from tracker.errors import NotFound, UsageError
from tracker.model import Decision
from tracker.storage.db import Database
from tracker.usecases import curate


async def test_a_vote_on_a_counterpoint_of_the_post_is_counted_once_per_user(
        db: Database) -> None:
    sid = await seed_statement(db, status="posted")
    data = actions.VoteAction(sid, "china-economy", 1).data
    assert await actions.vote(db, Settings(), data, platform="discord", user_id="1") == (1, 0)
    assert await actions.vote(db, Settings(), data, platform="discord", user_id="1") == (1, 0)
    down = actions.VoteAction(sid, "china-economy", -1).data
    assert await actions.vote(db, Settings(), down, platform="telegram", user_id="1") == (1, 1)


async def test_a_vote_naming_a_rebuttal_the_post_does_not_show_is_refused(db: Database) -> None:
    sid = await seed_statement(db, status="posted")
    await seed_statement(db, "Another claim", "other-rebuttal", status="posted")
    for data in (actions.VoteAction(sid, "other-rebuttal", 1).data,  # exists, not on this post
                 actions.VoteAction(sid, "no-such-rebuttal", 1).data,
                 actions.VoteAction(sid + 100, "china-economy", 1).data):  # no such statement
        with pytest.raises(UsageError, match=texts.BUTTON_EXPIRED):
            await actions.vote(db, Settings(), data, platform="telegram", user_id="1")
    assert await service.vote_stats(db) == []


async def test_review_actions_apply_the_admins_choice(db: Database) -> None:
    sid = await seed_statement(db, status="review", decision=Decision.SUGGEST)
    data = actions.ReviewAction(sid, actions.ReviewChoice.IGNORE).data
    assert await actions.review(db, data, actor="discord:9") == f"Statement {sid} ignored."
    again = await actions.review(db, data, actor="discord:9")
    assert "already decided by discord:9" in again
    with pytest.raises(UsageError):
        await actions.review(db, "r|x|ignore|", actor="discord:9")


async def test_editing_a_counterpoint_from_a_chat_changes_only_that_language(db: Database) -> None:
    await seed_statement(db)
    stored = await service.edit_field(db, "china-economy", "counterpoint_zh", "人均产出仍低。",
                                      actor="telegram:1")
    cp = stored.counterpoints[0]
    assert (cp.text_en, cp.text_zh) == ("Per-capita output is far lower.", "人均产出仍低。")
    stored = await service.edit_field(db, "china-economy", "notes", "checked", actor="telegram:1")
    assert stored.notes == "checked" and stored.version == 3


async def test_attaching_to_a_missing_statement_is_a_user_error(db: Database) -> None:
    await seed_statement(db)
    with pytest.raises(NotFound, match="No statement 999999"):
        await service.attach_statement(db, 999999, "china-economy", actor="telegram:1")
    sid = await seed_statement(db, "Another", "other-rebuttal")
    with pytest.raises(curate.RebuttalNotFound):
        await service.attach_statement(db, sid, "nope", actor="telegram:1")
