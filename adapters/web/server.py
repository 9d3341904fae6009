"""The web console beside the scheduler: uvicorn's ``Server.serve()`` on the same loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Generator
from typing import Any

import uvicorn

from adapters.web.app import create_app
from tracker.config import Settings
from tracker.storage.db import Database
from tracker.usecases import web_auth

logger = logging.getLogger(__name__)


class QuietServer(uvicorn.Server):
    """uvicorn without its own signal handlers: the service's handlers stop everything."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def listening_socket(host: str, port: int, what: str, hint: str) -> socket.socket:
    """A socket listening on host:port; OSError with one line naming ``what`` when it cannot."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections only for
    # sockets that say so; without it every keep-alive response waits ~40 ms for an ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise OSError(f"{what} could not listen on {host}:{port}: "
                      f"{exc.strerror or exc} ({hint})") from None
    return sock


class AsgiService:
    """An ASGI app served by uvicorn on the service's event loop until stopped.

    ``listen`` returns once the socket listens (or raises when it cannot), so the
    service's start-up fails loudly on a port in use instead of running without it.
    """

    name = "asgi"

    def __init__(self, app: Any, host: str, port: int, *, what: str, hint: str) -> None:
        self.host, self._port, self._what, self._hint = host, port, what, hint
        config = uvicorn.Config(app, host=host, port=port, access_log=False, lifespan="off",
                                server_header=False, log_config=None,  # our handlers: scrubbed
                                log_level="warning")
        self.server = QuietServer(config)
        self._task: asyncio.Task[None] | None = None
        self._socket: socket.socket | None = None

    @property
    def port(self) -> int:
        """The port listened on (the configured one, or the one picked for port 0)."""
        return int(self._socket.getsockname()[1]) if self._socket else self._port

    async def listen(self) -> None:
        """Listen (OSError, one line, when the port is taken), then serve in a task."""
        self._socket = listening_socket(self.host, self._port, self._what, self._hint)
        self._task = asyncio.create_task(self.server.serve(sockets=[self._socket]),
                                         name=self.name)
        while not self.server.started and not self._task.done():
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        """Stop listening and finish the requests in flight."""
        if self._task is None:
            return
        self.server.should_exit = True
        with contextlib.suppress(Exception):
            await self._task
        self._task = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None


class WebServer(AsgiService):
    """Serves the console on ``web.host``/``web.port`` until stopped."""

    name = "web"

    def __init__(self, settings: Settings, db: Database) -> None:
        super().__init__(create_app(db, settings), settings.web.host, settings.web.port,
                         what="web console", hint="set [web] port, or enabled = false")
        self.settings, self.db = settings, db

    async def start(self) -> None:
        """Make sure the signing secret exists, then listen (OSError when the port is taken)."""
        await web_auth.console_secret(self.db, self.settings)
        await self.listen()
        public = self.settings.web.public_url
        logger.info("web console on http://%s:%d%s", self.host, self.port,
                    f" (public at {public})" if public else "")
