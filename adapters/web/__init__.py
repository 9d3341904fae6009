"""The web console for editors and the public pages: a Starlette app served by uvicorn
in the service's event loop (``tracker run``)."""

from __future__ import annotations

from adapters.web.app import create_app
from adapters.web.server import WebServer
from tracker.config import Settings
from tracker.storage.db import Database

__all__ = ["WebServer", "build_web_server", "create_app"]


def build_web_server(settings: Settings, db: Database) -> WebServer:
    """The web console's server for ``tracker run`` (started and stopped with the service)."""
    return WebServer(settings, db)
