"""Statements: the timeline with filters and text search, and one statement's whole
story (sources, the extraction's span in its item, candidates, deliveries, votes)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from adapters.web.auth import editor_route
from adapters.web.forms import date_param, int_param
from adapters.web.render import render
from adapters.web.state import state_of
from tracker.errors import NotFound
from tracker.model import Decision, StatementStatus
from tracker.usecases import console
from tracker.usecases.console import StatementFilter
from tracker.usecases.web_auth import SignedIn

PAGE = 50
LANGUAGES = ("en", "zh")
SPAN_CONTEXT = 600  # characters of the item shown on each side of the statement


def _filter(request: Request) -> StatementFilter:
    p = request.query_params
    return StatementFilter(
        q=p.get("q", "")[:200], decision=p.get("decision", "")[:16],
        status=p.get("status", "")[:16], watch=p.get("watch", "")[:64],
        language=p.get("language", "")[:8], feed_id=int_param(p.get("feed")),
        since=date_param(p.get("since")), until=date_param(p.get("until")))


@editor_route
async def timeline(request: Request, editor: SignedIn) -> Response:
    """GET /statements: newest first, filtered, 50 a page (``before`` an id)."""
    db = state_of(request).db
    f = _filter(request)
    lines = await console.timeline(db, f, before=int_param(request.query_params.get("before")),
                                   limit=PAGE)
    watches = [w.name for w in state_of(request).watches]
    feeds = await console.feed_choices(db)
    query = {k: v for k, v in request.query_params.items() if k != "before"}
    return render(request, "statements.html", editor=editor, f=f, lines=lines,
                  watches=watches, languages=LANGUAGES, feeds=feeds,
                  decisions=[d.value for d in Decision], query=query,
                  statuses=[s.value for s in StatementStatus],
                  before=lines[-1].id if len(lines) == PAGE else None,
                  raw=request.query_params)


def _span(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, the span, after) of the item text, cut to SPAN_CONTEXT around the span."""
    if not 0 <= start < end <= len(text):
        return "", "", ""
    head = text[max(0, start - SPAN_CONTEXT):start]
    tail = text[end:end + SPAN_CONTEXT]
    return (("…" if start > SPAN_CONTEXT else "") + head, text[start:end],
            tail + ("…" if end + SPAN_CONTEXT < len(text) else ""))


@editor_route
async def statement(request: Request, editor: SignedIn) -> Response:
    """GET /statements/<id>."""
    try:
        story = await console.statement_story(state_of(request).db,
                                              int(request.path_params["id"]))
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    st = story.statement
    return render(request, "statement.html", editor=editor, story=story, st=st,
                  span=_span(story.item_text, st.start, st.end))


ROUTES = [
    Route("/statements", timeline),
    Route("/statements/{id:int}", statement),
]
