"""The composition root and the ``tracker`` console script.

Picks the concrete chat platforms from the settings and hands a factory for
them to the core's CLI, which never imports adapters itself.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

from tracker.config import Settings
from tracker.ports import ChatPlatform
from tracker.storage.db import Database

logger = logging.getLogger(__name__)


class PlatformError(Exception):
    """A chat platform is configured but cannot be built."""


def _telegram(settings: Settings, db: Database) -> ChatPlatform:
    try:
        module: Any = importlib.import_module("adapters.telegram_bot")
        build = module.build_platform
    except (ImportError, AttributeError) as exc:
        raise PlatformError(
            f"telegram.token is set but the Telegram adapter is unavailable: {exc}") from exc
    platform: ChatPlatform = build(settings, db)
    return platform


def build_platforms(settings: Settings, db: Database) -> list[ChatPlatform]:
    """Build the chat platforms the settings ask for; the console when no token is set."""
    from adapters.console import ConsolePlatform

    platforms: list[ChatPlatform] = []
    if settings.telegram.token is not None:
        platforms.append(_telegram(settings, db))
    if settings.discord.token is not None:
        logger.warning("discord.token is set, but Discord is not available in this version")
    if not platforms:
        platforms.append(ConsolePlatform())
    return platforms


def main() -> None:
    """Entry point of the ``tracker`` console script."""
    from tracker.cli import main as cli_main

    sys.exit(cli_main(platform_factory=build_platforms))


if __name__ == "__main__":
    main()
