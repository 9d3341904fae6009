"""Destination use cases: configured channels, subscriptions, deactivation.

A destination is a chat that receives posts (role "channel") or the admins'
review chat (role "review"). Rows are never deleted, only deactivated, so the
outbox history keeps its references.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.config import Settings
from tracker.model import Destination, utcnow
from tracker.storage import deliveries_repo, destinations_repo
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

# Reasons that mean "someone chose this", not a failure: no alert is raised for them.
UNSUBSCRIBED = "unsubscribed"
REMOVED_FROM_CONFIG = "removed from config"
QUIET_REASONS = frozenset({UNSUBSCRIBED, REMOVED_FROM_CONFIG})


async def _upsert(db: Database, platform: str, chat_id: str, *, title: str, language: str,
                  role: str, added_by: str) -> tuple[Destination, bool]:
    try:
        async with db.transaction() as session:
            return await destinations_repo.upsert(
                session, platform, chat_id, title=title, language=language, role=role,
                added_by=added_by, now=utcnow())
    except IntegrityError:
        # Another process (several start at once) inserted the chat first: update that row.
        async with db.transaction() as session:
            return await destinations_repo.upsert(
                session, platform, chat_id, title=title, language=language, role=role,
                added_by=added_by, now=utcnow())


async def subscribe(db: Database, platform: str, chat_id: str, *, title: str = "",
                    language: str = "en", added_by: str) -> tuple[Destination, bool]:
    """Make a chat receive posts; reactivates a deactivated one. Returns (destination, created)."""
    dest, created = await _upsert(db, platform, str(chat_id), title=title, language=language,
                                  role="channel", added_by=added_by)
    logger.info("subscribed %s:%s (new=%s)", platform, chat_id, created)
    return dest, created


async def add_review_destination(db: Database, platform: str, chat_id: str, *, title: str = "",
                                 language: str = "en", added_by: str) -> Destination:
    """Make a chat an admins' review chat (statements for review and alerts go there)."""
    dest, _ = await _upsert(db, platform, str(chat_id), title=title, language=language,
                            role="review", added_by=added_by)
    return dest


async def deactivate_chat(session: AsyncSession, platform: str, chat_id: str,
                          reason: str) -> Destination | None:
    """Deactivate a chat and cancel its unsent rows in the caller's transaction.

    Returns the destination, or None when it was not active.
    """
    dest = await destinations_repo.deactivate(session, platform, chat_id, reason)
    if dest is not None:
        await deliveries_repo.cancel_pending(session, dest.id, f"destination deactivated: {reason}")
    return dest


async def deactivate(db: Database, platform: str, chat_id: str, reason: str) -> bool:
    """Stop posting to a chat and cancel its unsent rows; False when it was not active."""
    async with db.transaction() as session:
        dest = await deactivate_chat(session, platform, str(chat_id), reason)
    if dest is not None:
        logger.warning("deactivated %s:%s: %s", platform, chat_id, reason)
    return dest is not None


async def unsubscribe(db: Database, platform: str, chat_id: str) -> bool:
    """Stop posts to a chat at its own request; False when it was not subscribed."""
    return await deactivate(db, platform, chat_id, UNSUBSCRIBED)


async def list_destinations(db: Database, platform: str | None = None, role: str | None = None,
                            active_only: bool = True) -> list[Destination]:
    """Destinations, optionally filtered."""
    async with db.session() as session:
        return await destinations_repo.list_all(session, platform, role, active_only)


def _configured(settings: Settings, console: bool) -> list[tuple[str, str, str, str]]:
    """(platform, chat_id, role, language) of every chat named in the settings."""
    tg, dc = settings.telegram, settings.discord
    out: list[tuple[str, str, str, str]] = [
        ("telegram", c, "channel", tg.language) for c in tg.channels]
    if tg.review_chat:
        out.append(("telegram", tg.review_chat, "review", tg.language))
    out += [("discord", c, "channel", dc.language) for c in dc.channels]
    if dc.review_channel:
        out.append(("discord", dc.review_channel, "review", dc.language))
    if console:  # statements for review are printed too, so nothing waits unseen
        out.append(("console", "stdout", "channel", settings.posting.language))
        out.append(("console", "review", "review", settings.posting.language))
    return out


async def sync_configured(db: Database, settings: Settings, *, console: bool = False) -> int:
    """Make the configured chats destinations (added_by "config"); returns how many.

    A config destination no longer in the settings is deactivated (quietly); chats
    subscribed by users are left alone. ``console`` adds the "console"/"stdout" channel and a
    "console"/"review" review destination.
    """
    wanted = _configured(settings, console)
    for platform, chat_id, role, language in wanted:
        await _upsert(db, platform, chat_id, title="", language=language, role=role,
                      added_by="config")
    keys = {(p, c) for p, c, _, _ in wanted}
    async with db.session() as session:
        stale = [d for d in await destinations_repo.configured(session)
                 if (d.platform, d.chat_id) not in keys]
    for d in stale:
        await deactivate(db, d.platform, d.chat_id, REMOVED_FROM_CONFIG)
    return len(wanted)
