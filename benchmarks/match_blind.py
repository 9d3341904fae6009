"""Protocol 3 of the matcher benchmark: a blind set, measured as written.

``python -m benchmarks.match_blind [DIR]`` (default tests/data/match/blind_a). The set's
rebuttals (claim and counterpoints only, no phrasings: what an admin types in) are the
whole database; every statement is matched with the shipped model and thresholds.
The product metric comes first: of all automatic posts, the share whose counterpoint
does not answer the statement.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tracker.match.classifier import load_model
from tracker.match.embedder import UseM3Embedder
from tracker.match.matcher import Matcher
from tracker.model import Decision, RebuttalStatus
from tracker.rebuttals import loads

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "match" / "blind_a"


def load_set(folder: Path) -> tuple[list, list[dict]]:  # type: ignore[type-arg]
    """The blind set's rebuttals (published) and statements."""
    rebuttals = [r for r in loads((folder / "rebuttals.yaml").read_text(encoding="utf-8"))
                 if r.status == RebuttalStatus.PUBLISHED]
    statements = [json.loads(line) for line in
                  (folder / "statements.jsonl").read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return rebuttals, statements


def evaluate(matcher: Matcher, statements: list[dict]) -> dict[str, float]:  # type: ignore[type-arg]
    """Ranking and decision figures of one matcher over labelled statements."""
    posts = wrong_posts = correct = false_alerts = 0
    answerable = [s for s in statements if s["labels"]]
    none = [s for s in statements if not s["labels"]]
    ap = r1 = r3 = 0.0
    suggested_ans = suggested_none = 0
    for s in statements:
        result = matcher.match(s["text"])
        ids = [m.rebuttal_id for m in result.matches]
        gold = set(s["labels"])
        if result.decision == Decision.MATCH:
            posts += 1
            right = ids[0] in gold
            wrong_posts += not right
            correct += right
            false_alerts += not gold
        elif result.decision == Decision.SUGGEST:
            if gold:
                suggested_ans += 1
            else:
                suggested_none += 1
        if gold:
            hits, precisions = 0, []
            for k, rid in enumerate(ids[:5], 1):
                if rid in gold:
                    hits += 1
                    precisions.append(hits / k)
            ap += sum(precisions) / min(len(gold), 5)
            r1 += bool(set(ids[:1]) & gold)
            r3 += bool(set(ids[:3]) & gold)
    n_ans = max(1, len(answerable))
    return {
        "statements": len(statements), "answerable": len(answerable), "no_answer": len(none),
        "automatic_posts": posts, "wrong_share_of_posts": wrong_posts / max(1, posts),
        "correct_auto": correct / n_ans, "false_alerts": false_alerts / max(1, len(none)),
        "map5": ap / n_ans, "recall1": r1 / n_ans, "recall3": r3 / n_ans,
        "suggested_answerable": suggested_ans / n_ans,
        "suggested_no_answer": suggested_none / max(1, len(none)),
    }


def report(name: str, m: dict[str, float]) -> None:
    """Print one protocol's figures, the product metric first."""
    print(f"== {name}: {m['statements']} statements ({m['answerable']} answerable, "
          f"{m['no_answer']} with no answer)")
    print(f"wrong counterpoint, share of automatic posts  {m['wrong_share_of_posts']:.3f}"
          f"   ({m['automatic_posts']} posts; target <= 0.02)")
    print(f"correct automatic posts (of answerable)       {m['correct_auto']:.3f}   (target >= 0.75)")
    print(f"false alerts (of no-answer)                   {m['false_alerts']:.3f}   (target <= 0.02)")
    print(f"MAP@5 {m['map5']:.3f} (target >= 0.95)  Recall@1 {m['recall1']:.3f}  "
          f"Recall@3 {m['recall3']:.3f}")
    print(f"sent to review: {m['suggested_answerable']:.3f} of answerable, "
          f"{m['suggested_no_answer']:.3f} of no-answer statements")


def main() -> None:
    """Measure the blind set in DIR with the shipped model."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rebuttals, statements = load_set(folder)
    embedder = UseM3Embedder()
    model = load_model(embedder=embedder.name)
    # Every rebuttal of a blind set is new (no person has phrased it): the product sends
    # their matches to review; the second run is `matching.auto_post_new_rebuttals = true`.
    for auto_new, how in ((False, "as shipped: new rebuttals go to review"),
                          (True, "auto_post_new_rebuttals = true")):
        matcher = Matcher(rebuttals, embedder, model, auto_untaught=auto_new)
        report(f"blind set {folder.name} ({len(rebuttals)} rebuttals, shipped model, {how})",
               evaluate(matcher, statements))


if __name__ == "__main__":
    main()
