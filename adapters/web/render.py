"""Templates: one Jinja2 environment with autoescaping, and the page helpers routes share.

Every value from a feed or an editor is escaped by the environment; links are written
with ``safe_href``, which keeps only http(s) URLs (a ``javascript:`` link in a feed
becomes text). JSON-LD is written with ``json_script``, which escapes ``<``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from adapters.web.i18n import choose, translate
from tracker.chat.text import safe_url
from tracker.errors import NotFound, TrackerError
from tracker.usecases.web_auth import SignedIn

LANG_COOKIE = "lang"


def _date(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def safe_href(url: str | None) -> str:
    """An http(s) URL, or "" (a template then shows the text without a link)."""
    return safe_url(url or "") or ""


def json_script(data: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> block: '<' cannot close the tag."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _environment() -> Environment:
    folder = str(resources.files("adapters.web").joinpath("templates"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(
        enabled_extensions=("html", "xml"), default_for_string=True, default=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(date=_date, href=safe_href)
    env.globals.update(json_script=json_script)
    return env


ENV = _environment()


@dataclass(frozen=True)
class Page:
    """What every template gets besides its own values."""

    language: str
    path: str
    editor: SignedIn | None

    def t(self, key: str, **values: object) -> str:
        text = translate(key, self.language)
        return text.format(**values) if values else text


def language_of(request: Request) -> str:
    """The reader's language (cookie, then Accept-Language)."""
    return choose(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))


def render(request: Request, template: str, status: int = 200, *,
           editor: SignedIn | None = None, **values: Any) -> HTMLResponse:
    """Render a template with the page helpers (``t``, ``page``, ``csrf``)."""
    page = Page(language_of(request), request.url.path, editor)
    html = ENV.get_template(template).render(
        page=page, t=page.t, lang=page.language, csrf=editor.csrf if editor else "", **values)
    return HTMLResponse(html, status_code=status)


async def act(request: Request, editor: SignedIn, action: Awaitable[object],
              then: str) -> Response:
    """Run an editor's action, then go to ``then``; what it cannot find is a 404 page and
    what it refuses a 400 page with the reason."""
    try:
        await action
    except NotFound:
        return render(request, "not_found.html", 404, editor=editor)
    except TrackerError as exc:
        return render(request, "error.html", 400, editor=editor, message=str(exc))
    return RedirectResponse(then, 303)
