"""The ASGI app: routes, static files, security headers, a cap on request bodies."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from importlib import resources

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from adapters.web import (
    routes_ops,
    routes_public,
    routes_rebuttals,
    routes_review,
    routes_statements,
    routes_stats,
)
from adapters.web.render import render
from adapters.web.state import WebState
from tracker.config import Settings
from tracker.model import utcnow
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

MAX_BODY = 1_000_000  # bytes: the largest rebuttal form is far below this
HEADERS = {
    "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; frame-ancestors 'none'; form-action 'self'; "
                               "base-uri 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


class Guard:
    """Adds the security headers to every response and refuses bodies over MAX_BODY."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > MAX_BODY:
            await PlainTextResponse("request too large", 413)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items()
                         if k.encode() not in have]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _not_found(request: Request, exc: Exception) -> Response:
    return render(request, "not_found.html", 404)


async def _error(request: Request, exc: Exception) -> Response:
    logger.exception("web: %s %s failed", request.method, request.url.path)
    return render(request, "error.html", 500, message_key="error")


def create_app(db: Database, settings: Settings, *,
               clock: Callable[[], datetime] = utcnow) -> Starlette:
    """The console and the public pages over ``db``; ``clock`` is the time (tests move it)."""
    static = str(resources.files("adapters.web").joinpath("static"))
    routes = [*routes_public.ROUTES, *routes_review.ROUTES, *routes_rebuttals.ROUTES,
              *routes_statements.ROUTES, *routes_ops.ROUTES, *routes_stats.ROUTES,
              Mount("/static", StaticFiles(directory=static), name="static")]
    app = Starlette(routes=routes, middleware=[Middleware(Guard)],
                    exception_handlers={404: _not_found, 500: _error})
    app.state.web = WebState(db=db, settings=settings, clock=clock,
                             watches=tuple(settings.watch_list()))
    return app
