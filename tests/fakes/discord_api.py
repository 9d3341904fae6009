"""A fake Discord: REST API v10 and gateway on 127.0.0.1, for end-to-end tests and the benchmark.

The real discord.py client runs against it with two settings, ``discord.http.Route.BASE =
fake.base_url`` and ``DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)``. It
answers the routes a bot uses with the documented shapes (JSON errors ``{"message", "code"}``,
``Invalid Form Body`` trees, Content-Type exactly ``application/json``), checks the bot's
permissions from roles and overwrites, enforces the message limits (2,000 characters, embed
limits, 6,000 in all), ``enforce_nonce``, the interaction rules (one acknowledgement, within
3 s) and per-route and global rate limits with Discord's headers. Every request is recorded;
failures can be injected per channel. The gateway lives in ``discord_gateway.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.discord_gateway import FakeGateway
from tests.fakes.discord_model import (
    APP_ID,
    TOKEN,
    ApiError,
    DiscordState,
    Interaction,
    SentMessage,
    ceil_ms,
    form_error,
    snowflake,
)

__all__ = ["APP_ID", "TOKEN", "ApiError", "FakeDiscord", "Interaction", "SentMessage"]

PREFIX = "/api/v10"
CHANNEL_MESSAGES = "/channels/{channel}/messages"
# (method, template, handler); a template's {placeholders} become the handler's params
ROUTES = [
    ("GET", "/users/@me", "_me"), ("GET", "/oauth2/applications/@me", "_application"),
    ("GET", "/applications/@me", "_application"),
    ("GET", "/gateway", "_gateway"), ("GET", "/gateway/bot", "_gateway"),
    ("GET", "/applications/{app}/commands", "_commands"),
    ("PUT", "/applications/{app}/commands", "_put_commands"),
    ("GET", "/applications/{app}/guilds/{guild}/commands", "_commands"),
    ("PUT", "/applications/{app}/guilds/{guild}/commands", "_put_commands"),
    ("GET", "/channels/{channel}", "_get_channel"),
    ("POST", CHANNEL_MESSAGES, "_create_message"),
    ("GET", "/channels/{channel}/messages/{message}", "_get_message"),
    ("PATCH", "/channels/{channel}/messages/{message}", "_edit_message"),
    ("DELETE", "/channels/{channel}/messages/{message}", "_delete_message"),
    ("POST", "/interactions/{interaction}/{token}/callback", "_callback"),
    ("POST", "/webhooks/{app}/{token}", "_followup"),
    ("GET", "/webhooks/{app}/{token}/messages/{message}", "_get_message"),
    ("PATCH", "/webhooks/{app}/{token}/messages/{message}", "_edit_message"),
    ("DELETE", "/webhooks/{app}/{token}/messages/{message}", "_delete_message"),
    ("GET", "/guilds/{guild}", "_get_guild"), ("GET", "/guilds/{guild}/channels", "_guild_channels"),
]
_COMPILED = [(m, t, h, re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", t) + "$"))
             for m, t, h in ROUTES]
# Interaction endpoints are not bound to the global limit and need no bot token (Discord docs)
_INTERACTION_ROUTES = ("/interactions/", "/webhooks/")
_CALLBACKS = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}
FAILURES = {
    "403": (403, "Missing Permissions", 50013),
    "404": (404, "Unknown Channel", 10003),
    "500": (500, "500: Internal Server Error", 0),
    "500_stored": (500, "500: Internal Server Error", 0),  # the message was stored all the same
}


@dataclass
class Recorded:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float
    route: str = ""  # the template, e.g. "/channels/{channel}/messages"
    status: int = 0


@dataclass
class _Failure:
    kind: str  # "403" | "404" | "500" | "500_stored" | "429"
    times: int | None  # None: until clear_failures()
    retry_after: float = 1.0
    is_global: bool = False


@dataclass
class _Window:
    start: float = -math.inf
    count: int = 0


@dataclass(repr=False)
class FakeDiscord(DiscordState):
    """The server: state in DiscordState, REST here, the websocket in ``self.gateway``."""

    channel_limit: tuple[int, float] = (5, 5.0)  # messages per channel per seconds
    route_limit: tuple[int, float] = (50, 1.0)  # any other route, per top-level resource
    global_limit: int | None = 50  # requests per second over all routes but interactions
    interaction_deadline: float = 3.0  # seconds to acknowledge an interaction
    requests: list[Recorded] = field(default_factory=list)
    count_429: Counter[str] = field(default_factory=Counter)  # by scope: "user", "global"
    port: int = 0

    def __post_init__(self) -> None:
        self.gateway = FakeGateway(self)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._failures: dict[int, list[_Failure]] = defaultdict(list)
        self._buckets: dict[tuple[str, str], _Window] = {}
        self._global = _Window()

    def __repr__(self) -> str:
        return f"<FakeDiscord {self.base_url} guilds={len(self.guilds)} posts={sum(self.posts.values())}>"

    # ---- lifecycle -------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """For ``discord.http.Route.BASE``."""
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    @property
    def gateway_url(self) -> str:
        """For ``DiscordWebSocket.DEFAULT_GATEWAY`` (wrap it in ``yarl.URL``)."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> FakeDiscord:
        """Serve on a random loopback port."""
        app = web.Application(client_max_size=8 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_route("*", PREFIX + "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=512)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---- test controls ---------------------------------------------------------------
    def fail_channel(self, channel_id: int, kind: str, times: int | None = 1,
                     retry_after: float = 1.0, is_global: bool = False) -> None:
        """Fail the next ``times`` requests to ``channel_id`` (None: every one) with ``kind``."""
        if kind not in FAILURES and kind != "429":
            raise ValueError(f"unknown failure kind {kind!r}")
        self._failures[channel_id].append(_Failure(kind, times, retry_after, is_global))

    def clear_failures(self) -> None:
        self._failures.clear()

    def calls(self, route: str, method: str | None = None) -> list[Recorded]:
        """Recorded requests to a route template such as ``/channels/{channel}/messages``."""
        return [r for r in self.requests if r.route == route and method in (None, r.method)]

    def changed(self) -> None:
        self._changed.set()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0,
                       what: str = "condition") -> Any:
        """Return ``predicate()`` once truthy; woken by every request and gateway frame."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not (value := predicate()):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"fake Discord: {what} not met within {timeout} s")
            self._changed.clear()
            # a short cap also catches conditions on the client's own state
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.05))
        return value

    async def wait_for_messages(self, channel_id: int, count: int = 1,
                                timeout: float = 10.0) -> list[SentMessage]:
        """Wait until ``channel_id`` holds at least ``count`` posts; return them."""
        return list(await self.wait_for(lambda: len(self.sent(channel_id)) >= count
                                        and self.sent(channel_id), timeout,
                                        f"{count} post(s) in channel {channel_id}"))

    async def wait_for_response(self, interaction: Interaction,
                                timeout: float = 10.0) -> dict[str, Any]:
        """Wait for the interaction's callback; return its body."""
        await self.wait_for(lambda: interaction.responses, timeout,
                            f"a response to interaction {interaction.id}")
        return interaction.responses[0]

    # ---- dispatch --------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        try:
            body = await self._body(request)
        except ValueError:
            body = "<not JSON>"
        rec = Recorded(request.method, path, dict(request.query), body, time.monotonic())
        self.requests.append(rec)
        headers = {"Via": "1.1 google"}  # discord.py treats a 429 without Via as a Cloudflare ban
        try:
            method, template, handler, params = self._match(request.method, path)
            rec.route = template
            interaction_route = path.startswith(_INTERACTION_ROUTES)
            if not interaction_route and request.headers.get("Authorization") != f"Bot {TOKEN}":
                raise ApiError(401, "401: Unauthorized")
            now = time.monotonic()
            if not interaction_route:
                self._take_global(now)
            headers.update(self._take_route(method, template, params, now))
            failure = self._planned_failure(params.get("channel"))
            if method in ("POST", "PUT", "PATCH") and not isinstance(body, dict | list):
                raise ApiError(400, "400: Bad Request")
            result = await getattr(self, handler)(params, body or {}, request.query)
            if failure is not None:
                raise ApiError(*FAILURES[failure])
            status = 200 if result is not None else 204
        except ApiError as err:
            headers.update(err.headers)
            status, result = err.status, err.body
        rec.status = status
        self.changed()
        data = None if status == 204 else json.dumps(result).encode()
        if data is not None:
            headers["Content-Type"] = "application/json"  # exactly; discord.py compares it
        return web.Response(status=status, body=data, headers=headers)

    async def _body(self, request: web.Request) -> Any:
        if not request.can_read_body:
            return None
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            return json.loads(str(form.get("payload_json", "{}")))
        raw = await request.read()
        return json.loads(raw) if raw else None

    def _match(self, method: str, path: str) -> tuple[str, str, str, dict[str, str]]:
        allowed = False
        for route_method, template, handler, pattern in _COMPILED:
            found = pattern.match(path)
            if found and route_method == method:
                return method, template, handler, found.groupdict()
            allowed = allowed or bool(found)
        if allowed:
            raise ApiError(405, "405: Method Not Allowed")
        raise ApiError(404, "404: Not Found")

    def _planned_failure(self, channel: str | None) -> str | None:
        failures = self._failures.get(int(channel)) if channel and channel.isdigit() else None
        for failure in failures or []:
            if failure.times is not None:
                if failure.times <= 0:
                    continue
                failure.times -= 1
            if failure.kind == "429":
                self.count_429["global" if failure.is_global else "user"] += 1
                raise ApiError.rate_limited(failure.retry_after, failure.is_global)
            if failure.kind == "500_stored":
                return failure.kind
            raise ApiError(*FAILURES[failure.kind])
        return None

    # ---- rate limits -----------------------------------------------------------------
    def _take_global(self, now: float) -> None:
        """A fixed one-second window, like the route buckets."""
        if self.global_limit is None:
            return
        if now >= self._global.start + 1.0:
            self._global.start, self._global.count = now, 0
        if self._global.count >= self.global_limit:
            self.count_429["global"] += 1
            raise ApiError.rate_limited(self._global.start + 1.0 - now, True)
        self._global.count += 1

    def _take_route(self, method: str, template: str, params: dict[str, str],
                    now: float) -> dict[str, str]:
        """Count the request in its bucket; raise a 429 when the bucket is empty."""
        key = f"{method} {template}"
        limit, per = self.channel_limit if key == f"POST {CHANNEL_MESSAGES}" else self.route_limit
        major = "+".join(params[k] for k in ("channel", "guild", "app", "token") if k in params)
        window = self._buckets.setdefault((key, major), _Window())
        if now >= window.start + per:
            window.start, window.count = now, 0
        reset_after = window.start + per - now
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(0, limit - window.count - 1)),
            "X-RateLimit-Reset": f"{time.time() + ceil_ms(reset_after):.3f}",
            "X-RateLimit-Reset-After": f"{ceil_ms(reset_after):.3f}",
            "X-RateLimit-Bucket": hashlib.sha1(key.encode()).hexdigest()[:32],
        }
        if window.count >= limit:
            self.count_429["user"] += 1
            err = ApiError.rate_limited(reset_after, False)
            err.headers.update(headers, **{"X-RateLimit-Remaining": "0"})
            raise err
        window.count += 1
        return headers

    # ---- REST: identity and commands -------------------------------------------------
    async def _me(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        return self.bot_user(full=True)

    async def _application(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        return {
            "id": str(APP_ID), "name": "Tracker", "icon": None, "description": "",
            "summary": "", "type": None, "bot_public": True, "bot_require_code_grant": False,
            "verify_key": "0" * 64, "owner": self.user(self.owner_id), "team": None,
            "flags": self.app_flags, "hook": True, "tags": [], "redirect_uris": [],
            "interactions_endpoint_url": None, "bot": self.bot_user(),
            "approximate_guild_count": len(self.guilds),
            "integration_types_config": {"0": {}},
        }

    async def _gateway(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        return {"url": self.gateway_url, "shards": 1, "session_start_limit": {
            "total": 1000, "remaining": 999, "reset_after": 86_400_000, "max_concurrency": 1}}

    def _check_app(self, p: dict[str, str]) -> None:
        if p["app"] != str(APP_ID):
            raise ApiError(403, "Missing Access", 50001)

    async def _commands(self, p: dict[str, str], body: Any, query: Any) -> list[dict[str, Any]]:
        self._check_app(p)
        return list(self.commands.get(int(p.get("guild", 0)), []))

    async def _put_commands(self, p: dict[str, str], body: Any,
                            query: Any) -> list[dict[str, Any]]:
        """Bulk overwrite: ids are kept for a name and type that existed before."""
        self._check_app(p)
        guild_id = int(p.get("guild", 0))
        if guild_id and guild_id not in self.guilds:
            raise ApiError(404, "Unknown Guild", 10004)
        old = {(c["name"], c["type"]): c["id"] for c in self.commands.get(guild_id, [])}
        stored = []
        for cmd in body:
            kind = cmd.get("type", 1)
            stored.append({
                "description": "", "options": [], "default_member_permissions": None,
                "contexts": None, "integration_types": [0], "nsfw": False,
                "name_localizations": None, "description_localizations": None, **cmd,
                "id": old.get((cmd["name"], kind)) or str(snowflake()), "type": kind,
                "application_id": str(APP_ID), "version": str(snowflake()),
                **({"guild_id": str(guild_id)} if guild_id else {}),
            })
        self.commands[guild_id] = stored
        return stored

    # ---- REST: channels, messages, guilds -------------------------------------------
    async def _get_channel(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        return self.channel_payload(self.visible_channel(int(p["channel"])))

    async def _create_message(self, p: dict[str, str], body: Any,
                              query: Any) -> dict[str, Any]:
        channel = self.postable_channel(int(p["channel"]))
        if body.get("enforce_nonce") and body.get("nonce") is not None:
            existing = self.by_nonce(int(channel["id"]), str(body["nonce"]))
            if existing is not None and existing.deleted:
                raise ApiError(404, "Unknown Message", 10008)
            if existing is not None:
                return existing.payload
        self.validate_message(body)
        return self.store(channel, body, source="channel").payload

    def _find(self, p: dict[str, str]) -> SentMessage:
        mid = int(p["message"]) if p["message"].isdigit() else None
        if "token" in p:
            inter = self.live_interaction(p["token"], p["app"])
            mid = inter.original_id if p["message"] == "@original" else mid
            owned = {m.id for m in self.replies(inter)} | {inter.original_id}
        else:
            self.visible_channel(int(p["channel"]))
            owned = {m.id for m in self.messages.values() if str(m.channel_id) == p["channel"]}
        msg = self.messages.get(mid or 0)
        if msg is None or msg.deleted or msg.id not in owned:
            raise ApiError(404, "Unknown Message", 10008)
        return msg

    async def _get_message(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        return self._find(p).payload

    async def _edit_message(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        msg = self._find(p)
        self.validate_message({**msg.request, **body}, edit=True)
        return self.edit(msg, body).payload

    async def _delete_message(self, p: dict[str, str], body: Any, query: Any) -> None:
        self._find(p).deleted = True
        return None

    async def _get_guild(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any]:
        return self.guild_payload(self.joined_guild(int(p["guild"])))

    async def _guild_channels(self, p: dict[str, str], body: Any,
                              query: Any) -> list[dict[str, Any]]:
        guild = self.joined_guild(int(p["guild"]))
        return [self.channel_payload(c) for c in guild.channels.values()]

    # ---- REST: interactions ----------------------------------------------------------
    async def _callback(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any] | None:
        inter = self.interactions.get(int(p["interaction"]) if p["interaction"].isdigit() else 0)
        if (inter is None or inter.token != p["token"]
                or time.monotonic() - inter.created > self.interaction_deadline):
            raise ApiError(404, "Unknown interaction", 10062)
        if inter.responses:
            raise ApiError(400, "Interaction has already been acknowledged.", 40060)
        kind, data = body.get("type"), body.get("data") or {}
        if kind not in _CALLBACKS[inter.type] or (kind in (6, 7) and inter.message_id is None):
            raise ApiError(400, "Invalid Form Body", 50035,
                           errors=form_error(["type"], "INTERACTION_RESPONSE_TYPE_INVALID",
                                             "Interaction response type is invalid"))
        message = None
        if kind in (4, 5):
            if kind == 4:
                self.validate_message(data)
            flags = data.get("flags", 0) | (128 if kind == 5 else 0)  # 128: loading
            content = data if kind == 4 else {}
            message = self.store(self.channel(inter.channel_id), {**content, "flags": flags},
                                 source="response", interaction=inter)
            inter.original_id = message.id
        elif kind in (6, 7):  # @original is now the message the component belongs to
            inter.original_id = inter.message_id
            message = self.edit(self.messages[inter.message_id or 0], data) if kind == 7 else None
        elif kind == 9:
            self.validate_modal(data)
        inter.responses.append(body)
        if query.get("with_response") not in ("1", "true", "True"):
            return None
        result: dict[str, Any] = {"interaction": {"id": str(inter.id), "type": inter.type}}
        if message is not None:
            result["interaction"].update(
                response_message_id=str(message.id), response_message_loading=kind == 5,
                response_message_ephemeral=bool(message.flags & 64))
            result["resource"] = {"type": kind, "message": message.payload}
        return result

    async def _followup(self, p: dict[str, str], body: Any, query: Any) -> dict[str, Any] | None:
        inter = self.live_interaction(p["token"], p["app"])
        original = self.messages.get(inter.original_id or 0)
        self.validate_message(body)
        if original is not None and original.flags & 128 and not original.edits:
            # the first followup after a "thinking" defer replaces the loading message
            message = self.edit(original, {**body, "flags": original.flags & ~128})
        else:
            message = self.store(self.channel(inter.channel_id), body, source="followup",
                                 interaction=inter)
        return message.payload if query.get("wait") in ("1", "true", "True") else None
