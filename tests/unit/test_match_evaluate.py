"""The matcher's evaluation protocols: no figure is computed on what chose it."""

from __future__ import annotations

import numpy as np
import pytest

from tracker.match import evaluate as ev
from tracker.match.classifier import load_model
from tracker.match.derive import DERIVED
from tracker.match.embedder import HashingEmbedder
from tracker.match.train import load_rebuttals, load_statements


@pytest.fixture(scope="module")
def part() -> ev.Part:
    statements = load_statements()
    return ev.Part("labelled", load_rebuttals(), statements,
                   ev.Index(HashingEmbedder(), statements))


def _ex(labels: list[str], cands: list[str], taught: list[bool] | None = None,
        text: str = "China will out-produce America in every industry that matters.",
        ) -> ev.Example:
    return ev.Example(text, frozenset(labels), cands, np.zeros((len(cands), 1)),
                      taught or [True] * len(cands))


def test_leave_out_folds_hold_out_whole_rebuttals(part: ev.Part) -> None:
    splits = ev.leave_out_split(part.statements, part.ids)
    held_all = [h for _, _, held in splits for h in held]
    assert sorted(held_all) == sorted(part.ids)  # each rebuttal held out exactly once
    none_tested = []
    for train, test, held in splits:
        assert not set(train) & set(test)
        for i in train:  # no training statement is answered by a held-out rebuttal
            assert not set(part.statements[i]["labels"]) & held
        for i in test:
            labels = set(part.statements[i]["labels"])
            assert labels & held or not labels
            none_tested += [i] if not labels else []
    no_answer = [i for i, s in enumerate(part.statements) if not s["labels"]]
    assert sorted(none_tested) == no_answer  # each no-answer statement tested once


def test_a_held_out_rebuttal_keeps_only_what_an_admin_types(part: ev.Part) -> None:
    held = frozenset(part.ids[:2])
    statements = [i for i, s in enumerate(part.statements) if set(s["labels"]) & held][:3]
    examples = part.examples(held, statements)
    for e in examples:
        for rid, taught in zip(e.cand_ids, e.taught, strict=True):
            assert taught == (rid not in held)
    r = ev.stripped(part.rebuttals[0])
    assert r.claim_en == part.rebuttals[0].claim_en and r.counterpoints
    assert r.phrasings and all(p.origin == DERIVED for p in r.phrasings)


def test_thresholds_are_the_lowest_meeting_the_targets_on_the_given_predictions() -> None:
    # 60 right posts between 0.90 and 0.99, one wrong at 0.95, no-answer ones below 0.5.
    examples = [_ex(["a"], ["a", "b"]) for _ in range(60)] + [_ex(["a"], ["a", "b"])]
    probs = [np.array([0.90 + 0.0015 * k, 0.01]) for k in range(60)] + [np.array([0.01, 0.95])]
    examples += [_ex([], ["a", "b"]) for _ in range(40)]
    probs += [np.array([0.2 + 0.005 * k, 0.01]) for k in range(40)]
    th = ev.choose_thresholds(examples, probs)
    m = ev.metrics(examples, probs, [th] * len(examples))
    assert m["wrong_share"] == pytest.approx(1 / 61)  # 1 of 61 posts: within 2%
    assert th.auto == pytest.approx(0.90)
    # One more wrong post at the top breaks the 2% target at every threshold below it.
    examples.append(_ex(["a"], ["a", "b"]))
    probs.append(np.array([0.01, 0.999]))
    assert ev.choose_thresholds(examples, probs).auto > 0.98


def test_the_decision_counts_runner_ups_short_statements_and_new_rebuttals() -> None:
    th = ev.Thresholds(0.8, 0.1)
    runner_up_wrong = _ex(["a"], ["a", "b"])
    m = ev.metrics([runner_up_wrong], [np.array([0.95, 0.93])], [th])
    assert (m["posts"], m["wrong_posts"]) == (1, 1)  # "b" is shown beside "a" and is wrong
    assert ev.decide(_ex(["a"], ["a"], text="China wins."), np.array([0.99]), th,
                     shipped=False) == []
    new = _ex(["a"], ["a"], taught=[False])
    assert ev.decide(new, np.array([0.99]), th, shipped=False) == ["a"]
    assert ev.decide(new, np.array([0.99]), th, shipped=True) == []
    m = ev.metrics([new], [np.array([0.99])], [th], shipped=True)
    assert (m["posts"], m["review_answerable"]) == (0, 1.0)


def test_protocol_one_thresholds_come_from_the_other_folds_only(part: ev.Part) -> None:
    scored = ev.by_statement(part)
    examples = part.examples(frozenset(), range(len(part.statements)))
    first = ev.statement_folds(len(examples))[0]
    held = set(first)
    expected = ev.train([e for i, e in enumerate(examples) if i not in held]).thresholds
    n = len(first)
    assert [e.text for e in scored.examples[:n]] == [examples[i].text for i in first]
    assert set(scored.thresholds[:n]) == {expected}
    assert len(scored.examples) == len(part.statements)


def test_protocol_two_scores_every_statement_against_untaught_rebuttals(part: ev.Part) -> None:
    scored = ev.leave_rebuttals_out(part)
    answerable = [e for e in scored.examples if e.answerable]
    assert len(answerable) == sum(bool(s["labels"]) for s in part.statements)
    for e in answerable:  # the right rebuttal is never a taught one here
        for rid, taught in zip(e.cand_ids, e.taught, strict=True):
            if rid in e.labels:
                assert not taught


def test_a_set_streamed_through_review_is_taught_by_the_review_choices() -> None:
    from tracker.model import Counterpoint, Rebuttal, RebuttalStatus

    reb = Rebuttal("grid", "China's power grid is three times the size of America's.",
                   "中国电网的规模是美国的三倍。", (Counterpoint("Context.", "背景。", ()),),
                   status=RebuttalStatus.PUBLISHED)
    same = "China's power grid is three times the size of America's, Musk said on stage."
    statements = [{"id": f"x{i}", "text": same, "lang": "en", "labels": ["grid"]}
                  for i in range(6)]
    statements.append({"id": "n1", "text": "Rockets land on barges in the Atlantic now.",
                       "lang": "en", "labels": []})
    part = ev.Part("tiny", [ev.stripped(reb)], statements,
                   ev.Index(HashingEmbedder(), statements))
    model = load_model().with_thresholds(0.5, 0.05)
    m = ev.through_review(part, model, None, seed=3)
    # The first statement of the new rebuttal can only be reviewed; its review choice
    # teaches the rebuttal, and the same statement arriving again is then posted.
    assert m["reviews"] * len(statements) >= 2
    assert m["posts"] >= 1 and m["wrong_posts"] == 0
    strict = ev.through_review(part, model, None, seed=3, min_taught=99)
    assert strict["posts"] == 0 and strict["reviews"] == 1.0
