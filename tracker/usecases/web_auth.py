"""Who may use the web console, and how they get in: one-time login links and sessions.

A login link carries a signed, timestamped token (itsdangerous) naming a one-time id
stored in the database; opening it once, before it expires, creates a session. The
session cookie carries a signed random key of which only a hash is stored, so a copy
of the database lets nobody in, and revoking the row ends the session at once. The
signing secret comes from ``web.secret`` or is generated once and stored; it is never
logged. CLI (``tracker web login-link``), Telegram (``/login``) and the web console
all come through here.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from tracker.config import Settings
from tracker.errors import TrackerError, UsageError
from tracker.model import utcnow
from tracker.storage import web_repo
from tracker.storage.db import Database
from tracker.storage.web_repo import WebSession

logger = logging.getLogger(__name__)

__all__ = ["LoginRefused", "SignedIn", "WebSession", "authenticate", "console_secret",
           "csrf_token", "is_editor", "issue_login_link", "list_sessions", "parse_user",
           "redeem_login_link", "revoke_session"]

PLATFORMS = ("telegram", "discord")
_LINK_SALT = "tracker.web.login-link"
_COOKIE_SALT = "tracker.web.session"


class LoginRefused(TrackerError):
    """A login link or session that does not let anyone in; the message says why."""


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A browser that is signed in: its session, its CSRF token and its cookie value."""

    session: WebSession
    csrf: str
    cookie: str


def parse_user(text: str) -> tuple[str, str]:
    """``telegram:4242``, ``discord:1234`` or a bare id (Telegram) as (platform, user id)."""
    platform, _, user_id = text.strip().rpartition(":")
    platform = platform.lower() or "telegram"
    if platform not in PLATFORMS or not user_id.isdigit() or len(user_id) > 30:
        raise UsageError(f"invalid user '{text[:80]}': use a numeric id, telegram:ID or discord:ID")
    return platform, user_id


def is_editor(settings: Settings, platform: str, user_id: str) -> bool:
    """Whether the user is a configured admin (telegram.admins, or web.admins by platform:id)."""
    if platform == "telegram" and user_id.isdigit() and int(user_id) in settings.telegram.admins:
        return True
    return f"{platform}:{user_id}" in {a.strip().lower() for a in settings.web.admins}


async def console_secret(db: Database, settings: Settings) -> str:
    """The signing secret: ``web.secret``, else the one stored in the database (made once)."""
    if settings.web.secret is not None and settings.web.secret.get_secret_value():
        return settings.web.secret.get_secret_value()
    async with db.transaction() as session:
        return await web_repo.secret(session, "web.session", secrets.token_urlsafe(48), utcnow())


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def csrf_token(secret: str, session_key_hash: str) -> str:
    """The CSRF token of a session: derived, so nothing more is stored."""
    return hmac.new(secret.encode(), f"csrf:{session_key_hash}".encode(),
                    hashlib.sha256).hexdigest()[:32]


async def issue_login_link(db: Database, settings: Settings, platform: str, user_id: str, *,
                           now: datetime | None = None) -> str:
    """A one-time login link for a configured admin; raises UsageError for anyone else."""
    if not is_editor(settings, platform, user_id):
        raise UsageError(f"{platform}:{user_id} is not a configured admin "
                         "(telegram.admins or web.admins)")
    now = now or utcnow()
    jti = secrets.token_urlsafe(24)
    expires = now + timedelta(minutes=settings.web.login_link_minutes)
    secret = await console_secret(db, settings)
    async with db.transaction() as session:
        await web_repo.add_login_token(session, jti, platform, user_id, now, expires)
    token = URLSafeTimedSerializer(secret, salt=_LINK_SALT).dumps({"j": jti})
    logger.info("login link issued to %s:%s", platform, user_id)
    return f"{settings.web.base_url()}/login/{token}"


async def redeem_login_link(db: Database, settings: Settings, token: str, *, user_agent: str = "",
                            now: datetime | None = None, secret: str | None = None) -> SignedIn:
    """Use a login link once: a new session. Raises LoginRefused saying why not.

    ``secret``: the signing secret when the caller has it already (else it is read).
    """
    now = now or utcnow()
    secret = secret or await console_secret(db, settings)
    max_age = settings.web.login_link_minutes * 60
    try:
        data = URLSafeTimedSerializer(secret, salt=_LINK_SALT).loads(token, max_age=max_age)
        jti = str(data["j"])
    except SignatureExpired:
        raise LoginRefused("This login link has expired: ask for a new one.") from None
    except (BadSignature, KeyError, TypeError):
        raise LoginRefused("This is not a valid login link.") from None
    async with db.transaction() as session:
        state = await web_repo.login_token(session, jti)
        if state is None:
            raise LoginRefused("This is not a valid login link.")
        if state[1] is not None:
            raise LoginRefused("This login link was already used: ask for a new one.")
        if state[0] <= now:
            raise LoginRefused("This login link has expired: ask for a new one.")
        who = await web_repo.use_login_token(session, jti, now)
        if who is None:  # used by another browser a moment ago
            raise LoginRefused("This login link was already used: ask for a new one.")
        if not is_editor(settings, *who):
            raise LoginRefused("You are no longer a configured admin.")
        key = secrets.token_urlsafe(32)
        web_session = await web_repo.add_session(
            session, _hash(key), who[0], who[1], user_agent, now,
            now + timedelta(days=settings.web.session_days))
    logger.info("web session %d started for %s:%s", web_session.id, *who)
    cookie = TimestampSigner(secret, salt=_COOKIE_SALT).sign(key).decode()
    return SignedIn(web_session, csrf_token(secret, _hash(key)), cookie)


async def authenticate(db: Database, settings: Settings, cookie: str, *,
                       now: datetime | None = None, secret: str | None = None) -> SignedIn | None:
    """The live session a cookie names, or None (bad signature, expired, revoked, no admin).

    ``secret``: the signing secret when the caller has it already (else it is read).
    """
    now = now or utcnow()
    secret = secret or await console_secret(db, settings)
    max_age = settings.web.session_days * 86400
    try:
        key = TimestampSigner(secret, salt=_COOKIE_SALT).unsign(cookie, max_age=max_age).decode()
    except BadSignature:
        return None
    async with db.session() as session:
        found = await web_repo.live_session(session, _hash(key), now)
    if found is None or not is_editor(settings, found.platform, found.user_id):
        return None
    if now - found.last_seen_at > timedelta(minutes=5):  # not a write per request
        async with db.transaction() as session:
            await web_repo.touch_session(session, found.id, now)
    return SignedIn(found, csrf_token(secret, _hash(key)), cookie)


async def list_sessions(db: Database, *, now: datetime | None = None) -> list[WebSession]:
    """Every live session, most recently used first."""
    async with db.session() as session:
        return await web_repo.list_sessions(session, now or utcnow())


async def revoke_session(db: Database, session_id: int, *, actor: str,
                         now: datetime | None = None) -> bool:
    """End a session (any editor may end any session); False when it was not live."""
    async with db.transaction() as session:
        done = await web_repo.revoke_session(session, session_id, now or utcnow())
    if done:
        logger.info("web session %d revoked by %s", session_id, actor)
    return done
