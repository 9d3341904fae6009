"""Operations: feed health (add, pause, resume, remove), destinations, failed deliveries
with a retry button, and the editors' sessions (listed, revocable)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from adapters.web.auth import editor_route, form_of
from adapters.web.render import act, render
from adapters.web.state import state_of
from tracker.errors import NotFound, TrackerError
from tracker.model import FeedKind, FeedOff
from tracker.usecases import console, ingest, web_auth
from tracker.usecases.web_auth import SignedIn


async def _feeds_page(request: Request, editor: SignedIn, *, status: int = 200,
                      error: str = "", url: str = "") -> Response:
    health = await console.feed_health(state_of(request).db, now=state_of(request).clock())
    shown = [h for h in health if h.feed.inactive_reason != FeedOff.REMOVED]
    return render(request, "feeds.html", status, editor=editor, health=shown, error=error,
                  url=url, kinds=[k.value for k in FeedKind])


@editor_route
async def feeds(request: Request, editor: SignedIn) -> Response:
    """GET /feeds: every feed's health."""
    return await _feeds_page(request, editor)


@editor_route
async def add_feed(request: Request, editor: SignedIn) -> Response:
    """POST /feeds: add a feed with the CLI's checks (SSRF guard, duplicates)."""
    state = state_of(request)
    form = await form_of(request)
    url, kind = str(form.get("url", "")).strip()[:2100], str(form.get("kind", "news"))
    try:
        if kind not in set(FeedKind):
            raise ingest.FeedError(f"unknown kind '{kind[:20]}'")
        await ingest.add_feed(state.db, state.settings, url, FeedKind(kind))
    except TrackerError as exc:
        return await _feeds_page(request, editor, status=400, error=str(exc), url=url)
    return RedirectResponse("/feeds", 303)


@editor_route
async def feed_action(request: Request, editor: SignedIn) -> Response:
    """POST /feeds/<id>/(pause|resume|remove)."""
    action = {"pause": ingest.pause_feed, "resume": ingest.resume_feed,
              "remove": ingest.remove_feed}.get(request.path_params["action"])
    if action is None:
        return render(request, "not_found.html", 404, editor=editor)
    try:
        await action(state_of(request).db, str(request.path_params["id"]))
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    except TrackerError as exc:
        return await _feeds_page(request, editor, status=400, error=str(exc))
    return RedirectResponse("/feeds", 303)


@editor_route
async def destinations(request: Request, editor: SignedIn) -> Response:
    """GET /destinations: subscribed chats per platform, active or not and why."""
    rows = await console.destinations(state_of(request).db)
    return render(request, "destinations.html", editor=editor, rows=rows)


@editor_route
async def deliveries(request: Request, editor: SignedIn) -> Response:
    """GET /deliveries: failed deliveries with a retry button."""
    rows = await console.failed_deliveries(state_of(request).db)
    return render(request, "deliveries.html", editor=editor, rows=rows,
                  retried=request.query_params.get("retried", ""))


@editor_route
async def retry(request: Request, editor: SignedIn) -> Response:
    """POST /deliveries/<id>/retry."""
    delivery_id = int(request.path_params["id"])
    return await act(request, editor, console.retry_delivery(
        state_of(request).db, delivery_id, actor=editor.session.actor),
        f"/deliveries?retried={delivery_id}")


@editor_route
async def sessions(request: Request, editor: SignedIn) -> Response:
    """GET /sessions: every live session (this browser's marked)."""
    rows = await web_auth.list_sessions(state_of(request).db, now=state_of(request).clock())
    return render(request, "sessions.html", editor=editor, rows=rows)


@editor_route
async def revoke(request: Request, editor: SignedIn) -> Response:
    """POST /sessions/<id>/revoke: end that session at once."""
    await web_auth.revoke_session(state_of(request).db, int(request.path_params["id"]),
                                  actor=editor.session.actor, now=state_of(request).clock())
    return RedirectResponse("/sessions", 303)


ROUTES = [
    Route("/feeds", feeds),
    Route("/feeds", add_feed, methods=["POST"]),
    Route("/feeds/{id:int}/{action:str}", feed_action, methods=["POST"]),
    Route("/destinations", destinations),
    Route("/deliveries", deliveries),
    Route("/deliveries/{id:int}/retry", retry, methods=["POST"]),
    Route("/sessions", sessions),
    Route("/sessions/{id:int}/revoke", revoke, methods=["POST"]),
]
