"""The review queue: statements waiting for an editor, decided with the chat review's
actions (``tracker.chat.actions``), so a decision is recorded once, by whichever
interface made it first."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from adapters.web.auth import editor_route, form_of
from adapters.web.forms import int_param
from adapters.web.render import render
from adapters.web.signals import Signals
from adapters.web.state import state_of
from tracker.chat import actions
from tracker.errors import TrackerError, UsageError
from tracker.usecases import console, curate
from tracker.usecases.web_auth import SignedIn

PAGE = 10  # statements a page: each carries its context and candidates


@editor_route
async def queue(request: Request, editor: SignedIn) -> Response:
    """GET /review: the statements waiting, oldest first, with their candidates."""
    before = int_param(request.query_params.get("after"))
    waiting, items = await console.review_queue(state_of(request).db, before=before,
                                                limit=PAGE)
    rebuttals = await console.rebuttals_by_ids(
        state_of(request).db, [c[0].rebuttal_id for _, cs in items for c in cs])
    terms = Signals(w for watch in state_of(request).watches
                    for w in (*watch.speaker_aliases, *watch.topic_terms))
    signals = {(s.id, c[0].rebuttal_id): terms.shared(s.text, rebuttals[c[0].rebuttal_id])
               for s, cs in items for c in cs if c[0].rebuttal_id in rebuttals}
    return render(request, "review.html", editor=editor, waiting=waiting, items=items,
                  rebuttals=rebuttals, signals=signals,
                  after=items[-1][0].id if len(items) == PAGE else None)


@editor_route
async def decide(request: Request, editor: SignedIn) -> Response:
    """POST /review/<id>: post with a candidate, post plain, write a new rebuttal, ignore."""
    statement_id = int(request.path_params["id"])
    form = await form_of(request)
    choice = str(form.get("choice", ""))
    rebuttal_id = str(form.get("rebuttal_id", "")).strip() or None
    hx = bool(request.headers.get("hx-request"))
    try:
        if choice not in set(actions.ReviewChoice):
            raise UsageError(f"unknown review choice '{choice[:30]}'")
        if choice == actions.ReviewChoice.ATTACH and (
                rebuttal_id is None or await curate.get_rebuttal(state_of(request).db,
                                                                 rebuttal_id[:80]) is None):
            raise UsageError(f"no rebuttal '{(rebuttal_id or '')[:80]}' to post with")
        action = actions.ReviewAction(statement_id, actions.ReviewChoice(choice), rebuttal_id)
        outcome = await actions.review(state_of(request).db, action.data,
                                       actor=editor.session.actor)
    except (TrackerError, ValueError) as exc:
        return render(request, "review_outcome.html", 400, editor=editor, full=not hx,
                      statement_id=statement_id, outcome=str(exc), failed=True)
    if choice == actions.ReviewChoice.NEW_REBUTTAL:
        return RedirectResponse(f"/rebuttals/new?attach={statement_id}", 303)
    if hx:
        return render(request, "review_outcome.html", editor=editor, full=False,
                      statement_id=statement_id, outcome=outcome, failed=False)
    return render(request, "review_outcome.html", editor=editor, full=True,
                  statement_id=statement_id, outcome=outcome, failed=False)


ROUTES = [
    Route("/review", queue),
    Route("/review/{id:int}", decide, methods=["POST"]),
]
