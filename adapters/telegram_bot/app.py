"""Builds the PTB Application in one place, and the TelegramPlatform that runs it."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from adapters.telegram_bot.handlers import (
    admin,
    errors,
    login,
    membership,
    public,
    review,
    votes,
)
from adapters.telegram_bot.handlers.common import BotContext
from adapters.telegram_bot.notifier import TelegramNotifier
from adapters.telegram_bot.ratelimit import PacingRateLimiter, SendPacer
from tracker.chat import texts
from tracker.chat.service import MatcherCache, sync_destinations
from tracker.config import Settings
from tracker.errors import ConfigError
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


def file_url_for(api_base_url: str) -> str:
    """The file download base matching an API base (``.../bot`` → ``.../file/bot``)."""
    base = api_base_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file/bot"


def build_application(settings: Settings, db: Database, pacer: SendPacer | None = None
                      ) -> Application[Any, Any, Any, Any, Any, Any]:
    """Build the Application with every handler; raises ValueError without a token."""
    if settings.telegram.token is None:
        raise ValueError("telegram.token is not set")
    token = settings.telegram.token.get_secret_value()
    app = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram.api_base_url)
        .base_file_url(file_url_for(settings.telegram.api_base_url))
        .connection_pool_size(16)  # the notifier and handlers share the bot's pool
        .get_updates_connection_pool_size(2)
        .job_queue(None)
        .rate_limiter(PacingRateLimiter(pacer or SendPacer()))
        .build()
    )
    app.bot_data["ctx"] = BotContext(db=db, settings=settings,
                                     matcher=MatcherCache(db, settings))
    for module in (public, admin, login, review, votes, membership, errors):
        module.register(app)  # errors last: its unknown-command reply catches the rest
    return app


async def register_menu(bot: Bot) -> None:
    """Register the command menu clients show (setMyCommands): English for everyone,
    Chinese for clients set to Chinese. A failure is logged; the bot works without it."""
    for language, code in (("en", None), ("zh", "zh")):
        menu = [BotCommand(command, description) for command, description in texts.menu(language)]
        try:
            await bot.set_my_commands(menu, language_code=code)
        except TelegramError as exc:
            logger.warning("could not register the %s command menu: %s", language, exc)


class TelegramPlatform:
    """The Telegram ChatPlatform: the polling bot plus the notifier the outbox uses."""

    name = "telegram"

    def __init__(self, settings: Settings, db: Database, *, poll_interval: float = 0.0,
                 pacer: SendPacer | None = None, updates: bool = True) -> None:
        self.settings, self.db = settings, db
        # False: only the notifier (a worker sends posts; another process reads the updates).
        self.updates = updates
        self.app = build_application(settings, db, pacer)
        self.notifier = TelegramNotifier(self.app.bot, web=settings.web)
        self.poll_interval = poll_interval
        self._running = False

    async def start(self) -> None:
        """Initialise the bot, start polling, and make configured chats destinations."""
        try:
            await self.app.initialize()
        except InvalidToken:  # PTB's message names the token: say what to do, not the token
            with contextlib.suppress(Exception):
                await self.app.bot.shutdown()  # its HTTP clients were opened
            raise ConfigError("telegram.token was rejected by the Bot API at "
                              f"{self.settings.telegram.api_base_url} (check the token "
                              "@BotFather gave)") from None
        if not self.updates:
            self._running = True
            await sync_destinations(self.db, self.settings)
            logger.info("telegram notifier @%s started (no updates)", self.app.bot.username)
            return
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(
            poll_interval=self.poll_interval, timeout=10, allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=False,
        )
        self._running = True
        await register_menu(self.app.bot)
        await sync_destinations(self.db, self.settings)
        logger.info("telegram bot @%s started", self.app.bot.username)

    async def stop(self) -> None:
        """Stop polling and shut the Application down (safe to call twice)."""
        if not self._running:
            return
        self._running = False
        if self.updates:
            assert self.app.updater is not None
            await self.app.updater.stop()
            await self.app.stop()
        await self.app.shutdown()
