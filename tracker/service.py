"""Use cases the chat bots call: a thin, chat-platform-free facade over the areas.

Telegram and Discord handlers parse input, call one function here and format
the reply, so both bots behave the same. Each function delegates to the area
module that owns the logic; imports are local so a bot can start (and report a
clear error) even when an optional area is unavailable.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from tracker.config import Settings
from tracker.model import Feed, FeedKind, MatchResult, Rebuttal, Statement
from tracker.storage.db import Database

logger = logging.getLogger(__name__)


async def subscribe(db: Database, platform: str, chat_id: str, *, title: str = "",
                    language: str = "en", added_by: str) -> bool:
    """Make a chat receive posts; return True when it was newly subscribed."""
    from tracker import destinations

    _, created = await destinations.subscribe(db, platform, chat_id, title=title,
                                              language=language, added_by=added_by)
    return bool(created)


async def unsubscribe(db: Database, platform: str, chat_id: str) -> bool:
    """Stop posts to a chat; return False when it was not subscribed."""
    from tracker import destinations

    return bool(await destinations.unsubscribe(db, platform, chat_id))


async def deactivate(db: Database, platform: str, chat_id: str, reason: str) -> None:
    """Stop posting to a chat that rejected the bot (kicked, removed, forbidden)."""
    from tracker import destinations

    await destinations.deactivate(db, platform, chat_id, reason)


async def sync_destinations(db: Database, settings: Settings) -> None:
    """Make the configured channels and review chats destinations."""
    from tracker import destinations

    await destinations.sync_configured(db, settings)


async def latest(db: Database, n: int) -> list[Statement]:
    """The last ``n`` posted statements, newest first."""
    try:
        from tracker.storage.statements_repo import latest_posted
    except ImportError:  # the statements area's repository is not there yet
        latest_posted = _latest_posted
    async with db.session() as session:
        return list(await latest_posted(session, n))


async def _latest_posted(session: Any, n: int) -> list[Statement]:
    """Fallback for statements_repo.latest_posted (reconcile when it lands)."""
    from sqlalchemy import select

    from tracker.storage import delivery_repo
    from tracker.storage.schema_statements import StatementRow

    q = (select(StatementRow.id).where(StatementRow.status == "posted")
         .order_by(StatementRow.posted_at.desc(), StatementRow.id.desc()).limit(n))
    ids = list((await session.execute(q)).scalars())
    found = [await delivery_repo.load_statement(session, i) for i in ids]
    return [st for st in found if st is not None]


async def get_rebuttal(db: Database, rebuttal_id: str) -> Rebuttal:
    """One rebuttal; raises a RebuttalNotFound (a LookupError) when there is none."""
    try:
        from tracker.rebuttals import RebuttalNotFound as NotFound
        from tracker.rebuttals import get_rebuttal as area_get_rebuttal
    except ImportError:  # the rebuttals area has not landed: read the row directly
        return await _get_rebuttal(db, rebuttal_id)
    result: Rebuttal | None = await area_get_rebuttal(db, rebuttal_id)
    if result is None:
        raise NotFound(rebuttal_id)
    return result


class RebuttalNotFound(LookupError):
    """No rebuttal with that id (the fallback's twin of rebuttals.RebuttalNotFound)."""


async def _get_rebuttal(db: Database, rebuttal_id: str) -> Rebuttal:
    """Fallback for rebuttals.get_rebuttal (reconcile when it lands)."""
    from tracker.model import Counterpoint, RebuttalStatus, Source
    from tracker.storage.schema_rebuttals import RebuttalRow

    async with db.session() as session:
        row = await session.get(RebuttalRow, rebuttal_id)
    if row is None:
        raise RebuttalNotFound(rebuttal_id)
    cps = tuple(Counterpoint(str(c.get("text_en", "")), str(c.get("text_zh", "")), tuple(
        Source(str(x.get("title", "")), str(x.get("url", ""))) for x in c.get("sources", [])))
        for c in row.counterpoints or [])
    return Rebuttal(id=row.id, claim_en=row.claim_en, claim_zh=row.claim_zh, counterpoints=cps,
                    status=RebuttalStatus(row.status), version=row.version)


async def create_rebuttal(db: Database, rebuttal: Rebuttal, *, actor: str) -> Rebuttal:
    """Store a new rebuttal (id "" → a slug); raises rebuttals.RebuttalFormatError."""
    from tracker import rebuttals

    result: Rebuttal = await rebuttals.create_rebuttal(db, rebuttal, actor=actor)
    return result


async def edit_rebuttal(db: Database, rebuttal_id: str, *, actor: str, **fields: Any) -> Rebuttal:
    """Change fields of a rebuttal, recorded in its revision history under ``actor``."""
    from tracker import rebuttals

    result: Rebuttal = await rebuttals.edit_rebuttal(db, rebuttal_id, actor=actor, **fields)
    return result


async def retire_rebuttal(db: Database, rebuttal_id: str, *, actor: str) -> Rebuttal:
    """Retire a rebuttal so it is no longer matched."""
    from tracker import rebuttals

    result: Rebuttal = await rebuttals.retire_rebuttal(db, rebuttal_id, actor=actor)
    return result


async def list_feeds(db: Database) -> list[Feed]:
    """Every feed with its polling state."""
    from tracker import ingest

    return list(await ingest.list_feeds(db))


async def add_feed(db: Database, settings: Settings, url: str, kind: FeedKind) -> Feed:
    """Add a feed with the same checks as ``tracker feeds add``; raises FeedError."""
    from tracker import ingest

    feed: Feed = await ingest.add_feed(db, settings, url, kind)
    return feed


async def apply_review(db: Database, statement_id: int, action: str, *, actor: str,
                       rebuttal_id: str | None = None) -> str:
    """Apply an admin's review decision; returns a one-line outcome."""
    from tracker import posting

    return str(await posting.apply_review(db, statement_id, action, actor=actor,
                                          rebuttal_id=rebuttal_id))


async def record_vote(db: Database, statement_id: int, rebuttal_id: str, platform: str,
                      user_id: str, value: int) -> tuple[int, int]:
    """Record one reader's vote (a second vote replaces the first); returns (up, down)."""
    from tracker import posting

    up, down = await posting.record_vote(db, statement_id, rebuttal_id, platform, user_id, value)
    return int(up), int(down)


async def vote_stats(db: Database) -> Sequence[Any]:
    """Votes per (statement, rebuttal), for /stats."""
    from tracker import posting

    return list(await posting.vote_stats(db))


class MatcherCache:
    """Loads the matcher once per process, on first use (for /search)."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db, self._settings = db, settings
        self._matcher: Any = None

    async def search(self, text: str, top_k: int = 5) -> MatchResult:
        """Rank rebuttals against ``text``."""
        if self._matcher is None:
            from tracker.match.matcher import Matcher

            self._matcher = await Matcher.load(self._db, self._settings)
        result: MatchResult = self._matcher.match(text, top_k=top_k)
        return result
