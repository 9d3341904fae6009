"""/login: a one-time link into the web console, for an editor, in an ephemeral answer.

Editors are configured by id (``discord:<user id>`` in ``web.admins``), not by a server
permission: whoever manages some server the bot is in is no editor of the console. So the
command carries no default permission, and everyone else gets a refusal naming the id
to add. The answer is ephemeral like every answer here: only the asker sees the link.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands as ext

from adapters.discord_bot.common import BotContext, defer, language_of, refuse, reply
from tracker.chat import texts
from tracker.usecases import web_auth


class Login(ext.Cog):
    """/login."""

    def __init__(self, ctx: BotContext) -> None:
        self.ctx = ctx

    @app_commands.command(name="login", description="A one-time link into the web console "
                                                    "(its editors only)")
    async def login(self, interaction: discord.Interaction[Any]) -> None:
        """/login: a private one-time login link for a configured editor."""
        settings = self.ctx.settings
        language = language_of(interaction, settings.discord.language)
        user_id = str(interaction.user.id)
        if not settings.web.enabled:
            await reply(interaction, texts.login("off", language))
            return
        if not web_auth.is_editor(settings, "discord", user_id):
            await refuse(interaction, "/login",
                         texts.login("refused", language, who=f"discord:{user_id}"))
            return
        await defer(interaction)  # ephemeral: the followup that carries the link is too
        link = await web_auth.issue_login_link(self.ctx.db, settings, "discord", user_id)
        # <...> keeps Discord from unfurling it: the link is for the asker's browser only.
        await reply(interaction, texts.login("link", language, link=f"<{link}>",
                                             minutes=settings.web.login_link_minutes))
