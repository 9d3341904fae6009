"""The Telegram bot: posts to channels, public and admin commands, review and votes."""

from __future__ import annotations

from adapters.telegram_bot.app import TelegramPlatform
from tracker.config import Settings
from tracker.storage.db import Database

__all__ = ["TelegramPlatform", "build_platform"]


def build_platform(settings: Settings, db: Database) -> TelegramPlatform:
    """Build the Telegram platform from the settings (telegram.token must be set)."""
    return TelegramPlatform(settings, db)
