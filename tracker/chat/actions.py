"""Review and vote buttons, platform-free: the data a button carries, parsed, checked, applied.

A button carries ``r|<statement id>|<choice>|<rebuttal id>`` (review) or
``v|<statement id>|<rebuttal id>|<1|-1>`` (vote): Telegram in its callback_data
(64 bytes at most), Discord in a component's custom_id. The data comes back
from the client, so it is parsed into a typed action and checked before a use
case runs; a bad one is a UsageError with ``texts.BUTTON_EXPIRED``.
Who may press a review button is the platform's question (its admin list or role).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.chat import service, texts
from tracker.chat.commands import number
from tracker.config import Settings
from tracker.errors import NotFound, UsageError
from tracker.model import Post, RebuttalStatus, ScoredRebuttal
from tracker.storage.db import Database

MAX_VOTED = 3  # counterpoints of a post that get vote buttons (the first ones shown)
MAX_CANDIDATES = 3  # candidate rebuttals offered as review buttons


class ReviewChoice(enum.StrEnum):
    """What an admin decides about a statement held for review."""

    ATTACH = "attach"  # post it with this candidate's counterpoint
    POST_PLAIN = "post_plain"  # post it without a counterpoint
    NEW_REBUTTAL = "new_rebuttal"  # leave it waiting for a rebuttal still to be written
    IGNORE = "ignore"  # do not post it; every candidate was wrong


@dataclass(frozen=True, slots=True)
class ReviewAction:
    """An admin's review button: the statement, the choice, the rebuttal (ATTACH only)."""

    statement_id: int
    choice: ReviewChoice
    rebuttal_id: str | None = None

    @property
    def data(self) -> str:
        """What the button carries."""
        return f"r|{self.statement_id}|{self.choice}|{self.rebuttal_id or ''}"


@dataclass(frozen=True, slots=True)
class VoteAction:
    """A reader's 👍 (+1) or 👎 (-1) on one counterpoint of a post."""

    statement_id: int
    rebuttal_id: str
    value: int

    @property
    def data(self) -> str:
        """What the button carries."""
        return f"v|{self.statement_id}|{self.rebuttal_id}|{self.value}"


@dataclass(frozen=True, slots=True)
class Button:
    """A button as both bots show it: its label and the data it carries."""

    label: str
    data: str


def _fields(data: str, kind: str) -> list[str]:
    parts = data.split("|", 3)
    if len(parts) != 4 or parts[0] != kind:
        raise UsageError(texts.BUTTON_EXPIRED)
    return parts[1:]


def parse_review(data: str) -> ReviewAction:
    """Parse a review button's data; raises UsageError when it is not one we made."""
    raw_id, raw_choice, rebuttal_id = _fields(data, "r")
    statement_id = number(raw_id)
    if statement_id is None or raw_choice not in set(ReviewChoice):
        raise UsageError(texts.BUTTON_EXPIRED)
    choice = ReviewChoice(raw_choice)
    if bool(rebuttal_id) != (choice == ReviewChoice.ATTACH):
        raise UsageError(texts.BUTTON_EXPIRED)  # only ATTACH names a rebuttal, and must
    return ReviewAction(statement_id, choice, rebuttal_id or None)


def parse_vote(data: str) -> VoteAction:
    """Parse a vote button's data; raises UsageError when it is not one we made."""
    raw_id, rebuttal_id, raw_value = _fields(data, "v")
    statement_id = number(raw_id)
    if statement_id is None or not rebuttal_id or raw_value not in ("1", "-1"):
        raise UsageError(texts.BUTTON_EXPIRED)
    return VoteAction(statement_id, rebuttal_id, int(raw_value))


def vote_buttons(post: Post) -> list[list[Button]]:
    """👍/👎 rows for the counterpoints shown under a post (numbered when several)."""
    rows = []
    shown = post.rebuttals[:MAX_VOTED]
    for n, rb in enumerate(shown, 1):
        if rb.status == RebuttalStatus.RETIRED:
            continue  # still shown, marked withdrawn (an edited post); no longer voted on
        tag = f"{n} " if len(post.rebuttals) > 1 else ""
        rows.append([Button(f"{tag}👍", VoteAction(post.statement.id, rb.id, 1).data),
                     Button(f"{tag}👎", VoteAction(post.statement.id, rb.id, -1).data)])
    return rows


def review_buttons(statement_id: int, candidates: Sequence[ScoredRebuttal],
                   language: str = "en") -> list[list[Button]]:
    """Review rows: each top candidate, then post without counterpoint, write new, ignore."""
    labels = texts.REVIEW_BUTTONS.get(language, texts.REVIEW_BUTTONS["en"])

    def button(choice: ReviewChoice) -> Button:
        return Button(labels[choice], ReviewAction(statement_id, choice).data)

    rows = [[Button(f"✅ {c.rebuttal_id[:40]} ({c.score:.2f})",
                    ReviewAction(statement_id, ReviewChoice.ATTACH, c.rebuttal_id).data)]
            for c in candidates[:MAX_CANDIDATES]]
    rows.append([button(ReviewChoice.POST_PLAIN)])
    rows.append([button(ReviewChoice.NEW_REBUTTAL), button(ReviewChoice.IGNORE)])
    return rows


async def review(db: Database, data: str, *, actor: str) -> str:
    """Apply an admin's review button; returns the one-line outcome.

    A button naming a rebuttal that no longer exists is stale: UsageError.
    """
    action = parse_review(data)
    try:
        return await service.apply_review(db, action.statement_id, action.choice.value,
                                          actor=actor, rebuttal_id=action.rebuttal_id)
    except ValueError:  # the candidate was deleted since the button was drawn
        raise UsageError(texts.BUTTON_EXPIRED) from None


async def vote(db: Database, settings: Settings, data: str, *, platform: str,
               user_id: str) -> tuple[int, int]:
    """Record a reader's vote button (a second press replaces the first); returns (up, down).

    The vote must name a counterpoint the post shows: the data comes from the
    client and could name any rebuttal.
    """
    action = parse_vote(data)
    try:
        shown = await service.post_rebuttal_ids(db, action.statement_id,
                                                settings.posting.max_counterpoints)
    except NotFound:
        raise UsageError(texts.BUTTON_EXPIRED) from None
    if action.rebuttal_id not in shown[:MAX_VOTED]:
        raise UsageError(texts.BUTTON_EXPIRED)
    try:
        return await service.record_vote(db, action.statement_id, action.rebuttal_id, platform,
                                         user_id, action.value)
    except ValueError:  # the statement or rebuttal was deleted meanwhile
        raise UsageError(texts.BUTTON_EXPIRED) from None
