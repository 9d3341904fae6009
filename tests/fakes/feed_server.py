"""A real HTTP feed server on 127.0.0.1 (random port) for ingestion tests.

Each path is a Route: body, status, headers, ETag/Last-Modified (answered with
304 when the client sends them back), a delay, a redirect, or an endless body.
Every request's path and headers are recorded, and the most requests it answered
at once per host name (``peak``: 127.0.0.1 and localhost are two hosts).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web

from tracker.model import utcnow

DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"


@dataclass
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    redirect: str | None = None
    stream_forever: bool = False  # an endless body without Content-Length
    # Answers the request itself (a fake API: the answer depends on the query or body).
    respond: Callable[[web.Request], Awaitable[web.StreamResponse]] | None = None


@dataclass
class Request:
    """One recorded request."""

    path: str
    headers: dict[str, str]


class FeedServer:
    """The server; ``base`` is its URL once started."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.in_flight: dict[str, int] = {}
        self.peak: dict[str, int] = {}  # host name -> most requests in flight at once
        self.base = ""
        self._runner: web.AppRunner | None = None

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base + path

    def set(self, path: str, route: Route | None = None, **kwargs: object) -> str:
        """Serve a route at path; returns its URL."""
        self.routes[path] = route or Route(**kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def serve_file(self, path: str, name: str, **kwargs: object) -> str:
        """Serve a tests/data/feeds file with {BASE} and {NOW} filled in."""
        text = (DATA / name).read_text(encoding="utf-8")
        text = text.replace("{BASE}", self.base).replace("{NOW}", format_datetime(utcnow()))
        return self.set(path, body=text.encode("utf-8"), **kwargs)

    def hits(self, path: str) -> list[Request]:
        """The requests recorded for a path."""
        return [r for r in self.requests if r.path == path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        host = (request.host or "").rsplit(":", 1)[0]
        self.in_flight[host] = self.in_flight.get(host, 0) + 1
        self.peak[host] = max(self.peak.get(host, 0), self.in_flight[host])
        try:
            return await self._answer(request)
        finally:
            self.in_flight[host] -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(Request(request.path, dict(request.headers)))
        route = self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.delay:
            await asyncio.sleep(route.delay)
        if route.redirect is not None:
            raise web.HTTPFound(route.redirect)
        if route.stream_forever:
            return await self._endless(request)
        if route.respond is not None:
            return await route.respond(request)
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
            if request.headers.get("If-None-Match") == route.etag:
                return web.Response(status=304, headers=headers)
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
            if request.headers.get("If-Modified-Since") == route.last_modified and not route.etag:
                return web.Response(status=304, headers=headers)
        return web.Response(status=route.status, body=route.body, headers=headers,
                            content_type=route.content_type)

    async def _endless(self, request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await resp.prepare(request)
        chunk = b"<!-- " + b"x" * 65536 + b" -->"
        try:
            for _ in range(100_000):
                await resp.write(chunk)
        except (ConnectionResetError, RuntimeError):
            pass
        return resp

    async def start(self) -> str:
        """Start on a random port of 127.0.0.1; returns the base URL."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=256)
        await site.start()
        self.base = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self.base

    async def stop(self) -> None:
        """Stop the server."""
        if self._runner is not None:
            await self._runner.cleanup()


@asynccontextmanager
async def running_feed_server() -> AsyncIterator[FeedServer]:
    """A started FeedServer, stopped on exit (wrap it in a fixture in the test module)."""
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
