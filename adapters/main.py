"""The composition root and the ``tracker`` console script.

Picks the concrete chat platforms from the settings and hands a factory for
them to the core's CLI (through ``tracker.runtime.bootstrap.App``), which never
imports adapters itself. A platform is one registry entry: the settings section
whose token turns it on, and the package whose ``build_platform(settings, db)``
returns its ``ports.ChatPlatform``.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tracker.errors import ConfigError

if TYPE_CHECKING:  # imported lazily: `tracker --help` must not pay for pydantic or SQLAlchemy
    from tracker.config import Settings
    from tracker.ports import ChatPlatform, Service
    from tracker.runtime.status import ServiceStatus
    from tracker.storage.db import Database

logger = logging.getLogger(__name__)

# settings section (its `token` turns the platform on) -> the adapter package
PLATFORMS: dict[str, str] = {
    "telegram": "adapters.telegram_bot",
    "discord": "adapters.discord_bot",
}
_TOKENS = ("telegram", "discord")  # sections with a token, adapter or not


def _build(section: str, settings: Settings, db: Database | None, updates: bool) -> ChatPlatform:
    if db is None:
        raise ConfigError(f"{section}.token is set, but this command runs without a database")
    try:
        module = importlib.import_module(PLATFORMS[section])
    except ImportError as exc:
        raise ConfigError(f"{section}.token is set but the {section} adapter is unavailable: "
                          f"{exc}") from exc
    platform: ChatPlatform = module.build_platform(settings, db, updates=updates)
    return platform


def build_platforms(settings: Settings, db: Database | None, *,
                    updates: bool = True) -> Sequence[ChatPlatform]:
    """Build the chat platforms the settings ask for; the console when no token is set.

    Without ``updates`` the bots only send (a worker process): they read no commands.
    """
    from adapters.console import ConsolePlatform

    platforms: list[ChatPlatform] = []
    for section in _TOKENS:
        if getattr(settings, section).token is None:
            continue
        if section in PLATFORMS:
            platforms.append(_build(section, settings, db, updates))
        else:
            logger.warning("%s.token is set, but this version has no %s adapter",
                           section, section)
    if not platforms:
        platforms.append(ConsolePlatform())
    return platforms


def build_services(settings: Settings, db: Database,
                   status: ServiceStatus | None = None) -> Sequence[Service]:
    """What `tracker run` serves beside the scheduler: the web console when web.enabled,
    the health and metrics server when [server] port is set."""
    services: list[Service] = []
    if settings.web.enabled:
        from adapters.web import build_web_server

        services.append(build_web_server(settings, db))
    if settings.server.port is not None:
        from adapters.web.health import OpsServer
        from tracker.runtime.status import ServiceStatus

        services.append(OpsServer(settings.server.host, settings.server.port, db,
                                  status or ServiceStatus()))
    return services


def main() -> None:
    """Entry point of the ``tracker`` console script."""
    from tracker.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:], platforms=build_platforms, services=build_services,
                      whole_process=True))


if __name__ == "__main__":
    main()
