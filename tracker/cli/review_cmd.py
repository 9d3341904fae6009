"""`tracker review list|show|decide`: the review queue from the command line.

The same actions and records as the review chat's buttons: ``attach REBUTTAL_ID``
(post with that counterpoint), ``post_plain``, ``new_rebuttal`` (leave it for a
rebuttal still to be written), ``ignore``; the decision is recorded as ``cli:<user>``.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from tracker.cli.output import echo, run_async
from tracker.cli.parser import command, group, int_range
from tracker.runtime.bootstrap import App

if TYPE_CHECKING:
    from tracker.cli.parser import Commands
    from tracker.storage.db import Database
    from tracker.usecases.review import ReviewItem

T = TypeVar("T")
ACTIONS = ("attach", "post_plain", "new_rebuttal", "ignore")  # posting.policy.REVIEW_ACTIONS


def _with_db(app: App, work: Callable[[Database], Awaitable[T]]) -> T:
    async def run() -> T:
        async with app.database() as db:
            return await work(db)

    return run_async(run())


def _one_line(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _candidates(item: ReviewItem) -> str:
    return ", ".join(f"{c.rebuttal_id} ({c.score:.2f})" for c in item.candidates) or "none"


def list_(app: App, args: argparse.Namespace) -> int:
    """The statements waiting for review, oldest first: id, language, text, candidates."""
    from tracker.usecases import review

    items = _with_db(app, lambda db: review.pending(db, args.limit))
    for item in items:
        st = item.statement
        echo(f"{st.id}\t{st.language}\t{_one_line(st.text, 80)}\tcandidates: {_candidates(item)}")
    if not items:
        echo("nothing waits for review")
    return 0


def show(app: App, args: argparse.Namespace) -> int:
    """One statement: its text, status, sources and the candidate rebuttals."""
    from tracker.usecases import review

    item = _with_db(app, lambda db: review.show(db, args.id))
    st = item.statement
    published = st.published_at.isoformat(timespec="minutes") if st.published_at else "unknown"
    echo(f"statement {st.id} ({st.status.value}, {st.language}, {st.speaker}, {published})")
    echo(f"  {_one_line(st.text, 400)}")
    for source in st.sources or ():
        echo(f"  source: {source.url}")
    if not st.sources and st.source_url:
        echo(f"  source: {st.source_url}")
    for rank, c in enumerate(item.candidates, 1):
        echo(f"  {rank}. {c.rebuttal_id} ({c.score:.2f})")
    echo(f"decide: tracker review decide {st.id} attach REBUTTAL_ID | post_plain | "
         "new_rebuttal | ignore")
    return 0


def decide(app: App, args: argparse.Namespace) -> int:
    """Apply a review decision, as the review chat's buttons do."""
    from tracker.usecases import review

    actor = f"cli:{getpass.getuser()}"
    outcome = _with_db(app, lambda db: review.decide(db, args.id, args.action, actor=actor,
                                                     rebuttal_id=args.rebuttal))
    echo(outcome)
    return 0


def register(commands: Commands) -> None:
    """Add the `review` group."""
    review = group(commands, "review", "the review queue: statements the matcher was unsure of")
    parser = command(review, "list", list_, "what waits for review")
    parser.add_argument("--limit", type=int_range(1, 10_000), default=100,
                        help="at most this many (default 100)")
    parser = command(review, "show", show, "one statement with its candidates")
    parser.add_argument("id", metavar="ID", type=int_range(1, 2**62))
    parser = command(review, "decide", decide, "post, attach, ignore or leave for a new rebuttal")
    parser.add_argument("id", metavar="ID", type=int_range(1, 2**62))
    parser.add_argument("action", choices=ACTIONS)
    parser.add_argument("rebuttal", nargs="?", metavar="REBUTTAL_ID",
                        help="attach: the rebuttal whose counterpoint answers it")
