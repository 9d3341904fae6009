"""Build the Post a chat adapter renders: a statement with its counterpoints.

``pick`` chooses between English and Chinese text with a fallback to the other,
so a rebuttal written in one language still reaches every reader.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import NotFound
from tracker.feeds.captions import moment_url
from tracker.model import Post, RebuttalStatus
from tracker.posting.labels import LABELS, labels
from tracker.storage import matching_repo, statements_repo
from tracker.storage.db import Database


async def build_post(
    session: AsyncSession, statement_id: int, language: str, *, max_counterpoints: int = 3,
    include_retired: bool = False,
) -> Post:
    """Build the Post of a statement in ``language`` with up to ``max_counterpoints`` rebuttals.

    A new post leaves retired rebuttals out; an edit of a sent one
    (``include_retired``) keeps them in place, and the adapter marks them withdrawn.

    Raises:
        LookupError: the statement does not exist.
    """
    statement = await statements_repo.get_statement(session, statement_id)
    if statement is None:
        raise LookupError(f"no statement {statement_id}")
    rebuttals = await matching_repo.matched_rebuttals(session, statement_id,
                                                      include_retired=include_retired)
    # The statement's own source_url is the first report; the rest are "+N more sources".
    urls = {s.url for s in statement.sources if s.url} - {statement.source_url}
    # A statement from a video's captions links to its moment (&t=NNs).
    statement = replace(statement, source_url=moment_url(statement.source_url,
                                                         statement.seconds))
    return Post(statement=statement, rebuttals=tuple(rebuttals[:max_counterpoints]),
                language=language if language in LABELS else "en",
                extra_sources=len(urls), labels=labels(language))


async def post_rebuttal_ids(db: Database, statement_id: int, max_counterpoints: int
                            ) -> tuple[str | None, ...]:
    """Ids of the rebuttals a statement's post shows, in order (what readers may vote on).

    As an edited post shows them: a retired rebuttal keeps its place, marked
    withdrawn and no longer voted on, so its place holds None.

    Raises:
        NotFound: the statement does not exist.
    """
    async with db.session() as session:
        try:
            post = await build_post(session, statement_id, "en",
                                    max_counterpoints=max_counterpoints, include_retired=True)
        except LookupError:
            raise NotFound(f"No statement {statement_id}.") from None
    return tuple(None if rb.status == RebuttalStatus.RETIRED else rb.id for rb in post.rebuttals)
