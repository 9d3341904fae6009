"""Build the Post a chat adapter renders: a statement with its counterpoints.

``pick`` chooses between English and Chinese text with a fallback to the other,
so a rebuttal written in one language still reaches every reader.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import NotFound
from tracker.model import Post
from tracker.posting.labels import LABELS, labels
from tracker.storage import matching_repo, statements_repo
from tracker.storage.db import Database


async def build_post(
    session: AsyncSession, statement_id: int, language: str, *, max_counterpoints: int = 3
) -> Post:
    """Build the Post of a statement in ``language`` with up to ``max_counterpoints`` rebuttals.

    Raises:
        LookupError: the statement does not exist.
    """
    statement = await statements_repo.get_statement(session, statement_id)
    if statement is None:
        raise LookupError(f"no statement {statement_id}")
    rebuttals = await matching_repo.matched_rebuttals(session, statement_id)
    # The statement's own source_url is the first report; the rest are "+N more sources".
    urls = {s.url for s in statement.sources if s.url} - {statement.source_url}
    return Post(statement=statement, rebuttals=tuple(rebuttals[:max_counterpoints]),
                language=language if language in LABELS else "en",
                extra_sources=len(urls), labels=labels(language))


async def post_rebuttal_ids(db: Database, statement_id: int, max_counterpoints: int
                            ) -> tuple[str, ...]:
    """Ids of the rebuttals a statement's post shows, in order (what readers may vote on).

    Raises:
        NotFound: the statement does not exist.
    """
    async with db.session() as session:
        try:
            post = await build_post(session, statement_id, "en",
                                    max_counterpoints=max_counterpoints)
        except LookupError:
            raise NotFound(f"No statement {statement_id}.") from None
    return tuple(rb.id for rb in post.rebuttals)
