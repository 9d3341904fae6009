"""Use cases the chat bots call: a thin, chat-platform-free facade over the areas.

Telegram and Discord handlers parse input (``tracker.chat.commands``, button data
in ``tracker.chat.actions``), call one function here and reply with the words of
``tracker.chat.texts``, so both bots behave the same. Each function delegates to
the use case that owns the logic.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any

from tracker.config import Settings
from tracker.errors import NotFound
from tracker.feeds.health import FAILING, feed_health
from tracker.model import (
    Feed,
    FeedKind,
    MatchResult,
    Rebuttal,
    RebuttalStatus,
    Statement,
    StatementStatus,
)
from tracker.storage import deliveries_repo, statements_repo
from tracker.storage.db import Database
from tracker.usecases import curate, destinations, ingest, posts
from tracker.usecases import queue as posting
from tracker.usecases.match import cached_matcher
from tracker.usecases.rebuttal_changes import RebuttalNotFound

logger = logging.getLogger(__name__)

__all__ = ["MatcherCache", "RebuttalNotFound"]


async def subscribe(db: Database, platform: str, chat_id: str, *, title: str = "",
                    language: str = "en", added_by: str) -> bool:
    """Make a chat receive posts; return True when it was newly subscribed."""
    _, created = await destinations.subscribe(db, platform, chat_id, title=title,
                                              language=language, added_by=added_by)
    return bool(created)


async def unsubscribe(db: Database, platform: str, chat_id: str) -> bool:
    """Stop posts to a chat; return False when it was not subscribed."""
    return bool(await destinations.unsubscribe(db, platform, chat_id))


async def deactivate(db: Database, platform: str, chat_id: str, reason: str) -> bool:
    """Stop posting to a chat that rejected the bot (kicked, removed, forbidden);
    False when it was no active destination."""
    return await destinations.deactivate(db, platform, chat_id, reason)


async def sync_destinations(db: Database, settings: Settings) -> None:
    """Make the configured channels and review chats destinations."""
    await destinations.sync_configured(db, settings)


async def latest(db: Database, n: int) -> list[Statement]:
    """The last ``n`` posted statements, newest first."""
    async with db.session() as session:
        return list(await statements_repo.latest_posted(session, n))


async def get_rebuttal(db: Database, rebuttal_id: str) -> Rebuttal:
    """One rebuttal; raises RebuttalNotFound (a LookupError) when there is none."""
    result = await curate.get_rebuttal(db, rebuttal_id)
    if result is None:
        raise RebuttalNotFound(rebuttal_id)
    return result


async def create_rebuttal(db: Database, rebuttal: Rebuttal, *, actor: str) -> Rebuttal:
    """Store a new rebuttal (id "" → a slug); raises rebuttals.RebuttalFormatError."""
    return await curate.create_rebuttal(db, rebuttal, actor=actor)


async def edit_rebuttal(db: Database, rebuttal_id: str, *, actor: str, **fields: Any) -> Rebuttal:
    """Change fields of a rebuttal, recorded in its revision history under ``actor``."""
    return await curate.edit_rebuttal(db, rebuttal_id, actor=actor, **fields)


async def edit_field(db: Database, rebuttal_id: str, field: str, value: str, *,
                     actor: str) -> Rebuttal:
    """Set one field a chat command may edit (``counterpoint_en``/``_zh``: the first one's text).

    A counterpoint is changed under the rebuttal's lock from its current version, so
    two admins editing at once never undo each other's change.
    """
    if field.startswith("counterpoint_"):
        return await curate.edit_counterpoint(db, rebuttal_id, actor=actor,
                                              language=field.removeprefix("counterpoint_"),
                                              text=value)
    return await edit_rebuttal(db, rebuttal_id, actor=actor, **{field: value})


async def retire_rebuttal(db: Database, rebuttal_id: str, *, actor: str) -> Rebuttal:
    """Retire a rebuttal so it is no longer matched."""
    return await curate.retire_rebuttal(db, rebuttal_id, actor=actor)


async def list_feeds(db: Database) -> list[Feed]:
    """Every feed with its polling state."""
    return list(await ingest.list_feeds(db))


async def remove_feed(db: Database, ref: str) -> Feed:
    """Remove a feed by its id or URL, as ``tracker feeds remove``; raises FeedNotFound."""
    return await ingest.remove_feed(db, ref)


async def add_feed(db: Database, settings: Settings, url: str, kind: FeedKind) -> Feed:
    """Add a feed with the same checks as ``tracker feeds add``; raises FeedError."""
    return await ingest.add_feed(db, settings, url, kind)


async def apply_review(db: Database, statement_id: int, action: str, *, actor: str,
                       rebuttal_id: str | None = None) -> str:
    """Apply an admin's review decision; returns a one-line outcome."""
    return await posting.apply_review(db, statement_id, action, actor=actor,
                                      rebuttal_id=rebuttal_id)


async def attach_statement(db: Database, statement_id: int, rebuttal_id: str, *,
                           actor: str) -> str:
    """An admin says a statement is answered by a rebuttal; returns a one-line outcome.

    A statement waiting in review is posted with that counterpoint. Any other
    statement is not posted again: the pair only teaches the matcher (the
    statement becomes a phrasing of the rebuttal's claim).

    Raises:
        NotFound: no such statement or rebuttal (RebuttalNotFound).
    """
    async with db.session() as session:
        statement = await statements_repo.get_statement(session, statement_id)
    if statement is None:
        raise NotFound(f"No statement {statement_id}.")
    await get_rebuttal(db, rebuttal_id)  # RebuttalNotFound when there is none
    if statement.status == StatementStatus.REVIEW:
        return await apply_review(db, statement_id, "attach", actor=actor,
                                  rebuttal_id=rebuttal_id)
    await curate.record_curation(db, statement_id, rebuttal_id, positive=True, actor=actor)
    return (f"Statement {statement_id} ({statement.status.value}) recorded as a phrasing of "
            f"{rebuttal_id}; it is not posted again.")


async def post_rebuttal_ids(db: Database, statement_id: int,
                            max_counterpoints: int) -> tuple[str | None, ...]:
    """Ids of the rebuttals a statement's post shows (None: a retired one's place);
    raises NotFound for no such statement."""
    return await posts.post_rebuttal_ids(db, statement_id, max_counterpoints)


async def record_vote(db: Database, statement_id: int, rebuttal_id: str, platform: str,
                      user_id: str, value: int) -> tuple[int, int]:
    """Record one reader's vote (a second vote replaces the first); returns (up, down)."""
    up, down = await posting.record_vote(db, statement_id, rebuttal_id, platform, user_id, value)
    return int(up), int(down)


async def overview(db: Database) -> dict[str, dict[str, int]]:
    """Counts for /stats: statements and deliveries by status, feeds by health."""
    async with db.session() as session:
        statements = await statements_repo.status_counts(session)
        deliveries = await deliveries_repo.status_counts(session)
    # The same states as `tracker feeds list`; FAILING is always shown, 0 included.
    health = Counter(feed_health(f) for f in await ingest.list_feeds(db))
    feeds = {FAILING: health.pop(FAILING, 0), **health}
    return {"statements": statements, "deliveries": deliveries, "feeds": feeds}


async def vote_stats(db: Database) -> Sequence[tuple[int, str, int, int]]:
    """(statement id, rebuttal id, up, down) per voted pair, most doubted first, for /stats."""
    return list(await posting.vote_stats(db))


class MatcherCache:
    """The process's matcher for /search: loaded on first use, reloaded after rebuttal edits."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db, self._settings = db, settings

    async def search(self, text: str, top_k: int = 5) -> MatchResult:
        """Rank rebuttals against ``text``."""
        matcher = await cached_matcher(self._db, self._settings)
        return matcher.match(text, top_k=top_k)


async def search(db: Database, matcher: MatcherCache, text: str,
                 top_k: int = 5) -> list[tuple[Rebuttal, float]]:
    """The rebuttals that best answer ``text``, best first, with their scores."""
    result = await matcher.search(text, top_k=top_k)
    return [(await get_rebuttal(db, m.rebuttal_id), m.score) for m in result.matches]


async def save_rebuttal(db: Database, changed: Rebuttal, *, expected_version: int,
                        actor: str) -> Rebuttal:
    """Save a whole edit form (a Discord modal) as one revision under ``actor``.

    Raises curate.EditConflict (nothing saved) when someone saved another version
    since ``expected_version``, the version the form was filled from.
    """
    return await curate.save_rebuttal(db, changed, expected_version=expected_version,
                                      actor=actor)


async def rebuttal_choices(db: Database, typed: str, limit: int = 25) -> list[tuple[str, str]]:
    """(id, claim) of the rebuttals whose id or claim contains ``typed``, ignoring case,
    for a client's autocomplete; published ones first."""
    wanted = " ".join(typed.split()).casefold()
    found = [rb for rb in await curate.list_rebuttals(db)
             if wanted in rb.id.casefold() or wanted in rb.claim_en.casefold()
             or wanted in rb.claim_zh.casefold()]
    found.sort(key=lambda rb: (rb.status != RebuttalStatus.PUBLISHED, rb.id))
    return [(rb.id, rb.claim_en or rb.claim_zh) for rb in found[:limit]]
