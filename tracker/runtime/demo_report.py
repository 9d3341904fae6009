"""What ``tracker demo`` shows a newcomer: a legend, every post and review in a stable order
with its decision against the thresholds, and the repeats that became added sources.

The demo's cycle delivers through a :class:`Recorder` (a Notifier that keeps what it is
given), so the output does not depend on which chat the worker served first; then
:func:`replay` hands each post and review to the real notifier in order (posts, then
reviews; each by article and position in it) and says why it went where it did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.config import Settings
from tracker.model import Decision, Destination, Post, ScoredRebuttal, Statement
from tracker.ports import Notifier
from tracker.storage import matching_repo, repeats_repo
from tracker.storage.db import Database
from tracker.usecases.match import cached_matcher

LEGEND = """\
What the demo shows (posts go to [stdout], the channel; reviews to [review], the admins' chat):
  post     a statement one rebuttal answers with confidence: sent with its counterpoints
  review   a statement the matcher is unsure about (or none answers): the admins decide
  repeat   the same claim reported again (another outlet, the other language, a headline
           restating the article's quote): never posted twice, added to the first as a source
  decision the best rebuttal's score (0-1) against the thresholds: at least {suggest} is a
           candidate, below that no rebuttal answers it; a candidate is posted
           {post_rule};
           otherwise it goes to review"""


@dataclass(frozen=True, slots=True)
class Delivered:
    """One post or review the cycle sent: what the notifier was given."""

    kind: str  # "post" | "review"
    destination: Destination
    statement: Statement
    post: Post | None = None
    candidates: tuple[ScoredRebuttal, ...] = ()
    reason: str = ""


class Recorder:
    """A Notifier that keeps posts and reviews (to replay in order) and prints nothing."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.sent: list[Delivered] = []
        self.alerts: list[str] = []

    async def send_post(self, destination: Destination, post: Post) -> str:
        self.sent.append(Delivered("post", destination, post.statement, post=post))
        return str(len(self.sent))

    async def send_review(self, destination: Destination, statement: Statement,
                          candidates: Sequence[ScoredRebuttal], reason: str) -> str:
        self.sent.append(Delivered("review", destination, statement,
                                   candidates=tuple(candidates), reason=reason))
        return str(len(self.sent))

    async def send_alert(self, destination: Destination, text: str) -> str:
        self.alerts.append(text)
        return str(len(self.alerts))

    async def edit_post(self, destination: Destination, message_id: str, post: Post) -> str:
        return message_id  # one cycle sends each post once, with its sources as they are


def in_order(sent: Sequence[Delivered]) -> list[Delivered]:
    """Posts, then reviews; each by article (its URL) and position in it."""
    return sorted(sent, key=lambda d: (d.kind != "post", d.statement.source_url,
                                       d.statement.start, d.statement.text))


def digits(*thresholds: float) -> int:
    """Decimals enough to write the thresholds as set (2 to 4): 0.73 → 2, 0.9987 → 4."""
    return max([2] + [next((d for d in (2, 3) if abs(round(t, d) - t) < 1e-9), 4)
                      for t in thresholds])


def explain(decision: Decision | None, top: ScoredRebuttal | None, auto: float, suggest: float,
            on_unmatched: str, judge_bar: float | None = None) -> str:
    """One line: the decision, the best rebuttal's score against the thresholds, the outcome.

    Scores and thresholds are written with as many decimals as the thresholds need, so a
    score just under a threshold of 0.9987 does not read as "1.00: below 1.00". With a
    pair judge (``judge_bar``), the judge's probability decides what is posted.
    """
    if top is None:
        return f"decision: none · no rebuttal came close → {on_unmatched} (the watch's choice)"
    d = digits(auto, suggest)
    a, s = f"{auto:.{d}f}", f"{suggest:.{d}f}"
    score = f"{top.rebuttal_id} scored {top.score:.{d}f}"
    by_score = decision == Decision.MATCH and top.score >= auto
    if judge_bar is not None and decision in (Decision.MATCH, Decision.SUGGEST) and not (
            by_score and (top.judge is None or top.judge < judge_bar)):
        return _explain_judged(decision, top, suggest, judge_bar)
    if decision == Decision.MATCH and judge_bar is not None:
        return (f"decision: match · {score} ≥ {a}, the classifier's threshold to post a "
                "rebuttal people have phrased → posted")
    if decision == Decision.MATCH:
        return f"decision: match · {score} ≥ {a}, the threshold to post → posted"
    if decision == Decision.SUGGEST and top.score >= auto:
        return (f"decision: suggest · {score} ≥ {a}, but a short statement (or one "
                "like a statement an admin turned down) is never posted unreviewed → review")
    if decision == Decision.SUGGEST:
        return f"decision: suggest · {score}: below {a} to post, at least {s} → review"
    return (f"decision: none · the best, {score}, is below {s} → {on_unmatched} "
            "(the watch's choice for statements no rebuttal answers)")


def _explain_judged(decision: Decision, top: ScoredRebuttal, suggest: float,
                    bar: float) -> str:
    score = f"{top.rebuttal_id} scored {top.score:.3f}"
    if top.judge is None:
        return (f"decision: suggest · {score} (at least {suggest:.3f}); the pair judge did not "
                "look at it (a short statement, or one like a statement an admin turned down) "
                "→ review")
    judged = f"the pair judge gives {top.judge:.3f} that it makes the claim"
    if decision == Decision.MATCH:
        return f"decision: match · {score}; {judged}, ≥ {bar:.3f} → posted"
    if top.judge >= bar:
        return (f"decision: suggest · {score}; {judged}, ≥ {bar:.3f}, but a rebuttal no person "
                "has phrased yet waits for review (matching.auto_post_new_rebuttals) → review")
    return f"decision: suggest · {score}; {judged}, below {bar:.3f} to post → review"


async def replay(db: Database, settings: Settings, recorder: Recorder, notifier: Notifier,
                 echo: Callable[[str], None]) -> None:
    """Print the legend, then each post and review in order with its decision, then repeats."""
    matcher = await cached_matcher(db, settings)
    model = matcher.model
    auto, suggest = model.auto_threshold, model.suggest_threshold
    bar = matcher.judge.threshold if matcher.judge is not None else None
    unmatched = {w.name: w.on_unmatched for w in settings.watch_list()}
    d = digits(auto, suggest)
    rule = (f"when the pair judge gives at least {bar:.3f} that it makes the rebuttal's\n"
            f"           claim (or, for a rebuttal people have phrased, at a score of at least "
            f"{auto:.{d}f})" if bar is not None else f"at a score of at least {auto:.{d}f}")
    echo(LEGEND.format(suggest=f"{suggest:.{d}f}", post_rule=rule))
    shown: dict[int, str] = {}  # statement id -> "post #3": as the notifier numbered it
    for item in in_order(recorder.sent):
        async with db.session() as session:
            candidates = await matching_repo.candidates(session, item.statement.id)
        if item.post is not None:
            number = await notifier.send_post(item.destination, item.post)
        else:
            number = await notifier.send_review(item.destination, item.statement,
                                               item.candidates, item.reason)
        shown[item.statement.id] = f"{item.kind} #{number}"
        echo("  → " + explain(item.statement.decision, next(iter(candidates), None), auto,
                              suggest, unmatched.get(item.statement.watch, "review"), bar))
    echo("\n".join(["Repeats (each counted once, as a source):",
                    *await repeats(db, recorder.sent, shown)]))


async def repeats(db: Database, sent: Sequence[Delivered], shown: dict[int, str]) -> list[str]:
    """One line per repeat: a report added to a post or review as a further source, and a
    statement grouped into one (a headline restating its article's quote adds no source)."""
    lines = []
    for item in in_order(sent):
        st = item.statement
        for url in dict.fromkeys(s.url for s in st.sources if s.url != st.source_url):
            lines.append(f"  the same quote at {url} → a source of {shown[st.id]}")
    items = {item.statement.id: item.statement.item_id for item in sent}
    async with db.session() as session:
        grouped = await repeats_repo.grouped_reports(session)
    for st, carriers in grouped:
        target = next((c for c in carriers if c in shown), None)
        if target is None:
            continue
        how = (": the same article's headline" if items[target] == st.item_id
               else " as a further source")
        lines.append(f'  "{st.text[:70]}" ({st.source_url}) → grouped into {shown[target]}{how}')
    return lines or ["  none in this run"]
