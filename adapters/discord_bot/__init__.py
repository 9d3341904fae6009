"""The Discord bot: posts as embeds to subscribed channels, slash commands, forms and buttons."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    # discord.py imports audioop (voice support, unused here), deprecated on Python 3.11-3.12
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord  # noqa: F401

from adapters.discord_bot.app import DiscordPlatform  # noqa: E402
from tracker.config import Settings  # noqa: E402
from tracker.storage.db import Database  # noqa: E402

__all__ = ["DiscordPlatform", "build_platform"]


def build_platform(settings: Settings, db: Database, *, updates: bool = True
                   ) -> DiscordPlatform:
    """Build the Discord platform from the settings (discord.token must be set);
    without ``updates`` it only sends, over REST (no gateway)."""
    return DiscordPlatform(settings, db, updates=updates)
