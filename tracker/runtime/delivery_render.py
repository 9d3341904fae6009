"""What the outbox worker sends for a row: a post, a review, or an edit of a sent post."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.config import Settings
from tracker.match.classifier import ModelError
from tracker.match.judge import STANCE_CAP, judge_model_for
from tracker.model import Post
from tracker.ports import Notifier
from tracker.posting.review import why_reviewed
from tracker.storage import deliveries_repo, matching_repo, statements_repo
from tracker.storage.db import Database
from tracker.storage.deliveries_repo import Delivery
from tracker.usecases.posts import build_post


class EditWaits(Exception):
    """The edit cannot go yet: its post is not sent, or an earlier edit is in flight."""


class EditObsolete(Exception):
    """The edit has nothing to change: its post failed, was cancelled or is gone."""


class PostRenderer:
    """Builds and sends one row's message; one statement's post is built once per run
    and language, however many chats it fans out to."""

    def __init__(self, db: Database, settings: Settings, now: Callable[[], datetime]) -> None:
        self.db, self.settings, self._now = db, settings, now
        self._posts: dict[tuple[int, str, bool], Post] = {}
        self._bar: tuple[float | None] | None = None

    def judge_bar(self) -> float | None:
        """The pair judge's bar as the matcher is configured (None without a judge), read once."""
        if self._bar is None:
            try:
                model = judge_model_for(self.settings)
            except ModelError:
                model = None  # the matcher said so at start-up; the reason says less
            self._bar = (model.threshold if model is not None else None,)
        return self._bar[0]

    async def send(self, notifier: Notifier, row: Delivery) -> str:
        """Send the row through the notifier; returns the platform's message id."""
        if row.kind == "edit":
            return await self._edit(notifier, row)
        async with self.db.session() as session:
            if row.kind == "review":
                statement = await statements_repo.get_statement(session, row.statement_id)
                if statement is None:
                    raise LookupError(f"no statement {row.statement_id}")
                cands = await matching_repo.candidates(session, row.statement_id)
                reason = why_reviewed(statement, cands, self.judge_bar(),
                                      row.destination.language, held_at=STANCE_CAP)
                return await notifier.send_review(row.destination, statement, cands, reason)
            post = await self._post(session, row, edit=False)
        return await notifier.send_post(row.destination, post)

    async def _post(self, session: AsyncSession, row: Delivery, *, edit: bool) -> Post:
        """The post of a row in its chat's language; an edit keeps retired rebuttals, marked."""
        key = (row.statement_id, row.destination.language, edit)
        post = self._posts.get(key)
        if post is None:
            post = await build_post(session, row.statement_id, row.destination.language,
                                    max_counterpoints=self.settings.posting.max_counterpoints,
                                    include_retired=edit)
            self._posts[key] = post
        return post

    async def _edit(self, notifier: Notifier, row: Delivery) -> str:
        """Edit the message of the post this row changes, showing the post as it is now."""
        async with self.db.session() as session:
            target = await deliveries_repo.edit_target(session, row, self._now())
            if target.gone:
                raise EditObsolete("the post was never sent: nothing to edit")
            if target.message_id is None or target.earlier_in_flight:
                raise EditWaits()
            post = await self._post(session, row, edit=True)
        return await notifier.edit_post(row.destination, target.message_id, post)
