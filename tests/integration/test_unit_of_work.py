"""Database.transaction(): one unit of work, committed on success, rolled back on error."""

from __future__ import annotations

import pytest

from tracker.model import utcnow
from tracker.storage import destinations_repo
from tracker.storage.db import Database


async def _chats(db: Database) -> list[str]:
    async with db.session() as session:
        return [d.chat_id for d in await destinations_repo.list_all(session)]


async def test_a_transaction_commits_what_it_wrote(db: Database) -> None:
    async with db.transaction() as session:
        await destinations_repo.upsert(session, "fake", "kept", title="", language="en",
                                       role="channel", added_by="test", now=utcnow())
    assert await _chats(db) == ["kept"]


async def test_a_transaction_that_raises_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        async with db.transaction() as session:
            await destinations_repo.upsert(session, "fake", "lost", title="", language="en",
                                           role="channel", added_by="test", now=utcnow())
            raise RuntimeError("boom")
    assert await _chats(db) == []
