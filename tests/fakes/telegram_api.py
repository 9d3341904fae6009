"""A fake Telegram Bot API: a real aiohttp server on 127.0.0.1 for tests and the benchmark.

It answers ``/bot<token>/<method>`` with the documented shapes (``{"ok": true,
"result": ...}``; errors with a real HTTP status, ``error_code``, ``description``
and ``parameters.retry_after``), accepts form-encoded and JSON bodies, records
every request, validates HTML parse mode and the 4096-character limit, accepts sendPhoto
as a multipart upload (a PNG or JPEG ``photo`` part, Telegram's size rules, a caption of
at most 1024 characters) answering with the ``photo`` PhotoSize array, and can
fail on demand or enforce Telegram's rate limits (sliding 1-second windows).
editMessageText refuses an edit that changes nothing ("message is not modified")
and drops the keyboard when none is given; answerCallbackQuery accepts each
pressed query once; setMyCommands keeps one list per scope and language_code.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.fakes.telegram_model import (
    ApiError,
    Failure,
    Recorded,
    SentMessage,
    Unparsable,
    image_size,
    parse_html,
    photo_sizes,
)

__all__ = ["BOT_ID", "BOT_USERNAME", "FakeTelegramAPI", "SentMessage", "ThreadedFakeTelegram",
           "parse_html"]

BOT_ID = 999000
BOT_USERNAME = "tracker_test_bot"
MAX_PHOTO = 10 * 1024 * 1024  # sendPhoto: "The photo must be at most 10 MB in size"
MAX_UPLOAD = 50 * 1024 * 1024  # any other file a bot uploads
MAX_CAPTION = 1024
_SCOPES = {"default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat",
           "chat_administrators", "chat_member"}


class FakeTelegramAPI:
    """The fake server's state and HTTP handlers."""

    def __init__(self, token: str = "123:TEST") -> None:
        self.token = token
        self.requests: list[Recorded] = []
        self.chats: dict[int, dict[str, Any]] = {}
        self.members: dict[tuple[int, int], dict[str, Any]] = {}
        self.messages: dict[int, list[SentMessage]] = defaultdict(list)
        self.callback_answers: list[dict[str, Any]] = []
        self._open_queries: set[str] = set()  # callback queries pressed, not yet answered
        # setMyCommands: (scope type, chat id, language_code) -> [{"command", "description"}]
        self.my_commands: dict[tuple[str, int | None, str], list[dict[str, str]]] = {}
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._next_message = 1
        self._failures: list[Failure] = []
        self.rate: tuple[int, int] | None = None  # (global per s, per chat per s)
        self._global: deque[float] = deque()
        self._per_chat: dict[int, deque[float]] = defaultdict(deque)
        self.count_429 = 0
        self._runner: web.AppRunner | None = None
        self._new_update: asyncio.Event | None = None
        self._held: dict[int, asyncio.Event] = {}
        self.port = 0

    # ---- lifecycle -------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """What to give PTB's ``base_url`` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        """Serve on a random loopback port."""
        self._new_update = asyncio.Event()
        app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=512)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # ---- test controls ---------------------------------------------------------------
    def add_chat(self, chat_id: int, kind: str = "private", title: str = "",
                 username: str | None = None, bot_status: str = "administrator",
                 can_post: bool = True) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": kind}
        if kind == "private":
            chat["first_name"] = title or f"user{chat_id}"
        else:
            chat["title"] = title or f"chat{chat_id}"
        if username:
            chat["username"] = username
        self.chats[chat_id] = chat
        self.set_member(chat_id, BOT_ID, bot_status, can_post)
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str, can_post: bool = True) -> None:
        self.members[(chat_id, user_id)] = self._member(user_id, status, can_post)

    def _member(self, user_id: int, status: str, can_post: bool = True) -> dict[str, Any]:
        member: dict[str, Any] = {"user": self._user(user_id), "status": status}
        if status == "administrator":
            member.update(can_be_edited=False, is_anonymous=False, can_manage_chat=True,
                          can_delete_messages=True, can_manage_video_chats=True,
                          can_restrict_members=True, can_promote_members=False,
                          can_change_info=True, can_invite_users=True,
                          can_post_stories=False, can_edit_stories=False,
                          can_delete_stories=False, can_post_messages=can_post)
        if status == "kicked":
            member["until_date"] = 0
        return member

    def fail_next(self, method: str, kind: str, times: int = 1, chat_id: int | None = None,
                  retry_after: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``kind``."""
        self._failures.append(Failure(method, kind, times, chat_id, retry_after))

    def hold(self, chat_id: int) -> None:
        """Leave sendMessage to ``chat_id`` unanswered until release() (a hung request)."""
        self._held[chat_id] = asyncio.Event()

    def release(self, chat_id: int) -> None:
        """Answer held requests with 502 (never delivered); later ones go through."""
        event = self._held.pop(chat_id, None)
        if event is not None:
            event.set()

    def enforce_rate(self, global_per_s: int = 30, per_chat_per_s: int = 1) -> None:
        self.rate = (global_per_s, per_chat_per_s)

    def command(self, user_id: int, chat_id: int, text: str,
                language_code: str | None = None) -> dict[str, Any]:
        """Inject a message (a command when it starts with '/') from a user."""
        if chat_id not in self.chats:
            self.add_chat(chat_id, "private" if chat_id > 0 else "group")
        user = self._user(user_id, bot=False)
        if language_code:
            user["language_code"] = language_code
        msg = self._message(chat_id, text, from_user=user)
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0,
                                "length": len(text.split()[0])}]
        return self._push({"message": msg})

    def press(self, user_id: int, message: SentMessage, data: str | None) -> dict[str, Any]:
        """Inject a callback_query: ``user_id`` pressed a button of ``message``."""
        msg = self._message(message.chat_id, message.text, message_id=message.message_id,
                            from_user=self._user(BOT_ID))
        query: dict[str, Any] = {"id": f"cq{self._next_update}",
                                 "from": self._user(user_id, bot=False),
                                 "chat_instance": str(message.chat_id), "message": msg}
        if data is not None:  # a game button carries no data
            query["data"] = data
        self._open_queries.add(query["id"])
        return self._push({"callback_query": query})

    def answer_to(self, update: dict[str, Any]) -> dict[str, Any] | None:
        """The answerCallbackQuery parameters given for a press() update, if answered."""
        query_id = update["callback_query"]["id"]
        return next((a for a in self.callback_answers
                     if a.get("callback_query_id") == query_id), None)

    def commands_for(self, language_code: str = "", scope: str = "default",
                     chat_id: int | None = None) -> list[dict[str, str]]:
        """The command list setMyCommands stored for a scope and language ("" = all)."""
        return list(self.my_commands.get((scope, chat_id, language_code), []))

    def chat_member_update(self, chat_id: int, by_user: int, old: str, new: str,
                           can_post: bool = True) -> dict[str, Any]:
        """Inject my_chat_member: the bot's status in ``chat_id`` changed."""
        self.set_member(chat_id, BOT_ID, new, can_post)
        upd = {"chat": self.chats[chat_id], "from": self._user(by_user, bot=False),
               "date": int(time.time()),
               "old_chat_member": self._member(BOT_ID, old),
               "new_chat_member": self.members[(chat_id, BOT_ID)]}
        return self._push({"my_chat_member": upd})

    def sent(self, chat_id: int) -> list[SentMessage]:
        return list(self.messages.get(chat_id, []))

    def all_sent(self) -> list[SentMessage]:
        return [m for msgs in self.messages.values() for m in msgs]

    def calls(self, method: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Poll ``predicate`` until it is truthy; fail loudly on timeout."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("fake Telegram: condition not met in time")
            await asyncio.sleep(0.02)

    # ---- internals -------------------------------------------------------------------
    def _user(self, user_id: int, bot: bool | None = None) -> dict[str, Any]:
        is_bot = user_id == BOT_ID if bot is None else bot
        user: dict[str, Any] = {"id": user_id, "is_bot": is_bot, "first_name": f"u{user_id}"}
        if user_id == BOT_ID:
            user.update(first_name="Tracker", username=BOT_USERNAME)
        return user

    def _message(self, chat_id: int, text: str, message_id: int | None = None,
                 from_user: dict[str, Any] | None = None) -> dict[str, Any]:
        if message_id is None:
            message_id = self._next_message
            self._next_message += 1
        msg: dict[str, Any] = {"message_id": message_id, "date": int(time.time()),
                               "chat": self.chats[chat_id], "text": text}
        if from_user is not None:
            msg["from"] = from_user
        return msg

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        update["update_id"] = self._next_update
        self._next_update += 1
        self._updates.append(update)
        if self._new_update is not None:
            self._new_update.set()
        return update

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                params.update(dict(await request.post()))
        for key in ("reply_markup", "allowed_updates", "link_preview_options", "commands",
                    "scope"):
            if isinstance(params.get(key), str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        rec = Recorded(method, params, time.monotonic())
        self.requests.append(rec)
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            self._planned_failure(method, params)
            result = await handler(params)
        except ApiError as err:
            rec.status = err.status
            body: dict[str, Any] = {"ok": False, "error_code": err.status,
                                    "description": err.description}
            if err.retry_after is not None:
                body["parameters"] = {"retry_after": err.retry_after}
            return web.json_response(body, status=err.status)
        return web.json_response({"ok": True, "result": result})

    def _planned_failure(self, method: str, params: dict[str, Any]) -> None:
        for failure in self._failures:
            if failure.method != method or failure.times <= 0:
                continue
            if failure.chat_id is not None and self._chat_id(params) != failure.chat_id:
                continue
            failure.times -= 1
            if failure.kind == "429":
                self.count_429 += 1
                raise ApiError(429, f"Too Many Requests: retry after {failure.retry_after}",
                               failure.retry_after)
            raise ApiError(*{
                "400": (400, "Bad Request: message text is empty"),
                "403": (403, "Forbidden: bot was kicked from the channel chat"),
                "chat_not_found": (400, "Bad Request: chat not found"),
                "500": (500, "Internal Server Error"),
            }[failure.kind])

    def _chat_id(self, params: dict[str, Any]) -> int | None:
        raw = str(params.get("chat_id", ""))
        if raw.startswith("@"):
            for chat in self.chats.values():
                if chat.get("username", "").lower() == raw[1:].lower():
                    return int(chat["id"])
            return None
        try:
            return int(raw)
        except ValueError:
            return None

    def _known_chat(self, params: dict[str, Any]) -> int:
        chat_id = self._chat_id(params)
        if chat_id is None or chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _check_rate(self, chat_id: int) -> None:
        if self.rate is None:
            return
        now = time.monotonic()
        per_global, per_chat = self.rate
        windows = ((self._global, per_global), (self._per_chat[chat_id], per_chat))
        for window, _ in windows:
            while window and window[0] <= now - 1.0:
                window.popleft()
        for window, limit in windows:
            if len(window) >= limit:
                self.count_429 += 1
                wait = max(1, math.ceil(window[0] + 1.0 - now))
                raise ApiError(429, f"Too Many Requests: retry after {wait}", wait)
        for window, _ in windows:
            window.append(now)

    # ---- Bot API methods ------------------------------------------------------------
    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._user(BOT_ID) | {"can_join_groups": True,
                                     "can_read_all_group_messages": False,
                                     "supports_inline_queries": False}

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        return True

    def _commands_key(self, params: dict[str, Any]) -> tuple[str, int | None, str]:
        """Where a command list lives: scope (default, all_private_chats, chat, ...) and
        language_code ("" for every language without its own list)."""
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
            raise ApiError(400, "Bad Request: wrong parameter scope")
        chat_id = None
        if scope["type"] in ("chat", "chat_administrators", "chat_member"):
            chat_id = self._known_chat({"chat_id": scope.get("chat_id")})
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise ApiError(400, "Bad Request: invalid language code specified")
        return str(scope["type"]), chat_id, language

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be an array of at most 100 items")
        for command in commands:
            name = command.get("command", "") if isinstance(command, dict) else ""
            description = command.get("description", "") if isinstance(command, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(name)):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(description)) <= 256:
                raise ApiError(400, "Bad Request: command description is empty or too long")
        stored = [{"command": c["command"], "description": c["description"]} for c in commands]
        self.my_commands[self._commands_key(params)] = stored
        return True

    async def _api_getMyCommands(self, params: dict[str, Any]) -> list[Any]:
        return list(self.my_commands.get(self._commands_key(params), []))

    async def _api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        self.my_commands.pop(self._commands_key(params), None)
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0 and self._new_update is not None:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 1.0))
        return list(self._updates[: int(params.get("limit") or 100)])

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._known_chat(params)
        if chat_id in self._held:
            await self._held[chat_id].wait()
            raise ApiError(502, "Bad Gateway")
        text = str(params.get("text", ""))
        visible = self._visible(params)
        self._check_member(chat_id)
        self._check_rate(chat_id)
        msg = self._message(chat_id, visible, from_user=self._user(BOT_ID))
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        self.messages[chat_id].append(SentMessage(msg["message_id"], chat_id, visible, text,
                                                  params.get("reply_markup"), params))
        return msg

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        """A photo uploaded as the multipart part ``photo`` (a file_id or URL is not served)."""
        chat_id = self._known_chat(params)
        data = _upload(params.get("photo"))
        size = image_size(data)
        if size is None:
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        width, height = size
        if width + height > 10000 or max(width, height) > 20 * min(width, height):
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        caption = self._visible(params, "caption", MAX_CAPTION) if params.get("caption") else ""
        self._check_member(chat_id)
        self._check_rate(chat_id)
        msg = self._message(chat_id, "", from_user=self._user(BOT_ID))
        del msg["text"]
        msg["photo"] = photo_sizes(data, width, height)
        if caption:
            msg["caption"] = caption
        self.messages[chat_id].append(SentMessage(msg["message_id"], chat_id, caption,
                                                  str(params.get("caption") or ""),
                                                  params.get("reply_markup"), params, photo=data))
        return msg

    def _visible(self, params: dict[str, Any], key: str = "text", limit: int = 4096) -> str:
        """The visible text of a message's ``text`` (or a photo's ``caption``) and
        ``parse_mode``, checked as Telegram does."""
        text = str(params.get(key, ""))
        visible = text
        if str(params.get("parse_mode", "")).upper() == "HTML":
            try:
                visible = parse_html(text)
            except Unparsable as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(visible) > limit:
            raise ApiError(400, "Bad Request: message caption is too long" if key == "caption"
                           else "Bad Request: message is too long")
        return visible

    def _check_member(self, chat_id: int) -> None:
        member = self.members.get((chat_id, BOT_ID), {})
        if member.get("status") in ("left", "kicked"):
            raise ApiError(403, "Forbidden: bot was kicked from the channel chat")

    def _find(self, chat_id: int, message_id: int) -> SentMessage:
        for m in self.messages.get(chat_id, []):
            if m.message_id == message_id:
                return m
        raise ApiError(400, "Bad Request: message to edit not found")

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        """Edit a message the bot sent: the text, and the inline keyboard (omitted = removed)."""
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by this fake")
        chat_id = self._known_chat(params)
        try:
            message_id = int(params["message_id"])
        except (KeyError, ValueError):
            raise ApiError(400, "Bad Request: message identifier is not specified") from None
        sent = self._find(chat_id, message_id)
        visible = self._visible(params)
        self._check_member(chat_id)
        self._check_rate(chat_id)
        html_text, markup = str(params.get("text", "")), params.get("reply_markup") or None
        if (visible, html_text, markup) == (sent.text, sent.html, sent.reply_markup):
            raise ApiError(400, "Bad Request: message is not modified: specified new message "
                                "content and reply markup are exactly the same as a current "
                                "content and reply markup of the message")
        sent.text, sent.html, sent.reply_markup = visible, html_text, markup
        sent.edits.append(dict(params))
        msg = self._message(chat_id, sent.text, sent.message_id, self._user(BOT_ID))
        msg["edit_date"] = int(time.time())
        if markup:
            msg["reply_markup"] = markup
        return msg

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._known_chat(params)
        sent = self._find(chat_id, int(params["message_id"]))
        sent.reply_markup = params.get("reply_markup")
        return self._message(chat_id, sent.text, sent.message_id, self._user(BOT_ID))

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        """Answer a press once: an unknown or already answered query id is refused."""
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._open_queries:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired "
                                "or query ID is invalid")
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_queries.discard(query_id)
        self.callback_answers.append(params)
        return True

    async def _api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._known_chat(params)
        return self.chats[chat_id] | {"accent_color_id": 0, "max_reaction_count": 11,
                                      "accepted_gift_types": {"unlimited_gifts": False,
                                                              "limited_gifts": False,
                                                              "unique_gifts": False,
                                                              "premium_subscription": False,
                                                              "gifts_from_channels": False}}

    async def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._known_chat(params)
        user_id = int(params["user_id"])
        return self.members.get((chat_id, user_id), {"user": self._user(user_id), "status": "left"})


def _upload(part: Any) -> bytes:
    """The bytes of an uploaded file part; a string names a file_id or URL this fake lacks."""
    if isinstance(part, str) and part:
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    if not isinstance(part, web.FileField):
        raise ApiError(400, "Bad Request: there is no photo in the request")
    data = part.file.read()
    if len(data) > MAX_PHOTO:
        raise ApiError(400, "Bad Request: file is too big")
    if not data:
        raise ApiError(400, "Bad Request: file must be non-empty")
    return data


class ThreadedFakeTelegram:
    """Runs a FakeTelegramAPI on its own event loop in a thread (for the benchmark)."""

    def __init__(self, api: FakeTelegramAPI) -> None:
        self.api = api
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> FakeTelegramAPI:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.api.start(), self._loop).result(10)
        return self.api

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.api.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
