"""The offline demo: its local server, the whole cycle, and what a newcomer reads."""

from __future__ import annotations

import asyncio
import io
import re
from dataclasses import dataclass
from datetime import timedelta

import aiohttp
import feedparser
import pytest

from adapters.console import RULE, ConsoleNotifier
from tests.fakes.notifier import seed_rebuttal, seed_statement
from tracker.config import Settings
from tracker.model import Decision, Destination, ScoredRebuttal, utcnow
from tracker.runtime import demo
from tracker.runtime.demo_report import Delivered, explain, repeats
from tracker.storage import statements_repo
from tracker.storage.db import Database
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_statements import StatementRow
from tracker.usecases import destinations
from tracker.usecases import queue as posting


async def test_demo_server_serves_fresh_feeds_and_a_speaker_labelled_transcript() -> None:
    server = await demo.start_server()
    try:
        async with aiohttp.ClientSession() as http:
            bodies = {}
            for path in demo.FILES:
                async with http.get(server.base + path) as resp:
                    assert resp.status == 200
                    bodies[path] = await resp.text()
    finally:
        await server.runner.cleanup()
    entries = 0
    for path, _, _, _ in demo.FEEDS:
        parsed = feedparser.parse(bodies[path])
        assert parsed.version and parsed.entries
        entries += len(parsed.entries)
        for e in parsed.entries:
            published = utcnow().replace(microsecond=0) - timedelta(minutes=5)
            assert e.published_parsed[:3] >= published.timetuple()[:3]
            assert e.link.startswith(server.base)
    assert entries == 8
    assert "<v Elon Musk>" in bodies["/podcast/42.vtt"]
    assert f"{server.base}/podcast/42.vtt" in bodies["/podcast.xml"]
    assert "China basically does whatever I suggest" in bodies["/news-en.xml"]


def stage_counts(summary: str) -> dict[str, dict[str, int]]:
    """The counts of each stage in a cycle's summary line ("match: matched 2, none 1; ...")."""
    stages: dict[str, dict[str, int]] = {}
    for part in summary.split("; ")[1:]:
        name, _, detail = part.partition(": ")
        pairs = (item.rsplit(" ", 1) for item in detail.split(", "))
        stages[name] = {key: int(value) for key, value in pairs}
    return stages


@dataclass(frozen=True)
class DemoRun:
    summary: str
    output: str  # the console's posts and reviews and the demo's lines, as a terminal shows

    @property
    def blocks(self) -> list[str]:
        """Each post or review the console printed, with the decision line after it."""
        return self.output.split(RULE + "\n")[1:]


def run_demo() -> DemoRun:
    out = io.StringIO()
    summary = asyncio.run(demo.run_demo(ConsoleNotifier(out),
                                        echo=lambda line: out.write(line + "\n")))
    return DemoRun(summary, out.getvalue())


@pytest.fixture(scope="module")
def first() -> DemoRun:
    """One demo run shared by the tests that read its output (a run takes seconds)."""
    return run_demo()


def test_demo_runs_a_cycle_and_reports_every_stage(first: DemoRun) -> None:
    assert first.summary.startswith("polled 4 feeds (0 failed, 0 not modified), 8 new items; ")
    assert "FAILED" not in first.summary
    stages = stage_counts(first.summary)
    assert list(stages) == ["extract", "match", "queue", "deliver"]
    extract, match, queue = stages["extract"], stages["match"], stages["queue"]
    assert extract["items"] == 8 and extract["statements_new"] > 0
    # The business daily's quote is the tech wire's: one statement with two sources.
    assert extract["statements_grouped"] == 1
    # Every new statement is decided (or grouped into another), every post and review
    # queued is delivered once and printed once.
    assert match["matched"] + match["grouped"] == extract["statements_new"]
    assert match["matched"] == match["match"] + match["suggest"] + match["none"]
    assert stages["deliver"] == {"sent": queue.get("post", 0) + queue.get("review", 0)}
    kinds = [re.match(r"\[\w+\] (post|review) #", b).group(1)  # type: ignore[union-attr]
             for b in first.blocks]
    assert (kinds.count("post"), kinds.count("review")) == (queue.get("post", 0),
                                                            queue.get("review", 0))
    assert first.output.rstrip().endswith(f"demo: {first.summary}")
    # Items that do not quote him on the topic are not shown at all.
    assert "Starship" not in first.output and "bike" not in first.output


def test_the_output_opens_with_a_legend_of_posts_reviews_and_repeats(first: DemoRun) -> None:
    legend = first.output.split(RULE)[0]
    for term in ("post ", "review ", "repeat ", "decision "):
        assert f"\n  {term}" in legend
    assert re.search(r"at least \d\.\d{2,4} is a\s+candidate", legend)
    words = (r"posted when the pair judge gives at least \d\.\d{3} that it makes the "
             r"rebuttal's claim \(or, for a rebuttal people have phrased, at a score "
             r"of at least \d\.\d{2,4}\); otherwise it goes to review")
    assert re.search(words.replace(" ", r"\s+"), legend)


def test_each_post_and_review_says_its_decision_and_score_against_the_threshold(
        first: DemoRun) -> None:
    assert first.blocks
    for block in first.blocks:
        [why] = [line for line in block.splitlines() if line.startswith("  → decision: ")]
        assert (re.search(r"scored \d\.\d{2,4}(:| ≥ | is below|; the pair judge gives "
                          r"\d\.\d{3} that it makes the claim, (≥|below) \d\.\d{3})", why)
                or "no rebuttal came" in why), why
        assert re.search(r"\d\.\d{2,4}(,| to post| →)", why), why
    # the judge decides most posts; every judged line says its figure against the bar
    assert any("the pair judge gives" in b for b in first.blocks)


def test_posts_come_first_then_reviews_each_in_article_order(first: DemoRun) -> None:
    heads = [re.match(r"\[\w+\] (post|review) #(\d+)", b) for b in first.blocks]
    kinds = [h.group(1) for h in heads if h]
    assert kinds == sorted(kinds, key=lambda k: k != "post")
    assert [int(h.group(2)) for h in heads if h] == list(range(1, len(heads) + 1))


def test_a_quote_from_two_outlets_is_one_item_with_both_sources(first: DemoRun) -> None:
    [block] = [b for b in first.blocks if "three times that of the US by 2026" in b]
    sources = [line.strip().removeprefix("Sources: ") for line in block.splitlines()
               if "/articles/musk-power-output" in line or "/biz/musk-investor-day" in line]
    assert [s.split("/", 3)[3] for s in sources] == ["articles/musk-power-output",
                                                     "biz/musk-investor-day"]
    repeats = first.output.split("Repeats (each counted once, as a source):\n")[1]
    assert re.search(r"the same quote at \S+/biz/musk-investor-day → a source of "
                     r"(post|review) #\d+", repeats)


def test_the_order_is_the_same_on_every_run(first: DemoRun) -> None:
    def shape(run: DemoRun) -> list[str]:
        return [b.splitlines()[0] + " " + b.splitlines()[1] for b in run.blocks]

    assert shape(run_demo()) == shape(first)


@pytest.mark.parametrize(("decision", "score", "expected"), [
    (Decision.MATCH, 0.91, "match · rb scored 0.91 ≥ 0.73, the threshold to post → posted"),
    (Decision.SUGGEST, 0.41, "suggest · rb scored 0.41: below 0.73 to post, at least 0.07 → "
                             "review"),
    (Decision.SUGGEST, 0.95, "suggest · rb scored 0.95 ≥ 0.73, but a short statement"),
    (Decision.NONE, 0.02, "none · the best, rb scored 0.02, is below 0.07 → review"),
])
def test_a_decision_reads_as_the_score_against_the_thresholds(
        decision: Decision, score: float, expected: str) -> None:
    line = explain(decision, ScoredRebuttal("rb", score), 0.73, 0.07, "review")
    assert line.startswith("decision: " + expected)


async def test_a_headline_restating_a_posted_quote_is_shown_as_a_repeat(db: Database) -> None:
    """The article's quote is posted; its headline, answered alike, is its repeat."""
    await destinations.subscribe(db, "fake", "chan", added_by="test")
    rid = await seed_rebuttal(db)
    quote = await seed_statement(db, rebuttals=[rid], text="China will do what I say")
    async with db.transaction() as session:
        body = await session.get(StatementRow, quote)
        assert body is not None
        headline = StatementRow(**{c: getattr(body, c) for c in (
            "watch", "speaker", "language", "confidence", "item_id", "published_at",
            "source_url", "created_at", "decision")}, text="Musk says China obeys him",
            span_start=0, span_end=25, context="", group_key="headline", status="matched")
        session.add(headline)
        await session.flush()
        session.add(StatementMatchRow(statement_id=headline.id, rebuttal_id=rid, rank=0,
                                      score=0.9, decision="match"))
    assert await posting.queue_posts(db, Settings()) == {"post": 1, "grouped": 1}
    async with db.session() as session:
        posted = await statements_repo.get_statement(session, quote)
    assert posted is not None
    sent = [Delivered("post", Destination(1, "fake", "chan"), posted)]
    assert await repeats(db, sent, {quote: "post #1"}) == [
        '  "Musk says China obeys him" (https://news.example/a) → grouped into post #1: '
        "the same article's headline"]


@pytest.mark.parametrize(("decision", "top", "expected"), [
    (Decision.MATCH, ScoredRebuttal("rb", 0.95, judge=0.93),
     "match · rb scored 0.950; the pair judge gives 0.930 that it makes the claim, ≥ 0.880 → "
     "posted"),
    (Decision.SUGGEST, ScoredRebuttal("rb", 0.99, judge=0.41),
     "suggest · rb scored 0.990; the pair judge gives 0.410 that it makes the claim, below "
     "0.880 to post → review"),
    (Decision.SUGGEST, ScoredRebuttal("rb", 0.99, judge=0.95),
     "suggest · rb scored 0.990; the pair judge gives 0.950 that it makes the claim, ≥ 0.880, "
     "but a rebuttal no person has phrased yet waits for review"),
    (Decision.SUGGEST, ScoredRebuttal("rb", 0.5), "suggest · rb scored 0.500 (at least 0.050); "
     "the pair judge did not look at it"),
    (Decision.MATCH, ScoredRebuttal("rb", 0.9995, judge=0.2),
     "match · rb scored 0.9995 ≥ 0.9987, the classifier's threshold to post a rebuttal people "
     "have phrased → posted"),
])
def test_with_the_pair_judge_a_decision_reads_as_its_figure_against_its_bar(
        decision: Decision, top: ScoredRebuttal, expected: str) -> None:
    line = explain(decision, top, 0.9987, 0.05, "review", judge_bar=0.88)
    assert line.startswith("decision: " + expected), line


def test_a_threshold_with_four_decimals_is_written_with_four() -> None:
    # The shipped threshold is 0.9987: at two decimals a score of 0.9962 read "1.00: below 1.00".
    line = explain(Decision.SUGGEST, ScoredRebuttal("rb", 0.9962), 0.9987, 0.05, "review")
    assert line == "decision: suggest · rb scored 0.9962: below 0.9987 to post, at least 0.0500 → review"
    line = explain(Decision.MATCH, ScoredRebuttal("rb", 0.9995), 0.9987, 0.05, "review")
    assert line == "decision: match · rb scored 0.9995 ≥ 0.9987, the threshold to post → posted"
