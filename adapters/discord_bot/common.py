"""What the commands, forms and buttons share: the bot context, permission checks, replies.

Every answer is ephemeral (only the member who asked sees it) and pings nobody. Work
that touches the database comes after the interaction is acknowledged (``defer``),
since Discord drops an interaction not answered within 3 seconds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from adapters.discord_bot.embeds import md, one_line
from tracker.chat import texts
from tracker.chat.commands import check_length
from tracker.chat.service import MatcherCache
from tracker.config import Settings
from tracker.storage.db import Database

logger = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
NOT_IN_SERVER = "Use this command in a server channel."
NOT_MODERATOR = "Only members who may manage this channel can change its subscription."


@dataclass
class BotContext:
    """What handlers need: the database, the settings and the matcher for /search."""

    db: Database
    settings: Settings
    matcher: MatcherCache


class Refused(app_commands.CheckFailure):
    """A member without the permission a command needs; the message is the reply."""


def bot_context(interaction: discord.Interaction[Any]) -> BotContext:
    """The BotContext of the bot that received the interaction."""
    ctx = getattr(interaction.client, "ctx", None)
    assert isinstance(ctx, BotContext)
    return ctx


def actor(interaction: discord.Interaction[Any]) -> str:
    """The revision-history actor for the member behind an interaction."""
    return f"discord:{interaction.user.id}"


def language_of(interaction: discord.Interaction[Any], default: str = "en") -> str:
    """zh when the member's Discord client is in Chinese, else ``default``."""
    return "zh" if str(interaction.locale).lower().startswith("zh") else default


def is_admin(interaction: discord.Interaction[Any], admin_role: str) -> bool:
    """Manage Server (or Administrator) in this server, or the role named ``admin_role``."""
    if interaction.guild_id is None:
        return False
    perms = interaction.permissions
    if perms.administrator or perms.manage_guild:
        return True
    wanted = admin_role.strip().casefold()
    user = interaction.user
    return bool(wanted) and isinstance(user, discord.Member) and any(
        role.name.casefold() == wanted for role in user.roles)


def _command_name(interaction: discord.Interaction[Any]) -> str:
    command = interaction.command
    return f"/{command.qualified_name}" if command is not None else "an interaction"


async def refuse(interaction: discord.Interaction[Any], what: str, text: str) -> None:
    """Log a refused use (with the user id) and answer it ephemerally."""
    logger.warning("refused %s from discord user %s in server %s", what, interaction.user.id,
                   interaction.guild_id)
    await reply(interaction, text)


def check_admin(interaction: discord.Interaction[Any]) -> bool:
    """An app-command check: admins only (Manage Server or the admin role)."""
    if interaction.guild_id is None:
        raise Refused(NOT_IN_SERVER)
    if not is_admin(interaction, bot_context(interaction).settings.discord.admin_role):
        logger.warning("refused %s from discord user %s in server %s",
                       _command_name(interaction), interaction.user.id, interaction.guild_id)
        raise Refused(texts.NOT_ADMIN)
    return True


def check_moderator(interaction: discord.Interaction[Any]) -> bool:
    """An app-command check: Manage Channels in this channel, or an admin."""
    if interaction.guild_id is None:
        raise Refused(NOT_IN_SERVER)
    if not (interaction.permissions.manage_channels
            or is_admin(interaction, bot_context(interaction).settings.discord.admin_role)):
        logger.warning("refused %s from discord user %s in server %s",
                       _command_name(interaction), interaction.user.id, interaction.guild_id)
        raise Refused(NOT_MODERATOR)
    return True


admin_only = app_commands.check(check_admin)
moderators_only = app_commands.check(check_moderator)


async def defer(interaction: discord.Interaction[Any]) -> None:
    """Acknowledge now ("thinking…", ephemeral); the answer follows with :func:`reply`."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)


async def reply(interaction: discord.Interaction[Any], content: str | None = None, *,
                embed: discord.Embed | None = None) -> None:
    """Answer ephemerally: the first response, or a followup once acknowledged."""
    kwargs: dict[str, Any] = {"ephemeral": True, "allowed_mentions": NO_MENTIONS}
    if content:
        kwargs["content"] = content[:2000]
    if embed is not None:
        kwargs["embed"] = embed
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


def error_text(error: BaseException) -> str:
    """The short reply for an error: the user's mistake as such, anything else as a bug."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, Refused):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return NOT_IN_SERVER
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    if isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
        return "This command has changed; Discord shows the new one in a minute. Try again then."
    if isinstance(error, app_commands.TransformerError):
        return f"Not a valid value: {one_line(str(error.value), 60)}"
    text = texts.user_message(error)
    if text is None:
        logger.error("error handling a Discord interaction", exc_info=error)
        return texts.UNEXPECTED
    return text


async def reply_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """Answer an error ephemerally (logged with its traceback when it is a bug)."""
    text = md(error_text(error), 1900)  # it may quote the member's own input
    try:
        await reply(interaction, text)
    except discord.HTTPException as exc:  # too late, or the interaction is gone
        logger.warning("could not answer an interaction with an error: %s", exc)


def parsed(value: str) -> str:
    """A text option, stripped; raises UsageError when it is over the chat layer's limit."""
    return check_length(value.strip())


__all__ = ["BotContext", "Refused", "actor", "admin_only", "bot_context",
           "check_admin", "check_moderator", "defer", "error_text", "is_admin", "language_of",
           "moderators_only", "parsed", "refuse", "reply", "reply_error"]
