"""Figures of a matcher's decisions over labelled statements, and the choice of thresholds.

The product metric comes first: of all automatic posts, the share whose counterpoint
is wrong (a wrong rebuttal, or no rebuttal answers the statement at all); next to it,
the share of answerable statements posted automatically with a right counterpoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from tracker.match.lexical import is_short
from tracker.match.matcher import runner_up_bar

TARGET_WRONG_SHARE = 0.015  # of automatic posts; the target is 0.02, chosen with a margin
TARGET_FALSE_ALERTS = 0.015  # of no-answer statements; likewise
MIN_POSTS = 25  # below this many posts a single wrong one already breaks the share
SUGGEST_RECALL = 0.97  # of right top candidates, sent at least to review


class Scored(Protocol):
    """A labelled statement with its candidates (tracker.match.train.Example)."""

    text: str
    labels: frozenset[str]
    cand_ids: list[str]


def _as_list(value: float | Sequence[float], n: int) -> list[float]:
    return [float(value)] * n if isinstance(value, (int, float)) else [float(v) for v in value]


def metrics(examples: Sequence[Scored], probs: Sequence[np.ndarray],
            auto: float | Sequence[float], sug: float | Sequence[float]) -> dict[str, Any]:
    """Ranking and decision figures; thresholds may differ per statement (nested CV)."""
    autos, sugs = _as_list(auto, len(examples)), _as_list(sug, len(examples))
    ap: list[float] = []
    r1: list[bool] = []
    r3: list[bool] = []
    counts = dict(posts=0, wrong_posts=0, correct=0, false_alerts=0, review_ans=0,
                  review_none=0)
    for e, p, a, s in zip(examples, probs, autos, sugs, strict=True):
        order = np.argsort(-p, kind="stable")[:5]
        ranked = [e.cand_ids[j] for j in order]
        top_p = float(p.max()) if len(p) else 0.0
        posted = top_p >= a and not is_short(e.text)
        # A post carries the top candidate and the runner-ups (up to 3 in all) that pass
        # their own bar; one wrong counterpoint among them makes it wrong.
        shown = [e.cand_ids[j] for k, j in enumerate(order[:3])
                 if float(p[j]) >= (a if k == 0 else runner_up_bar(a))]
        right = bool(ranked) and all(r in e.labels for r in shown)
        counts["posts"] += posted
        counts["wrong_posts"] += posted and not right
        if not e.labels:
            counts["false_alerts"] += posted
            counts["review_none"] += (not posted) and top_p >= s
            continue
        counts["correct"] += posted and right
        counts["review_ans"] += (not posted) and top_p >= s
        hits = [r in e.labels for r in ranked]
        precs = [sum(hits[: k + 1]) / (k + 1) for k, h in enumerate(hits) if h]
        ap.append(sum(precs) / min(len(e.labels), 5))
        r1.append(any(hits[:1]))
        r3.append(any(hits[:3]))
    n_none = sum(not e.labels for e in examples)
    n_ans = len(examples) - n_none
    return {
        "statements": len(examples),
        "answerable": n_ans,
        "no_answer": n_none,
        "automatic_posts": counts["posts"],
        "wrong_posts": counts["wrong_posts"],
        "wrong_share_of_posts": counts["wrong_posts"] / max(counts["posts"], 1),
        "correct_auto": counts["correct"] / max(n_ans, 1),
        "false_alerts": counts["false_alerts"] / max(n_none, 1),
        "map5": float(np.mean(ap)) if ap else 0.0,
        "recall1": float(np.mean(r1)) if r1 else 0.0,
        "recall3": float(np.mean(r3)) if r3 else 0.0,
        "suggested_answerable": counts["review_ans"] / max(n_ans, 1),
        "suggested_no_answer": counts["review_none"] / max(n_none, 1),
        "auto_threshold": float(np.mean(autos)) if autos else 0.0,
        "auto_threshold_range": [min(autos, default=0.0), max(autos, default=0.0)],
        "suggest_threshold": float(np.mean(sugs)) if sugs else 0.0,
    }


def _holds(m: dict[str, Any]) -> bool:
    wrong_ok = (m["wrong_share_of_posts"] <= TARGET_WRONG_SHARE
                or m["automatic_posts"] < MIN_POSTS and m["wrong_posts"] == 0)
    return bool(wrong_ok and m["false_alerts"] <= TARGET_FALSE_ALERTS)


def calibrate(examples: Sequence[Scored], probs: Sequence[np.ndarray]) -> tuple[float, float]:
    """The automatic threshold that posts the most while the precision targets hold.

    Precision comes first: among the thresholds at which wrong counterpoints stay
    within their share of automatic posts and false alerts within theirs (on
    out-of-fold predictions), the lowest, which posts the most. The suggestion
    threshold still sends 97% of the right top candidates to review.
    """
    tops = sorted({round(float(p.max()), 4) for p in probs if len(p)} | {1.0})
    auto = next((t for t in tops if _holds(metrics(examples, probs, t, 0.0))), 1.0)
    right = sorted(
        float(p.max()) for e, p in zip(examples, probs, strict=True)
        if len(p) and e.cand_ids[int(np.argmax(p))] in e.labels
    )
    sug = right[int((1 - SUGGEST_RECALL) * len(right))] if right else 0.5
    return auto, float(min(max(sug, 0.05), auto))
