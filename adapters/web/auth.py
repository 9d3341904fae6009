"""Who is signed in: the session cookie, the editor-only route wrapper, CSRF checks.

Every editor route is wrapped by ``editor_route``: without a live session it answers
401 with the login page; a POST must carry the session's CSRF token in its ``csrf``
field, else 403. Nothing of the route runs before both checks pass.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from functools import wraps

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from adapters.web.render import render
from adapters.web.state import state_of
from tracker.usecases import web_auth
from tracker.usecases.web_auth import SignedIn

logger = logging.getLogger(__name__)

SESSION_COOKIE = "tracker_session"
MAX_FIELDS = 2000

EditorHandler = Callable[[Request, SignedIn], Awaitable[Response]]


async def current_editor(request: Request) -> SignedIn | None:
    """The signed-in editor of a request, or None."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    state = state_of(request)
    return await web_auth.authenticate(state.db, state.settings, cookie, now=state.clock(),
                                       secret=await state.secret())


async def form_of(request: Request) -> FormData:
    """The request's form (urlencoded or multipart), with a cap on the number of fields."""
    return await request.form(max_fields=MAX_FIELDS, max_files=0)


def csrf_ok(editor: SignedIn, form: FormData) -> bool:
    """Whether a form carries the session's CSRF token (compared in constant time)."""
    sent = form.get("csrf")
    return isinstance(sent, str) and hmac.compare_digest(sent, editor.csrf)


def editor_route(handler: EditorHandler) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a route for editors only: a live session, and on POST a valid CSRF token."""

    @wraps(handler)
    async def wrapper(request: Request) -> Response:
        editor = await current_editor(request)
        if editor is None:
            return render(request, "login.html", 401, message_key="need_login")
        if request.method == "POST" and not csrf_ok(editor, await form_of(request)):
            logger.warning("refused %s %s: bad CSRF token (session %d)", request.method,
                           request.url.path, editor.session.id)
            return render(request, "error.html", 403, editor=editor, message_key="forbidden")
        return await handler(request, editor)

    return wrapper
