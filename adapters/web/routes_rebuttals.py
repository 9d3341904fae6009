"""Rebuttals: the list with search and filters, the bilingual editor, phrasings, history
with a diff between any two versions, restore and retire. Every change goes through
``tracker.usecases.curate`` (the import's validation, a revision per change)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from adapters.web import diff
from adapters.web.auth import editor_route, form_of
from adapters.web.forms import RebuttalForm, int_param, rebuttal_form
from adapters.web.render import act, render
from adapters.web.state import state_of
from tracker.chat import service
from tracker.errors import NotFound, TrackerError, UsageError
from tracker.model import RebuttalStatus
from tracker.rebuttals.format import RebuttalFormatError
from tracker.storage.console_stats_repo import REBUTTAL_SORTS
from tracker.usecases import console, curate
from tracker.usecases.console import RebuttalFilter
from tracker.usecases.web_auth import SignedIn

PAGE = 50


def _filter(request: Request) -> RebuttalFilter:
    p = request.query_params
    return RebuttalFilter(q=p.get("q", "")[:200], status=p.get("status", "")[:16],
                          tag=p.get("tag", "")[:64], language=p.get("lang", "")[:2],
                          min_used=int_param(p.get("min_used")) or 0,
                          sort=p.get("sort", "id")[:16])


@editor_route
async def listing(request: Request, editor: SignedIn) -> Response:
    """GET /rebuttals: search and filters (status, tag, language, use, votes)."""
    db = state_of(request).db
    f = _filter(request)
    offset = int_param(request.query_params.get("offset")) or 0
    try:
        lines = await console.rebuttals(db, f, offset=offset, limit=PAGE)
    except UsageError as exc:
        return render(request, "error.html", 400, editor=editor, message=str(exc))
    return render(request, "rebuttals.html", editor=editor, f=f, lines=lines,
                  tags=await state_of(request).cached("tags", 60.0, lambda: console.tags(db)),
                  offset=offset, page_size=PAGE,
                  statuses=[s.value for s in RebuttalStatus], sorts=REBUTTAL_SORTS)


async def _editor_page(request: Request, editor: SignedIn, form: RebuttalForm, *,
                       status: int = 200, error: str = "", saved: bool = False) -> Response:
    rebuttal = await curate.get_rebuttal(state_of(request).db, form.id) if form.version else None
    return render(request, "rebuttal_edit.html", status, editor=editor, form=form.with_blanks(),
                  rebuttal=rebuttal, error=error, saved=saved,
                  attach=int_param(request.query_params.get("attach")),
                  statuses=[s.value for s in RebuttalStatus])


@editor_route
async def edit_page(request: Request, editor: SignedIn) -> Response:
    """GET /rebuttals/<id>: the editor, both languages side by side."""
    rebuttal = await curate.get_rebuttal(state_of(request).db, request.path_params["id"])
    if rebuttal is None:
        return render(request, "not_found.html", 404, editor=editor)
    return await _editor_page(request, editor, RebuttalForm.of(rebuttal),
                              saved=request.query_params.get("saved") == "1")


@editor_route
async def save(request: Request, editor: SignedIn) -> Response:
    """POST /rebuttals/<id>: save the whole form as one revision (errors keep the text)."""
    rid = request.path_params["id"]
    form = rebuttal_form(await form_of(request), rid)
    try:
        await curate.save_rebuttal(state_of(request).db, form.to_rebuttal(),
                                   expected_version=form.version, actor=editor.session.actor)
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    except TrackerError as exc:
        return await _editor_page(request, editor, form, status=400, error=str(exc))
    return RedirectResponse(f"/rebuttals/{rid}?saved=1", 303)


@editor_route
async def new_page(request: Request, editor: SignedIn) -> Response:
    """GET /rebuttals/new[?attach=<statement id>]: an empty editor."""
    return await _editor_page(request, editor, RebuttalForm())


@editor_route
async def create(request: Request, editor: SignedIn) -> Response:
    """POST /rebuttals/new: create it; with ?attach=, post that statement with it."""
    db = state_of(request).db
    form = rebuttal_form(await form_of(request))
    try:
        stored = await curate.create_rebuttal(db, form.to_rebuttal(), actor=editor.session.actor)
    except TrackerError as exc:
        return await _editor_page(request, editor, form, status=400, error=str(exc))
    attach = int_param(request.query_params.get("attach"))
    if attach is not None:
        try:
            await service.attach_statement(db, attach, stored.id, actor=editor.session.actor)
        except (TrackerError, ValueError) as exc:
            return await _editor_page(request, editor, RebuttalForm.of(stored), status=400,
                                      error=str(exc))
    return RedirectResponse(f"/rebuttals/{stored.id}?saved=1", 303)


@editor_route
async def add_phrasing(request: Request, editor: SignedIn) -> Response:
    """POST /rebuttals/<id>/phrasings: another way the claim is put."""
    rid = request.path_params["id"]
    form = await form_of(request)
    text, language = str(form.get("text", ""))[:3000], str(form.get("language", "en"))
    try:
        await curate.add_phrasing(state_of(request).db, rid, text, language,
                                  actor=editor.session.actor)
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    except RebuttalFormatError as exc:
        rebuttal = await curate.get_rebuttal(state_of(request).db, rid)
        assert rebuttal is not None
        return await _editor_page(request, editor, RebuttalForm.of(rebuttal), status=400,
                                  error=str(exc))
    return RedirectResponse(f"/rebuttals/{rid}?saved=1#phrasings", 303)


@editor_route
async def retire(request: Request, editor: SignedIn) -> Response:
    """POST /rebuttals/<id>/retire."""
    rid = request.path_params["id"]
    try:
        await curate.retire_rebuttal(state_of(request).db, rid, actor=editor.session.actor)
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    return RedirectResponse(f"/rebuttals/{rid}?saved=1", 303)


@editor_route
async def history(request: Request, editor: SignedIn) -> Response:
    """GET /rebuttals/<id>/history?a=&b=: the revisions and the diff between two of them."""
    rid = request.path_params["id"]
    try:
        revisions = await curate.revisions(state_of(request).db, rid)
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    by_version = {r.version: r for r in revisions}
    newest = revisions[-1].version
    b = int_param(request.query_params.get("b")) or newest
    a = int_param(request.query_params.get("a")) or max(1, b - 1)
    lines = (diff.diff(by_version[a].snapshot, by_version[b].snapshot)
             if a in by_version and b in by_version else [])
    return render(request, "rebuttal_history.html", editor=editor, rebuttal_id=rid,
                  revisions=list(reversed(revisions)), a=a, b=b, lines=lines)


@editor_route
async def restore(request: Request, editor: SignedIn) -> Response:
    """POST /rebuttals/<id>/restore: make version ``version`` current again."""
    rid = request.path_params["id"]
    version = int_param(str((await form_of(request)).get("version", "")))
    if version is None:
        return render(request, "not_found.html", 404, editor=editor)
    return await act(request, editor, curate.restore_revision(
        state_of(request).db, rid, version, actor=editor.session.actor), f"/rebuttals/{rid}/history")


ROUTES = [
    Route("/rebuttals", listing),
    Route("/rebuttals/new", new_page),
    Route("/rebuttals/new", create, methods=["POST"]),
    Route("/rebuttals/{id:str}", edit_page),
    Route("/rebuttals/{id:str}", save, methods=["POST"]),
    Route("/rebuttals/{id:str}/phrasings", add_phrasing, methods=["POST"]),
    Route("/rebuttals/{id:str}/retire", retire, methods=["POST"]),
    Route("/rebuttals/{id:str}/history", history),
    Route("/rebuttals/{id:str}/restore", restore, methods=["POST"]),
]
