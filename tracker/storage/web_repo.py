"""Repository of the web console: its stored secret, one-time login links and sessions.

Functions take an open AsyncSession (the caller owns the transaction) and return
plain values or ``WebSession`` dataclasses; ORM rows never leave this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.storage.base import dialect_insert
from tracker.storage.schema_web import LoginTokenRow, WebSecretRow, WebSessionRow


@dataclass(frozen=True, slots=True)
class WebSession:
    """A signed-in browser as the console lists it.

    Attributes:
        id: The row id (shown, and used to revoke; the session key itself is never stored).
        platform: The editor's chat platform ("telegram", "discord").
        user_id: The editor's id on that platform.
    """

    id: int
    platform: str
    user_id: str
    user_agent: str
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    revoked_at: datetime | None

    @property
    def actor(self) -> str:
        """Who made a change, in the revision history: ``web:<platform>:<user id>``."""
        return f"web:{self.platform}:{self.user_id}"


def _session(row: WebSessionRow) -> WebSession:
    return WebSession(id=row.id, platform=row.platform, user_id=row.user_id,
                      user_agent=row.user_agent, created_at=row.created_at,
                      last_seen_at=row.last_seen_at, expires_at=row.expires_at,
                      revoked_at=row.revoked_at)


async def secret(session: AsyncSession, name: str, candidate: str, now: datetime) -> str:
    """The stored secret ``name``; ``candidate`` is stored first when there is none.

    Two processes starting at once store one value: the second insert does nothing
    and both read the same row back.
    """
    await session.execute(dialect_insert(session, WebSecretRow).values(
        name=name, value=candidate, created_at=now).on_conflict_do_nothing(
        index_elements=["name"]))
    return str(await session.scalar(select(WebSecretRow.value).where(WebSecretRow.name == name)))


async def add_login_token(session: AsyncSession, jti: str, platform: str, user_id: str,
                          now: datetime, expires_at: datetime) -> None:
    """Record an issued login link (unused)."""
    session.add(LoginTokenRow(jti=jti, platform=platform, user_id=user_id, created_at=now,
                              expires_at=expires_at))
    await session.flush()


async def login_token(session: AsyncSession, jti: str) -> tuple[datetime, datetime | None] | None:
    """(expires_at, used_at) of an issued login link, or None when it was never issued."""
    row = (await session.execute(select(LoginTokenRow.expires_at, LoginTokenRow.used_at)
                                 .where(LoginTokenRow.jti == jti))).first()
    return None if row is None else (row[0], row[1])


async def use_login_token(session: AsyncSession, jti: str, now: datetime) -> tuple[str, str] | None:
    """Mark a login link used; (platform, user id) when it was unused and unexpired, else None.

    One conditional UPDATE: two browsers opening the same link cannot both get in.
    """
    result = await session.execute(
        update(LoginTokenRow).where(LoginTokenRow.jti == jti, LoginTokenRow.used_at.is_(None),
                                    LoginTokenRow.expires_at > now)
        .values(used_at=now).execution_options(synchronize_session=False))
    if getattr(result, "rowcount", 0) != 1:
        return None
    row = (await session.execute(select(LoginTokenRow.platform, LoginTokenRow.user_id)
                                 .where(LoginTokenRow.jti == jti))).one()
    return str(row[0]), str(row[1])


async def add_session(session: AsyncSession, key_hash: str, platform: str, user_id: str,
                      user_agent: str, now: datetime, expires_at: datetime) -> WebSession:
    """Store a new session under the hash of its key."""
    row = WebSessionRow(key_hash=key_hash, platform=platform, user_id=user_id,
                        user_agent=user_agent[:256], created_at=now, last_seen_at=now,
                        expires_at=expires_at)
    session.add(row)
    await session.flush()
    return _session(row)


async def live_session(session: AsyncSession, key_hash: str, now: datetime) -> WebSession | None:
    """The unrevoked, unexpired session with this key hash, or None."""
    row = await session.scalar(select(WebSessionRow).where(
        WebSessionRow.key_hash == key_hash, WebSessionRow.revoked_at.is_(None),
        WebSessionRow.expires_at > now))
    return None if row is None else _session(row)


async def touch_session(session: AsyncSession, session_id: int, now: datetime) -> None:
    """Record that a session was just used."""
    await session.execute(update(WebSessionRow).where(WebSessionRow.id == session_id)
                          .values(last_seen_at=now))


async def list_sessions(session: AsyncSession, now: datetime) -> list[WebSession]:
    """Sessions that are still live, most recently used first."""
    rows = await session.scalars(select(WebSessionRow).where(
        WebSessionRow.revoked_at.is_(None), WebSessionRow.expires_at > now)
        .order_by(WebSessionRow.last_seen_at.desc(), WebSessionRow.id.desc()).limit(500))
    return [_session(r) for r in rows]


async def revoke_session(session: AsyncSession, session_id: int, now: datetime) -> bool:
    """End a session; False when it was not live."""
    result = await session.execute(
        update(WebSessionRow).where(WebSessionRow.id == session_id,
                                    WebSessionRow.revoked_at.is_(None))
        .values(revoked_at=now).execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 0))
