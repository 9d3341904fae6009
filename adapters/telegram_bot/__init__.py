"""The Telegram bot: posts to channels, public and admin commands, review and votes."""

from __future__ import annotations

import os

# Opt in to PTB's future timedelta periods: otherwise every 429 PTB builds emits a
# deprecation warning (RetryAfter reads its own int retry_after), noise in logs and
# an error under warnings-as-errors. Our code reads both forms (notifier.retry_seconds).
os.environ.setdefault("PTB_TIMEDELTA", "1")

from adapters.telegram_bot.app import TelegramPlatform  # noqa: E402
from tracker.config import Settings  # noqa: E402
from tracker.storage.db import Database  # noqa: E402

__all__ = ["TelegramPlatform", "build_platform"]


def build_platform(settings: Settings, db: Database, *, updates: bool = True
                   ) -> TelegramPlatform:
    """Build the Telegram platform from the settings (telegram.token must be set);
    without ``updates`` it only sends (no getUpdates)."""
    return TelegramPlatform(settings, db, updates=updates)
