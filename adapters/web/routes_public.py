"""Public pages (no login): the home page, /s/<id>, /r/<id>, /feed.atom, the language
switch, and the login link's landing page."""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from adapters.web import atom
from adapters.web.auth import SESSION_COOKIE, current_editor, editor_route, form_of
from adapters.web.i18n import LANGUAGES
from adapters.web.render import LANG_COOKIE, render
from adapters.web.state import state_of
from tracker.errors import NotFound
from tracker.usecases import public_pages, web_auth
from tracker.usecases.web_auth import SignedIn

LOGIN_CSRF_COOKIE = "login_csrf"
# The home page and the feed are the same for every reader: computed at most this often.
PUBLIC_CACHE_SECONDS = 30.0
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def _not_found(request: Request) -> Response:
    return render(request, "not_found.html", 404)


async def home(request: Request) -> Response:
    """The latest posted statements, and where editors log in."""
    editor = await current_editor(request)
    state = state_of(request)
    latest = await state.cached("latest:20", PUBLIC_CACHE_SECONDS,
                                lambda: public_pages.latest_posted(state.db, 20))
    return render(request, "home.html", editor=editor, latest=latest)


async def statement_page(request: Request) -> Response:
    """/s/<id>: a posted statement with all its sources and full counterpoints."""
    try:
        statement, rebuttals = await public_pages.posted_statement(
            state_of(request).db, int(request.path_params["id"]))
    except NotFound:
        return _not_found(request)
    return render(request, "public_statement.html", editor=await current_editor(request),
                  statement=statement, rebuttals=rebuttals)


async def rebuttal_page(request: Request) -> Response:
    """/r/<id>: a published rebuttal, with its ClaimReview JSON-LD."""
    state = state_of(request)
    try:
        rebuttal = await public_pages.published_rebuttal(state.db, request.path_params["id"])
    except NotFound:
        return _not_found(request)
    reviews = await public_pages.claim_reviews(
        state.db, rebuttal, url_base=f"{state.settings.web.base_url()}/r",
        organization=state.settings.web.organization)
    return render(request, "public_rebuttal.html", editor=await current_editor(request),
                  rebuttal=rebuttal, claimreview=reviews)


async def feed_atom(request: Request) -> Response:
    """/feed.atom: posted statements with their counterpoints."""
    state = state_of(request)
    entries = await state.cached("latest:50", PUBLIC_CACHE_SECONDS,
                                 lambda: public_pages.latest_posted(state.db, 50))
    body = atom.render_feed(entries, state.settings.web.base_url(), state.clock())
    return Response(body, media_type="application/atom+xml; charset=utf-8")


async def set_language(request: Request) -> Response:
    """/lang/<code>?next=/path: remember the reader's language in a cookie."""
    code = request.path_params["code"]
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"  # only a path on this site: never an open redirect
    response = RedirectResponse(target, 303)
    if code in LANGUAGES:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, samesite="lax")
    return response


async def login_help(request: Request) -> Response:
    """/login: how editors get a login link."""
    return render(request, "login.html", message_key="")


async def login_landing(request: Request) -> Response:
    """/login/<token>: a button that uses the link (a GET never uses it: link previews)."""
    pre = secrets.token_urlsafe(16)
    # The confirm form echoes this cookie, so another site cannot sign a browser in.
    response = render(request, "login_confirm.html", token=request.path_params["token"],
                      login_csrf=pre)
    response.set_cookie(LOGIN_CSRF_COOKIE, pre, max_age=1800, httponly=True, samesite="strict")
    response.headers.update(NO_STORE)
    return response


async def login(request: Request) -> Response:
    """POST /login: use the one-time link, start a session."""
    state = state_of(request)
    form = await form_of(request)
    token, sent = str(form.get("token", "")), str(form.get("csrf", ""))
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(sent, expected):
        return render(request, "error.html", 403, message_key="forbidden")
    try:
        signed = await web_auth.redeem_login_link(
            state.db, state.settings, token[:1000],
            user_agent=request.headers.get("user-agent", ""), now=state.clock(),
            secret=await state.secret())
    except web_auth.LoginRefused as exc:
        return render(request, "login.html", 400, message=str(exc), message_key="")
    response = RedirectResponse("/review", 303)
    response.set_cookie(SESSION_COOKIE, signed.cookie, httponly=True, samesite="lax",
                        max_age=state.settings.web.session_days * 86400,
                        secure=state.settings.web.base_url().startswith("https://"))
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@editor_route
async def logout(request: Request, editor: SignedIn) -> Response:
    """POST /logout: end this browser's session."""
    state = state_of(request)
    await web_auth.revoke_session(state.db, editor.session.id, actor=editor.session.actor,
                                  now=state.clock())
    response = RedirectResponse("/", 303)
    response.delete_cookie(SESSION_COOKIE)
    return response


ROUTES = [
    Route("/", home),
    Route("/s/{id:int}", statement_page),
    Route("/r/{id:str}", rebuttal_page),
    Route("/feed.atom", feed_atom),
    Route("/lang/{code:str}", set_language),
    Route("/login", login_help),
    Route("/login", login, methods=["POST"]),
    Route("/login/{token:str}", login_landing),
    Route("/logout", logout, methods=["POST"]),
]
