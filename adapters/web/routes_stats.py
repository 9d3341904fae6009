"""Statistics as charts drawn on the server: statements per week by decision, how they
were answered, readers' votes per rebuttal, feed errors per day."""

from __future__ import annotations

from datetime import datetime

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from adapters.charts import svg as charts
from adapters.charts import weekly
from adapters.web.auth import editor_route
from adapters.web.render import Page, language_of, render
from adapters.web.state import state_of
from tracker.usecases import console
from tracker.usecases.console import Stats
from tracker.usecases.web_auth import SignedIn

ANSWERS = ("automatic", "reviewed", "unanswered", "held")
CACHE_SECONDS = 60.0


def stats_charts(stats: Stats, t: Page, now: datetime) -> dict[str, str]:
    """The four charts of a Stats, as SVG text in the page's language."""
    return {
        "weeks": weekly.chart(stats, now, t.t("chart_weeks"),
                              {d: t.t(d) for d in weekly.DECISIONS}),
        "answers": charts.bars(t.t("chart_answers"),
                               [(t.t(k), stats.answers.get(k, 0)) for k in ANSWERS]),
        "votes": charts.diverging(t.t("chart_votes"), stats.votes, t.t("up"), t.t("down")),
        "errors": charts.lines(t.t("chart_errors"), stats.feed_errors, t.t("failed_polls"),
                               t.t("polls")),
    }


@editor_route
async def stats_page(request: Request, editor: SignedIn) -> Response:
    """GET /stats."""
    state = state_of(request)
    now = state.clock()
    # Twelve weeks of counts need not be fresher than a minute; a busy page costs one query set.
    stats = await state.cached("stats", CACHE_SECONDS,
                               lambda: console.stats(state.db, weeks=weekly.WEEKS, now=now))
    page = Page(language_of(request), request.url.path, editor)
    svgs = {k: Markup(v) for k, v in stats_charts(stats, page, now).items()}  # noqa: S704 - escaped
    return render(request, "stats.html", editor=editor, charts=svgs, stats=stats)


ROUTES = [Route("/stats", stats_page)]
