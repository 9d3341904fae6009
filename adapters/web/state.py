"""What every route reaches through ``request.app.state``: the database, settings, clock."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from starlette.requests import Request

from tracker.config import Settings
from tracker.model import Watch
from tracker.storage.db import Database
from tracker.usecases import web_auth

T = TypeVar("T")


@dataclass(frozen=True)
class WebState:
    """The console's dependencies, fixed when the app is built."""

    db: Database
    settings: Settings
    clock: Callable[[], datetime]
    watches: tuple[Watch, ...] = ()  # the settings' watches, read once
    _secret: list[str] = field(default_factory=list)
    _cache: dict[str, tuple[float, Any]] = field(default_factory=dict)

    async def secret(self) -> str:
        """The signing secret, read once (``web.secret`` or the one stored in the database)."""
        if not self._secret:
            self._secret.append(await web_auth.console_secret(self.db, self.settings))
        return self._secret[0]

    async def cached(self, key: str, seconds: float, compute: Callable[[], Awaitable[T]]) -> T:
        """``compute()``'s value, computed again only when older than ``seconds``."""
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is None or now - hit[0] > seconds:
            hit = (now, await compute())
            self._cache[key] = hit
        value: T = hit[1]
        return value


def state_of(request: Request) -> WebState:
    """The WebState of the app serving a request."""
    state = request.app.state.web
    assert isinstance(state, WebState)
    return state
