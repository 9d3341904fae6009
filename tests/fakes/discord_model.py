"""The fake Discord's state: servers, channels, roles, members, commands, messages, interactions.

Payload builders give the shapes of Discord API v10 (string snowflakes, ISO timestamps);
validation gives Discord's documented limits and error bodies. Used by discord_api.py (REST)
and discord_gateway.py (events).
"""

from __future__ import annotations

import math
import re
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

APP_ID = 1100000000000000001  # a bot's user id is its application's id
OWNER_ID = 1100000000000000100  # owns the application and every fake server
TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.discord-bot-token"
DISCORD_EPOCH_MS = 1420070400000
# permission bits, the values of discord.Permissions
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
MENTION_EVERYONE = 1 << 17
USE_APPLICATION_COMMANDS = 1 << 31
ALL_PERMISSIONS = (1 << 53) - 1
EVERYONE = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | USE_APPLICATION_COMMANDS | (1 << 16)
LOADING, EPHEMERAL, COMPONENTS_V2 = 1 << 7, 1 << 6, 1 << 15
_last_id = 0


def snowflake() -> int:
    """A new, increasing Discord id whose timestamp is now."""
    global _last_id
    _last_id = max((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22, _last_id + 1)
    return _last_id


def ceil_ms(seconds: float) -> float:
    """Round a wait up to the millisecond: a client that honours it is never early."""
    return max(math.ceil(seconds * 1000), 1) / 1000


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def add_error(errors: dict[str, Any], path: list[Any], code: str, message: str) -> None:
    """Add one entry to an ``Invalid Form Body`` error tree."""
    node = errors
    for key in path:
        node = node.setdefault(str(key), {})
    node.setdefault("_errors", []).append({"code": code, "message": message})


def form_error(path: list[Any], code: str, message: str) -> dict[str, Any]:
    errors: dict[str, Any] = {}
    add_error(errors, path, code, message)
    return errors


class ApiError(Exception):
    """An error answer: status, JSON body ``{"message", "code"[, "errors"]}`` and headers."""

    def __init__(self, status: int, message: str, code: int = 0,
                 errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {message}")
        self.status = status
        self.body: dict[str, Any] = {"message": message, "code": code}
        if errors is not None:
            self.body["errors"] = errors
        self.headers: dict[str, str] = {}

    @classmethod
    def rate_limited(cls, retry_after: float, is_global: bool) -> ApiError:
        err = cls(429, "You are being rate limited.")
        retry_after = ceil_ms(retry_after)
        err.body = {"message": "You are being rate limited.", "retry_after": retry_after,
                    "global": is_global}
        err.headers = {"Retry-After": str(math.ceil(retry_after)),
                       "X-RateLimit-Scope": "global" if is_global else "user"}
        if is_global:
            err.headers["X-RateLimit-Global"] = "true"
        return err


@dataclass
class Guild:
    """A server: payload dicts keyed by int id; ``members`` maps user id to role ids."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    channels: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    members: dict[int, list[int]] = field(default_factory=dict, repr=False)
    bot_present: bool = True  # False once the bot was removed (GUILD_DELETE)

    def channel(self, name: str) -> int:
        """The id of the channel called ``name``."""
        return next(int(c["id"]) for c in self.channels.values() if c["name"] == name)


@dataclass
class Interaction:
    """One INTERACTION_CREATE the fake sent, and the bot's answers to it."""

    id: int
    token: str
    type: int  # 2 command, 3 component, 4 autocomplete, 5 modal submit
    guild_id: int
    channel_id: int
    user_id: int
    payload: dict[str, Any] = field(repr=False)
    message_id: int | None = None  # the message whose button was pressed
    created: float = field(default_factory=time.monotonic)
    responses: list[dict[str, Any]] = field(default_factory=list)  # callback bodies
    original_id: int | None = None  # the response message (callback type 4 or 5)

    @property
    def response_type(self) -> int | None:
        return self.responses[0]["type"] if self.responses else None

    @property
    def modal(self) -> dict[str, Any] | None:
        """The modal the bot opened (callback type 9): custom_id, title, components."""
        return self.responses[0]["data"] if self.response_type == 9 else None


@dataclass
class SentMessage:
    """A message the bot created: the request as sent and the Message object returned."""

    id: int
    channel_id: int
    source: str  # "channel" (POST /channels/{id}/messages), "response" or "followup"
    request: dict[str, Any] = field(repr=False)
    payload: dict[str, Any] = field(default_factory=dict, repr=False)
    interaction_id: int | None = None
    nonce: str | None = None
    created: float = field(default_factory=time.monotonic)
    timestamp: str = field(default_factory=now_iso)
    edits: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False

    content = property(lambda self: self.payload["content"])
    embeds = property(lambda self: self.payload["embeds"])
    components = property(lambda self: self.payload["components"])
    flags = property(lambda self: self.payload["flags"])
    allowed_mentions = property(lambda self: self.request.get("allowed_mentions"))

    @property
    def pinged(self) -> bool:
        """Whether Discord would notify anyone: @everyone, a user or a role."""
        p = self.payload
        return bool(p["mention_everyone"] or p["mentions"] or p["mention_roles"])

    def custom_ids(self) -> list[str]:
        found: list[str] = []
        stack = list(self.components)
        while stack:
            comp = stack.pop(0)
            if comp.get("custom_id"):
                found.append(comp["custom_id"])
            stack.extend(comp.get("components") or [])
        return found


def mentions(content: str, allowed: dict[str, Any] | None) -> tuple[list[int], list[int], bool]:
    """Users, roles and @everyone that ``content`` pings under ``allowed_mentions``."""
    parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse") or [])
    users = list(dict.fromkeys(int(x) for x in re.findall(r"<@!?(\d+)>", content)))
    roles = list(dict.fromkeys(int(x) for x in re.findall(r"<@&(\d+)>", content)))
    if "users" not in parse:
        users = [u for u in users if str(u) in map(str, (allowed or {}).get("users", []))]
    if "roles" not in parse:
        roles = [r for r in roles if str(r) in map(str, (allowed or {}).get("roles", []))]
    everyone = "everyone" in parse and re.search(r"@(everyone|here)\b", content) is not None
    return users, roles, everyone


@dataclass
class DiscordState:
    """Everything the fake knows; lookups raise ApiError with Discord's codes."""

    app_flags: int = 0  # the application's flags; no privileged intent is enabled
    owner_id: int = OWNER_ID
    nonce_window: float = 120.0  # seconds during which enforce_nonce returns the first message
    guilds: dict[int, Guild] = field(default_factory=dict)
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    commands: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # 0: global
    messages: dict[int, SentMessage] = field(default_factory=dict)
    interactions: dict[int, Interaction] = field(default_factory=dict)
    posts: Counter[int] = field(default_factory=Counter)  # messages created, per channel
    channel_guild: dict[int, Guild] = field(default_factory=dict)

    # ---- building servers ------------------------------------------------------------
    def add_guild(self, name: str = "Test server", channels: tuple[str, ...] = ("general",),
                  guild_id: int | None = None) -> Guild:
        """A server with @everyone, the bot (with a managed role), its owner and channels."""
        guild = Guild(guild_id or snowflake(), name, self.owner_id)
        self.guilds[guild.id] = guild
        guild.roles[guild.id] = self._role(guild.id, "@everyone", EVERYONE, 0)
        # with Mention Everyone, only allowed_mentions stops "@everyone" in feed text pinging
        bot_role = self.add_role(guild.id, "Tracker", EVERYONE | MENTION_EVERYONE)
        guild.roles[bot_role].update(managed=True, tags={"bot_id": str(APP_ID)})
        self.add_member(guild.id, APP_ID, roles=[bot_role])
        self.add_member(guild.id, self.owner_id)
        for channel in channels:
            self.add_channel(guild.id, channel)
        return guild

    def add_channel(self, guild_id: int, name: str, kind: int = 0,
                    overwrites: list[dict[str, Any]] | tuple[()] = ()) -> int:
        """A channel (0 text, 2 voice, 4 category, 5 announcement); returns its id."""
        guild, cid = self.guilds[guild_id], snowflake()
        guild.channels[cid] = {
            "id": str(cid), "type": kind, "guild_id": str(guild_id), "name": name,
            "position": len(guild.channels), "permission_overwrites": list(overwrites),
            "parent_id": None, "topic": None, "nsfw": False, "last_message_id": None,
            "rate_limit_per_user": 0, "flags": 0,
        }
        self.channel_guild[cid] = guild
        return cid

    def add_role(self, guild_id: int, name: str, permissions: int = 0) -> int:
        guild, rid = self.guilds[guild_id], snowflake()
        guild.roles[rid] = self._role(rid, name, permissions, len(guild.roles))
        return rid

    def add_member(self, guild_id: int, user_id: int | None = None, roles: list[int] | None = None,
                   name: str | None = None) -> int:
        uid = user_id or snowflake()
        self.user(uid, name)
        self.guilds[guild_id].members[uid] = list(roles or [])
        return uid

    @staticmethod
    def overwrite(target: int, allow: int = 0, deny: int = 0, member: bool = False) -> dict[str, Any]:
        """A permission overwrite for a role (or a member) on a channel."""
        return {"id": str(target), "type": 1 if member else 0, "allow": str(allow), "deny": str(deny)}

    def permissions(self, guild_id: int, user_id: int, channel_id: int | None = None) -> int:
        """Discord's algorithm: base from roles, then @everyone, role and member overwrites."""
        guild = self.guilds[guild_id]
        if user_id == guild.owner_id:
            return ALL_PERMISSIONS
        roles = guild.members.get(user_id, [])
        perms = int(guild.roles[guild_id]["permissions"])
        for rid in roles:
            perms |= int(guild.roles[rid]["permissions"])
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        if channel_id is None:
            return perms
        ows = {int(o["id"]): o for o in guild.channels[channel_id]["permission_overwrites"]}
        for group in ([guild_id], roles, [user_id]):
            allow = deny = 0
            for target in group:
                if target in ows:
                    allow, deny = allow | int(ows[target]["allow"]), deny | int(ows[target]["deny"])
            perms = (perms & ~deny) | allow
        return perms

    def find_command(self, name: str, guild_id: int) -> dict[str, Any]:
        for cmd in self.commands.get(guild_id, []) + self.commands.get(0, []):
            if cmd["name"] == name and cmd["type"] == 1:
                return cmd
        raise LookupError(f"no slash command {name!r} was synced for guild {guild_id}")

    # ---- lookups with Discord's errors -----------------------------------------------
    def channel(self, channel_id: int) -> dict[str, Any]:
        guild = self.channel_guild.get(channel_id)
        if guild is None or channel_id not in guild.channels:
            raise ApiError(404, "Unknown Channel", 10003)
        return guild.channels[channel_id]

    def visible_channel(self, channel_id: int) -> dict[str, Any]:
        channel, guild = self.channel(channel_id), self.channel_guild[channel_id]
        if not guild.bot_present or not self.permissions(guild.id, APP_ID, channel_id) & VIEW_CHANNEL:
            raise ApiError(403, "Missing Access", 50001)
        return channel

    def postable_channel(self, channel_id: int) -> dict[str, Any]:
        channel, guild = self.visible_channel(channel_id), self.channel_guild[channel_id]
        if not self.permissions(guild.id, APP_ID, channel_id) & SEND_MESSAGES:
            raise ApiError(403, "Missing Permissions", 50013)
        return channel

    def joined_guild(self, guild_id: int) -> Guild:
        guild = self.guilds.get(guild_id)
        if guild is None or not guild.bot_present:
            raise ApiError(404, "Unknown Guild", 10004)
        return guild

    def live_interaction(self, token: str, app: str) -> Interaction:
        """The interaction a webhook token belongs to: acknowledged, under 15 minutes old."""
        inter = next((i for i in self.interactions.values() if i.token == token), None)
        if (app != str(APP_ID) or inter is None or not inter.responses
                or time.monotonic() - inter.created > 900):
            raise ApiError(404, "Unknown Webhook", 10015)
        return inter

    # ---- payloads --------------------------------------------------------------------
    def user(self, user_id: int, name: str | None = None) -> dict[str, Any]:
        if user_id not in self.users or name:
            username = name or ("tracker" if user_id == APP_ID else f"user{user_id % 100000}")
            self.users[user_id] = {
                "id": str(user_id), "username": username, "discriminator": "0",
                "global_name": None if user_id == APP_ID else username.title(), "avatar": None,
                "bot": user_id == APP_ID, "public_flags": 0, "avatar_decoration_data": None,
            }
        return self.users[user_id]

    def bot_user(self, full: bool = False) -> dict[str, Any]:
        extra = {"verified": True, "mfa_enabled": False, "flags": 0, "email": None,
                 "locale": "en-US", "premium_type": 0, "banner": None, "accent_color": None}
        return {**self.user(APP_ID), **(extra if full else {})}

    def member_payload(self, guild: Guild, user_id: int) -> dict[str, Any]:
        return {"user": self.user(user_id), "nick": None, "avatar": None, "banner": None,
                "roles": [str(r) for r in guild.members[user_id]], "joined_at": now_iso(),
                "premium_since": None, "deaf": False, "mute": False, "flags": 0,
                "pending": False, "communication_disabled_until": None}

    def channel_payload(self, channel: dict[str, Any]) -> dict[str, Any]:
        return {**channel, "permission_overwrites": list(channel["permission_overwrites"])}

    def guild_payload(self, guild: Guild) -> dict[str, Any]:
        return {
            "id": str(guild.id), "name": guild.name, "icon": None, "splash": None,
            "discovery_splash": None, "banner": None, "description": None,
            "owner_id": str(guild.owner_id), "afk_channel_id": None, "afk_timeout": 300,
            "verification_level": 0, "default_message_notifications": 1,
            "explicit_content_filter": 0, "roles": list(guild.roles.values()), "emojis": [],
            "stickers": [], "features": [], "mfa_level": 0, "application_id": None,
            "system_channel_id": None, "system_channel_flags": 0, "rules_channel_id": None,
            "public_updates_channel_id": None, "safety_alerts_channel_id": None,
            "vanity_url_code": None, "premium_tier": 0, "premium_subscription_count": 0,
            "preferred_locale": "en-US", "nsfw_level": 0, "premium_progress_bar_enabled": False,
            "max_members": 500000, "max_video_channel_users": 25,
        }

    def guild_create(self, guild: Guild, backfill: bool) -> dict[str, Any]:
        """GUILD_CREATE's data: after READY (``unavailable: false``) or when the bot joins."""
        data = {
            **self.guild_payload(guild), "joined_at": now_iso(), "large": False,
            "member_count": len(guild.members), "voice_states": [], "threads": [],
            "members": [self.member_payload(guild, uid) for uid in guild.members],
            "channels": [self.channel_payload(c) for c in guild.channels.values()],
            "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
        return (data | {"unavailable": False}) if backfill else data

    def _role(self, rid: int, name: str, permissions: int, position: int) -> dict[str, Any]:
        return {"id": str(rid), "name": name, "color": 0,
                "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
                "hoist": False, "icon": None, "unicode_emoji": None, "position": position,
                "permissions": str(permissions), "managed": False, "mentionable": False,
                "flags": 0}

    # ---- messages --------------------------------------------------------------------
    def store(self, channel: dict[str, Any], body: dict[str, Any], source: str,
              interaction: Interaction | None = None) -> SentMessage:
        msg = SentMessage(snowflake(), int(channel["id"]), source, dict(body),
                          interaction_id=interaction.id if interaction else None,
                          nonce=str(body["nonce"]) if body.get("nonce") is not None else None)
        self.messages[msg.id] = msg
        if source == "channel":
            self.posts[msg.channel_id] += 1
        self._render(msg)
        return msg

    def edit(self, msg: SentMessage, body: dict[str, Any]) -> SentMessage:
        msg.edits.append(dict(body))
        msg.request.update(body)
        if "flags" not in body and msg.request.get("flags", 0) & LOADING:
            msg.request["flags"] &= ~LOADING  # editing a "thinking" response ends it
        self._render(msg)
        return msg

    def by_nonce(self, channel_id: int, nonce: str) -> SentMessage | None:
        now = time.monotonic()
        return next((m for m in self.messages.values() if m.channel_id == channel_id
                     and m.nonce == nonce and now - m.created < self.nonce_window), None)

    def sent(self, channel_id: int) -> list[SentMessage]:
        """Messages the bot posted to a channel (not interaction replies), oldest first."""
        return [m for m in self.messages.values()
                if m.channel_id == channel_id and m.source == "channel" and not m.deleted]

    def replies(self, interaction: Interaction) -> list[SentMessage]:
        return [m for m in self.messages.values() if m.interaction_id == interaction.id]

    def duplicates(self) -> list[SentMessage]:
        """Posts whose channel, content and embeds equal an earlier post's."""
        seen: set[str] = set()
        dupes = []
        for m in self.messages.values():
            key = repr((m.channel_id, m.content, m.embeds))
            if m.source == "channel":
                if key in seen:
                    dupes.append(m)
                seen.add(key)
        return dupes

    def _render(self, msg: SentMessage) -> None:
        body, inter = msg.request, self.interactions.get(msg.interaction_id or 0)
        content = body.get("content") or ""
        users, roles, everyone = mentions(content, body.get("allowed_mentions"))
        guild = self.channel_guild[msg.channel_id]
        everyone = everyone and msg.channel_id in guild.channels and bool(
            self.permissions(guild.id, APP_ID, msg.channel_id) & MENTION_EVERYONE)
        msg.payload = {
            "id": str(msg.id), "channel_id": str(msg.channel_id), "author": self.bot_user(),
            "type": 20 if inter is not None and inter.type == 2 else 0, "content": content,
            "timestamp": msg.timestamp, "edited_timestamp": now_iso() if msg.edits else None,
            "tts": bool(body.get("tts")), "mention_everyone": everyone,
            "mentions": [self.user(u) for u in users], "mention_roles": [str(r) for r in roles],
            "attachments": [], "embeds": [{"type": "rich", **e} for e in body.get("embeds") or []],
            "components": body.get("components") or [], "pinned": False,
            "flags": body.get("flags") or 0,
        }
        if msg.nonce is not None:
            msg.payload["nonce"] = msg.nonce
        if inter is not None:
            msg.payload.update(webhook_id=str(APP_ID), application_id=str(APP_ID),
                               interaction_metadata={"id": str(inter.id), "type": inter.type,
                                                     "user": self.user(inter.user_id)})

    def validate_message(self, body: dict[str, Any], edit: bool = False) -> None:
        """Discord's limits on a message: content, embeds, components, nonce."""
        errors: dict[str, Any] = {}
        content, embeds = body.get("content") or "", body.get("embeds") or []
        _max(errors, ["content"], content, 2000)
        if len(embeds) > 10:
            add_error(errors, ["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
        total = 0
        for i, embed in enumerate(embeds):
            for path, limit in ((("title",), 256), (("description",), 4096),
                                (("footer", "text"), 2048), (("author", "name"), 256)):
                value: Any = embed
                for key in path:
                    value = (value or {}).get(key)
                total += _max(errors, ["embeds", i, *path], str(value or ""), limit)
            fields = embed.get("fields") or []
            if len(fields) > 25:
                add_error(errors, ["embeds", i, "fields"], "BASE_TYPE_MAX_LENGTH",
                          "Must be 25 or fewer in length.")
            for j, fld in enumerate(fields):
                for key, limit in (("name", 256), ("value", 1024)):
                    where = ["embeds", i, "fields", j, key]
                    if not str(fld.get(key) or "").strip():
                        add_error(errors, where, "BASE_TYPE_REQUIRED", "This field is required")
                    total += _max(errors, where, str(fld.get(key) or ""), limit)
        if total > 6000:
            add_error(errors, ["embeds"], "MAX_EMBED_SIZE_EXCEEDED",
                      "Embed size exceeds maximum size of 6000")
        if not (body.get("flags") or 0) & COMPONENTS_V2:
            _check_components(errors, body.get("components") or [])
        if isinstance(body.get("nonce"), str):
            _max(errors, ["nonce"], body["nonce"], 25)
        if errors:
            raise ApiError(400, "Invalid Form Body", 50035, errors=errors)
        if not edit and not (content or embeds or body.get("components")
                             or body.get("sticker_ids") or body.get("poll")):
            raise ApiError(400, "Cannot send an empty message", 50006)

    def validate_modal(self, data: dict[str, Any]) -> None:
        """A modal: title up to 45, 1-5 inputs, labels up to 45, values up to 4,000."""
        errors: dict[str, Any] = {}
        _max(errors, ["data", "title"], data.get("title") or "", 45)
        components = data.get("components") or []
        if not 1 <= len(components) <= 5:
            add_error(errors, ["data", "components"], "BASE_TYPE_BAD_LENGTH",
                      "Must be between 1 and 5 in length.")
        for i, comp in enumerate(components):
            inner = comp["components"][0] if comp.get("type") == 1 else comp.get("component", comp)
            where = ["data", "components", i]
            _max(errors, [*where, "label"], comp.get("label") or inner.get("label") or "", 45)
            _max(errors, [*where, "custom_id"], inner.get("custom_id") or "", 100)
            _max(errors, [*where, "value"], inner.get("value") or "", 4000)
            if inner.get("max_length", 0) > 4000:
                add_error(errors, [*where, "max_length"], "NUMBER_TYPE_MAX",
                          "int value should be less than or equal to 4000.")
        if errors:
            raise ApiError(400, "Invalid Form Body", 50035, errors=errors)


def _max(errors: dict[str, Any], path: list[Any], text: str, limit: int) -> int:
    if len(text) > limit:
        add_error(errors, path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")
    return len(text)


def _check_components(errors: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """What discord.py leaves to Discord: custom_ids unique and at most 100 characters."""
    seen: set[str] = set()
    for i, row in enumerate(rows):
        for j, comp in enumerate(row.get("components") or []):
            where, custom_id = ["components", i, "components", j, "custom_id"], comp.get("custom_id")
            if custom_id is not None:
                _max(errors, where, custom_id, 100)
                if custom_id in seen:
                    add_error(errors, where, "COMPONENT_CUSTOM_ID_DUPLICATED",
                              "Component custom id cannot be duplicated")
                seen.add(custom_id)


def new_token() -> str:
    return "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(60)
