"""The fake Discord gateway: API v10's JSON protocol over a websocket, and the events tests push.

HELLO, heartbeat ACKs (also before IDENTIFY), IDENTIFY -> READY + GUILD_CREATE per server,
RESUME -> missed events + RESUMED (or INVALID_SESSION), Discord's close codes for a bad
token (4004) and privileged intents the application lacks (4014). Tests push
INTERACTION_CREATE (slash command, autocomplete, button, modal submit), GUILD_DELETE and
CHANNEL_DELETE, and drop the connection to exercise RESUME. Frames are plain JSON text;
discord.py only inflates binary frames.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from tests.fakes.discord_model import (
    APP_ID,
    TOKEN,
    Guild,
    Interaction,
    SentMessage,
    new_token,
    snowflake,
)

if TYPE_CHECKING:
    import asyncio

    from tests.fakes.discord_api import FakeDiscord

# privileged intent -> the application flags that allow it (full or "limited")
_PRIVILEGED = {1 << 1: (1 << 14) | (1 << 15), 1 << 8: (1 << 12) | (1 << 13),
               1 << 15: (1 << 18) | (1 << 19)}


@dataclass
class _Session:
    id: str
    ws: web.WebSocketResponse | None
    transport: asyncio.BaseTransport | None
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)  # for RESUME's replay


class FakeGateway:
    """The websocket handler and the bot's session (one shard)."""

    heartbeat_interval_ms = 41250

    def __init__(self, api: FakeDiscord) -> None:
        self.api = api
        self.session: _Session | None = None
        self.sessions: dict[str, _Session] = {}
        self.received: list[dict[str, Any]] = []  # every frame from the client
        self.sent: list[dict[str, Any]] = []
        self.queries: list[dict[str, str]] = []  # each connection's ?v=&encoding=&compress=
        self.close_codes: list[int | None] = []  # how each connection ended
        self.identifies = 0
        self.resumes = 0

    # ---- the websocket ---------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=4 * 1024 * 1024)
        await ws.prepare(request)
        self.queries.append(dict(request.query))
        session: _Session | None = None
        await self._send(ws, {"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                await ws.close(code=4002, message=b"Error while decoding payload.")
                break
            frame = json.loads(msg.data)
            self.received.append(frame)
            self.api.changed()
            op, data = frame.get("op"), frame.get("d")
            if op == 1:
                await self._send(ws, {"op": 11})
            elif op in (2, 6) and session is not None:
                await ws.close(code=4005, message=b"Already authenticated.")
            elif op == 2:
                session = await self._identify(ws, request, data or {})
            elif op == 6:
                session = await self._resume(ws, request, data or {})
            elif session is None:
                await ws.close(code=4003, message=b"Not authenticated.")
            elif op not in (3, 4, 8):  # presence, voice state, request members: ignored
                await ws.close(code=4001, message=b"Unknown opcode.")
        if session is not None and session.ws is ws:
            session.ws = None
        self.close_codes.append(ws.close_code)
        self.api.changed()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, request: web.Request,
                        data: dict[str, Any]) -> _Session | None:
        intents = data.get("intents")
        if data.get("token") != TOKEN:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        if not isinstance(intents, int):
            await ws.close(code=4013, message=b"Invalid intent(s).")
            return None
        if any(intents & bit and not self.api.app_flags & ok for bit, ok in _PRIVILEGED.items()):
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        self.identifies += 1
        session = self.session = _Session(secrets.token_hex(16), ws, request.transport)
        self.sessions[session.id] = session
        present = [g for g in self.api.guilds.values() if g.bot_present]
        await self.dispatch("READY", {
            "v": 10, "user": self.api.bot_user(full=True), "user_settings": {},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in present],
            "session_id": session.id, "session_type": "normal",
            "resume_gateway_url": self.api.gateway_url,
            "application": {"id": str(APP_ID), "flags": self.api.app_flags},
            "private_channels": [], "relationships": [], "presences": [],
            "guild_join_requests": [], "geo_ordered_rtc_regions": [], "_trace": ["fake-gateway"],
        })
        for guild in present:
            await self.dispatch("GUILD_CREATE", self.api.guild_create(guild, backfill=True))
        return session

    async def _resume(self, ws: web.WebSocketResponse, request: web.Request,
                      data: dict[str, Any]) -> _Session | None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") != TOKEN:
            await self._send(ws, {"op": 9, "d": False})  # not resumable: identify again
            return None
        self.resumes += 1
        session.ws, session.transport = ws, request.transport
        self.session = session
        for frame in list(session.events):
            if frame["s"] > (data.get("seq") or 0):
                await self._send(ws, frame)
        await self.dispatch("RESUMED", {"_trace": ["fake-gateway"]}, session)
        return session

    async def _send(self, ws: web.WebSocketResponse, frame: dict[str, Any]) -> None:
        frame = {"op": frame["op"], "d": frame.get("d"), "s": frame.get("s"), "t": frame.get("t")}
        self.sent.append(frame)
        await ws.send_str(json.dumps(frame))

    async def dispatch(self, event: str, data: dict[str, Any],
                       session: _Session | None = None) -> int:
        """Send a dispatch (op 0); kept for RESUME when the bot is disconnected."""
        session = session or self.session
        if session is None:
            raise AssertionError("fake Discord gateway: the bot has not identified")
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(frame)
        if session.ws is not None and not session.ws.closed:
            with contextlib.suppress(ConnectionError):
                await self._send(session.ws, frame)
        self.api.changed()
        return session.seq

    # ---- connection control ----------------------------------------------------------
    async def drop(self, code: int | None = 4000) -> None:
        """End the bot's connection with a close code, or (None) by cutting the TCP stream."""
        session = self.session
        if session is None or session.ws is None:
            raise AssertionError("fake Discord gateway: the bot is not connected")
        ws, session.ws = session.ws, None
        if code is None and session.transport is not None:
            session.transport.close()
        else:
            await ws.close(code=code or 4000, message=b"Unknown error.")

    async def request_reconnect(self) -> None:
        """Op 7: Discord asks the client to reconnect and resume."""
        if self.session and self.session.ws:
            await self._send(self.session.ws, {"op": 7})

    async def close_all(self) -> None:
        for session in self.sessions.values():
            if session.ws is not None and not session.ws.closed:
                await session.ws.close(code=1001, message=b"Going away.")

    async def wait_ready(self, identifies: int = 1, timeout: float = 10.0) -> None:
        """Wait until the bot has identified ``identifies`` times."""
        await self.api.wait_for(lambda: self.identifies >= identifies, timeout,
                                f"{identifies} IDENTIFY")

    async def wait_resumed(self, resumes: int = 1, timeout: float = 10.0) -> None:
        await self.api.wait_for(lambda: self.resumes >= resumes, timeout, f"{resumes} RESUME")

    # ---- server events ---------------------------------------------------------------
    async def join_guild(self, guild: Guild) -> None:
        """The bot was added to a server: GUILD_CREATE without ``unavailable``."""
        guild.bot_present = True
        await self.dispatch("GUILD_CREATE", self.api.guild_create(guild, backfill=False))

    async def remove_from_guild(self, guild_id: int) -> None:
        """The bot was kicked or the server deleted: GUILD_DELETE without ``unavailable``."""
        self.api.guilds[guild_id].bot_present = False
        await self.dispatch("GUILD_DELETE", {"id": str(guild_id)})

    async def delete_channel(self, channel_id: int) -> None:
        """CHANNEL_DELETE; later requests to the channel get 404 Unknown Channel."""
        channel = self.api.channel(channel_id)
        del self.api.channel_guild[channel_id].channels[channel_id]
        await self.dispatch("CHANNEL_DELETE", self.api.channel_payload(channel))

    # ---- interactions ----------------------------------------------------------------
    async def slash_command(self, name: str, options: dict[str, Any] | None = None, *,
                            guild_id: int, channel_id: int, user_id: int,
                            permissions: int | None = None, locale: str = "en-US",
                            focused: str | None = None) -> Interaction:
        """A member runs ``name`` ("curate add" for a subcommand) of a synced command.

        Option types come from the synced command; ``permissions`` defaults to the member's
        computed permissions in the channel. With ``focused`` it is an autocomplete (type 4).
        """
        path = name.split()
        command = self.api.find_command(path[0], guild_id)
        data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": 1}
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        opts = _options(command, path[1:], options or {}, focused)
        if opts:
            data["options"] = opts
        return await self._interaction(4 if focused else 2, data, guild_id, channel_id, user_id,
                                       permissions=permissions, locale=locale)

    async def autocomplete(self, name: str, options: dict[str, Any], focused: str,
                           **kwargs: Any) -> Interaction:
        """A member types into option ``focused``; the bot answers with callback type 8."""
        return await self.slash_command(name, options, focused=focused, **kwargs)

    async def press(self, message: SentMessage, custom_id: str, user_id: int,
                    component_type: int = 2, values: list[str] | None = None) -> Interaction:
        """A member uses a component (button 2, string select 3) of a bot message."""
        if custom_id not in message.custom_ids():
            raise LookupError(f"message {message.id} has no component {custom_id!r}")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        guild = self.api.channel_guild[message.channel_id]
        return await self._interaction(3, data, guild.id, message.channel_id, user_id,
                                       message=message)

    async def submit_modal(self, opened: Interaction, values: dict[str, str],
                           user_id: int | None = None) -> Interaction:
        """Submit the modal that ``opened`` answered with; values by custom_id or label."""
        modal = opened.modal
        if modal is None:
            raise LookupError(f"interaction {opened.id} did not open a modal")
        components = []
        for comp in modal["components"]:
            inner = comp["components"][0] if comp["type"] == 1 else comp.get("component", comp)
            if "custom_id" not in inner:
                continue  # text display
            label = comp.get("label") or inner.get("label") or ""
            value = values.get(inner["custom_id"], values.get(label, inner.get("value") or ""))
            if inner["type"] == 4 and not (inner.get("min_length", 0) <= len(value)
                                           <= inner.get("max_length", 4000)):
                raise ValueError(f"{label!r}: Discord would not submit {len(value)} characters")
            if inner["type"] == 4 and inner.get("required", True) and not value:
                raise ValueError(f"{label!r} is required")
            sent = {"type": inner["type"], "custom_id": inner["custom_id"]}
            sent.update(value=value) if inner["type"] == 4 else sent.update(values=value or [])
            components.append({"type": 1, "components": [sent]} if comp["type"] == 1
                              else {"type": 18, "component": sent})
        message = self.api.messages.get(opened.message_id or 0)
        return await self._interaction(5, {"custom_id": modal["custom_id"], "components": components},
                                       opened.guild_id, opened.channel_id,
                                       user_id or opened.user_id, message=message)

    async def _interaction(self, kind: int, data: dict[str, Any], guild_id: int, channel_id: int,
                           user_id: int, permissions: int | None = None, locale: str = "en-US",
                           message: SentMessage | None = None) -> Interaction:
        api = self.api
        guild, channel = api.guilds[guild_id], api.channel(channel_id)
        if user_id not in guild.members:
            api.add_member(guild_id, user_id)
        perms = api.permissions(guild_id, user_id, channel_id) if permissions is None else permissions
        iid, token = snowflake(), new_token()
        payload: dict[str, Any] = {
            "id": str(iid), "application_id": str(APP_ID), "type": kind, "data": data,
            "token": token, "version": 1, "guild_id": str(guild_id), "channel_id": str(channel_id),
            "guild": {"id": str(guild_id), "locale": "en-US", "features": []},
            "channel": {**api.channel_payload(channel), "permissions": str(perms)},
            "member": {**api.member_payload(guild, user_id), "permissions": str(perms)},
            "app_permissions": str(api.permissions(guild_id, APP_ID, channel_id)),
            "locale": locale, "guild_locale": "en-US", "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)}, "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if message is not None:
            payload["message"] = message.payload
        inter = Interaction(iid, token, kind, guild_id, channel_id, user_id, payload,
                            message_id=message.id if message else None)
        api.interactions[iid] = inter
        await self.dispatch("INTERACTION_CREATE", payload)
        return inter


def _options(schema: dict[str, Any], subpath: list[str], values: dict[str, Any],
             focused: str | None) -> list[dict[str, Any]]:
    """The interaction's options for ``values``, typed and nested as the command declares."""
    declared = schema.get("options") or []
    if subpath:
        sub = next((o for o in declared if o["name"] == subpath[0] and o["type"] in (1, 2)), None)
        if sub is None:
            raise LookupError(f"{schema['name']!r} has no subcommand {subpath[0]!r}")
        return [{"type": sub["type"], "name": sub["name"],
                 "options": _options(sub, subpath[1:], values, focused)}]
    result = []
    for key, value in values.items():
        option = next((o for o in declared if o["name"] == key), None)
        if option is None:
            raise LookupError(f"{schema['name']!r} has no option {key!r}")
        result.append({"type": option["type"], "name": key, "value": value}
                      | ({"focused": True} if key == focused else {}))
    missing = [o["name"] for o in declared if o.get("required") and o["name"] not in values]
    if missing and focused is None:
        raise LookupError(f"Discord would not send {schema['name']!r} without {missing}")
    return result
