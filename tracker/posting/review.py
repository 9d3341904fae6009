"""Why a statement waits for review: the "Why" line of the review message.

Read from what the matcher stored for the statement (its decision, the closest rebuttal's
score and the pair judge's probability) and the judge's bar, in the review chat's language:
an admin sees whether nothing came close, the judge was unsure, or the stance gate held a
statement back that seems to contradict the claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.model import Decision, ScoredRebuttal, Statement

# Why a statement waits for review: the "Why" line of a review message (both bots and the
# console), from what the matcher stored, in the review chat's language.
REVIEW_REASONS: dict[str, dict[str, str]] = {
    "en": {
        "none": "No rebuttal came close.",
        "score": "Closest: {rid} ({score:.2f}), not sure enough to post.",
        "unjudged": "Closest: {rid} ({score:.2f}); short, or like a statement an admin turned "
                    "down: always reviewed.",
        "held": "Closest: {rid}; the statement seems to contradict its claim (untrue, reversed, "
                "or another scope or degree).",
        "unsure": "Closest: {rid}; the judge gives {judge:.2f} that it makes the claim (posts "
                  "from {bar:.2f}).",
        "new": "Closest: {rid}; the judge is sure ({judge:.2f}), but a rebuttal nobody has "
               "phrased waits for review.",
    },
    "zh": {
        "none": "没有足够接近的反驳。",
        "score": "最接近：{rid}（{score:.2f}），不足以自动发布。",
        "unjudged": "最接近：{rid}（{score:.2f}）；言论过短，或与管理员驳回过的言论相似：一律审核。",
        "held": "最接近：{rid}；这条言论似乎与其主张相左（称其不实、比较方向相反，或范围、程度不同）。",
        "unsure": "最接近：{rid}；判断模型认为它提出同一主张的概率为 {judge:.2f}（{bar:.2f} 起自动发布）。",
        "new": "最接近：{rid}；判断模型有把握（{judge:.2f}），但尚无人撰写措辞的新反驳需先审核。",
    },
}


def review_reason(kind: str, language: str = "en", **values: object) -> str:
    """A reason in ``language`` (English for anything else): ``kind`` is a key of
    REVIEW_REASONS; ``values`` fill it (rid, score, judge, bar)."""
    return REVIEW_REASONS.get(language, REVIEW_REASONS["en"])[kind].format(**values)


def why_reviewed(statement: Statement, candidates: Sequence[ScoredRebuttal], bar: float | None,
                 language: str, held_at: float) -> str:
    """The closest rebuttal (the first candidate) and what the matcher said of it. ``bar``
    is the pair judge's (None without a judge); ``held_at`` the value the stance gate caps a
    judgement at (a statement that calls the claim untrue, compares the other way round or
    says another end of a scale): the judge's raw probabilities are never exactly that."""
    top = candidates[0] if candidates else None
    if top is None or statement.decision not in (Decision.SUGGEST, Decision.MATCH):
        return review_reason("none", language)
    values = {"rid": top.rebuttal_id, "score": top.score, "judge": top.judge, "bar": bar}
    if bar is None:
        return review_reason("score", language, **values)
    if top.judge is None:
        return review_reason("unjudged", language, **values)
    if top.judge == held_at:
        return review_reason("held", language, **values)
    if top.judge >= bar:
        return review_reason("new", language, **values)
    return review_reason("unsure", language, **values)
