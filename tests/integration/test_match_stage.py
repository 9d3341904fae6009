"""Matching stage, stored embeddings and the `tracker match` CLI against a real database."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from tracker.config import Settings
from tracker.match.embedder import CountingEmbedder, HashingEmbedder, text_hash
from tracker.match.matcher import Matcher, runner_up_bar
from tracker.match.train import load_rebuttals
from tracker.model import (
    Counterpoint,
    Decision,
    Rebuttal,
    RebuttalStatus,
    ScoredRebuttal,
    Source,
    utcnow,
)
from tracker.storage import matching_repo
from tracker.storage.db import Database, open_database
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_matching import CurationRow, EmbeddingRow, StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow
from tracker.usecases import match as stage

HASHING = Settings.model_validate({"matching": {"embedder": "hashing"}})


async def add_rebuttals(db: Database, rebuttals: list[Rebuttal]) -> None:
    """Insert published rebuttals straight into the tables (the rebuttals area's job in prod)."""
    now = utcnow()
    async with db.session() as s:
        for r in rebuttals:
            cps = [{"en": c.text_en, "zh": c.text_zh, "sources": []} for c in r.counterpoints]
            s.add(
                RebuttalRow(
                    id=r.id,
                    claim_en=r.claim_en,
                    claim_zh=r.claim_zh,
                    counterpoints=cps,
                    tags=[],
                    status="published",
                    created_at=now,
                    updated_at=now,
                )
            )
        await s.commit()


async def add_statements(db: Database, texts: list[str]) -> list[int]:
    """Insert new statements (with the feed and item they came from)."""
    now = utcnow()
    async with db.session() as s:
        feed = FeedRow(url="https://example.org/feed", added_at=now)
        s.add(feed)
        await s.flush()
        item = ItemRow(feed_id=feed.id, guid="g1", fetched_at=now, content_hash="h")
        s.add(item)
        await s.flush()
        rows = [
            StatementRow(
                watch="musk-china",
                speaker="Elon Musk",
                text=t,
                language="en",
                confidence=0.9,
                item_id=item.id,
                span_start=0,
                span_end=len(t),
                group_key=f"k{i}",
                created_at=now,
            )
            for i, t in enumerate(texts)
        ]
        s.add_all(rows)
        await s.commit()
        return [r.id for r in rows]


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    stage.clear_cache()


async def test_stage_stores_top_matches_and_decision(db: Database) -> None:
    await add_rebuttals(db, load_rebuttals())
    ids = await add_statements(
        db,
        [
            "BYD is nothing but a Tesla clone, they copy everything we do.",
            "Starship will try to catch the booster again next month.",
        ],
    )
    matcher = Matcher(load_rebuttals(), HashingEmbedder())
    counts = await stage.match_new_statements(db, HASHING, matcher=matcher)
    assert counts["matched"] == 2
    assert counts["match"] + counts["suggest"] + counts["none"] == 2
    async with db.session() as s:
        stored = await matching_repo.candidates(s, ids[0])
        rows = (await s.scalars(select(StatementRow).order_by(StatementRow.id))).all()
        ranks = (
            await s.scalars(
                select(StatementMatchRow.rank).where(StatementMatchRow.statement_id == ids[0])
            )
        ).all()
    assert len(stored) == 5 and all(isinstance(c, ScoredRebuttal) for c in stored)
    assert [c.score for c in stored] == sorted((c.score for c in stored), reverse=True)
    assert sorted(ranks) == [1, 2, 3, 4, 5]
    assert {r.status for r in rows} == {"matched"}
    assert all(r.decision in {d.value for d in Decision} and r.matched_at for r in rows)
    again = await stage.match_new_statements(db, HASHING, matcher=matcher)
    assert again["matched"] == 0  # nothing new: never matched twice


async def test_stored_embeddings_are_reused_and_edits_reembedded(db: Database) -> None:
    await add_rebuttals(db, load_rebuttals()[:4])
    first = await stage.load_matcher(db, HASHING)
    async with db.session() as s:
        stored = len((await s.scalars(select(EmbeddingRow.id))).all())
    assert stored == len(first.new_vectors) > 0

    counting = CountingEmbedder(HashingEmbedder())
    vectors = await matching_repo.load_embeddings(db, counting.name)
    rebuttals, _ = await matching_repo.published_and_negatives(db)
    m = Matcher(rebuttals, counting, vectors=vectors)
    m.match("China only started making EVs recently.")
    assert counting.calls == 1 and counting.texts == ["China only started making EVs recently."]

    async with db.session() as s:
        await s.execute(
            update(RebuttalRow)
            .where(RebuttalRow.id == rebuttals[0].id)
            .values(claim_en="A freshly edited claim.", version=2)
        )
        await s.commit()
    edited = await stage.load_matcher(db, HASHING)
    assert set(edited.new_vectors) and len(edited.new_vectors) == 1
    everything = await matching_repo.load_embeddings(db, "hashing-256")
    assert len(everything) == stored + 1  # the old claim's vector stays, keyed by its old text
    wanted = await matching_repo.load_embeddings(
        db, "hashing-256", [text_hash("A freshly edited claim."), "0" * 64]
    )
    assert list(wanted) == [text_hash("A freshly edited claim.")]
    other = HashingEmbedder(dim=128)  # another model: its own rows, nothing reused
    other_vectors = await matching_repo.load_embeddings(db, other.name)
    assert not other_vectors
    assert len(Matcher(rebuttals, other, vectors=other_vectors).new_vectors) == stored


async def test_cached_matcher_reloads_when_rebuttals_change(db: Database) -> None:
    await add_rebuttals(db, load_rebuttals()[:3])
    a = await stage.cached_matcher(db, HASHING)
    assert await stage.cached_matcher(db, HASHING) is a
    async with db.session() as s:
        await s.execute(update(RebuttalRow).where(RebuttalRow.id == a.ids[0]).values(version=5))
        await s.commit()
    b = await stage.cached_matcher(db, HASHING)
    assert b is not a and (a.ids[0], 5) in b.fingerprint


async def test_the_matcher_is_built_once_off_the_event_loop_however_many_ask(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's start-up preload and its first statement share one build, and the build
    (seconds of CPU with thousands of rebuttals) runs in a thread: the heartbeat and the
    process's other tasks go on meanwhile."""
    await add_rebuttals(db, load_rebuttals()[:3])
    stage.clear_cache()
    loop_thread = threading.get_ident()
    built: list[int] = []  # the thread of each build
    original = Matcher.__init__

    def recording(self: Matcher, *args: Any, **kwargs: Any) -> None:
        built.append(threading.get_ident())
        original(self, *args, **kwargs)

    monkeypatch.setattr(Matcher, "__init__", recording)
    first, second, _ = await asyncio.gather(
        stage.cached_matcher(db, HASHING), stage.cached_matcher(db, HASHING),
        stage.preload_matcher(db, HASHING))
    assert first is second
    assert len(built) == 1 and built[0] != loop_thread


async def test_rejected_pairs_are_loaded_as_negatives(db: Database) -> None:
    await add_rebuttals(db, load_rebuttals())
    text = "BYD is nothing but a Tesla clone, they copy everything we do."
    [sid] = await add_statements(db, [text])
    async with db.session() as s:
        s.add(
            CurationRow(
                statement_id=sid,
                rebuttal_id="byd-copies-tesla",
                label="negative",
                decided_by="admin",
                decided_at=utcnow(),
            )
        )
        await s.commit()
    _, negatives = await matching_repo.published_and_negatives(db)
    assert negatives == [(text, "byd-copies-tesla")]
    matcher = await stage.load_matcher(db, HASHING)
    assert matcher.match(text).decision is not Decision.MATCH


# --- CLI (sync tests: the command runs its own event loop) ----------------------------------


@pytest.fixture
def cli_config(tmp_path: Path, sqlite_url: str) -> Path:
    """A config on a fresh SQLite file holding the rebuttals, with the fast hashing embedder."""

    async def seed() -> None:
        db = await open_database(sqlite_url)
        await db.dispose()  # a migrated database; the CLI seeds the rebuttals itself

    asyncio.run(seed())
    config = tmp_path / "tracker.toml"
    config.write_text(
        f'[database]\nurl = "{sqlite_url}"\n[matching]\nembedder = "hashing"\n', encoding="utf-8"
    )
    return config


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from tracker.cli import main

    code = main(argv)
    return code, capsys.readouterr().out


def test_cli_match_json_shape(cli_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(
        ["-c", str(cli_config), "match", "BYD copies Tesla in everything.", "--json", "--top", "3"],
        capsys,
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"decision", "matches"} and data["decision"] in {"match", "suggest", "none"}
    assert len(data["matches"]) == 3
    assert all(set(m) == {"rebuttal_id", "score"} for m in data["matches"])


def test_cli_human_table(cli_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["-c", str(cli_config), "match", "BYD copies Tesla in everything."], capsys)
    assert code == 0 and out.startswith("decision: ") and len(out.splitlines()) == 6


def test_cli_batch_keeps_ids_and_reports_bad_lines(
    cli_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"id": "a", "text": "China copies Tesla"}\nnot json\n{"id": 7}\n'
        '{"text": "中国的发电量明年是美国的三倍"}\n',
        encoding="utf-8",
    )
    code, out = _run(["-c", str(cli_config), "match", "--batch", str(batch), "--json"], capsys)
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(lines) == 4
    assert lines[0]["id"] == "a" and "decision" in lines[0]
    assert "error" in lines[1] and lines[2] == {"id": 7, "error": "missing or empty 'text'"}
    assert lines[3]["id"] is None and lines[3]["matches"]


def test_cli_needs_text_or_batch(cli_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tracker.cli import main

    assert main(["-c", str(cli_config), "match"]) == 2  # a usage error
    assert "give either a TEXT or --batch FILE" in capsys.readouterr().err


async def test_settings_thresholds_override_the_model_file(sqlite_db: Database) -> None:
    await add_rebuttals(sqlite_db, load_rebuttals()[:2])
    settings = Settings.model_validate(
        {"matching": {"embedder": "hashing", "auto_threshold": 0.99, "suggest_threshold": 0.5}}
    )
    matcher = await stage.load_matcher(sqlite_db, settings)
    assert (matcher.model.auto_threshold, matcher.model.suggest_threshold) == (0.99, 0.5)


async def test_short_statement_is_stored_as_suggestion_at_most(sqlite_db: Database) -> None:
    await add_rebuttals(sqlite_db, load_rebuttals())
    [sid] = await add_statements(sqlite_db, ["BYD copies Tesla."])
    settings = Settings.model_validate(
        {"matching": {"embedder": "hashing", "auto_threshold": 0.0, "suggest_threshold": 0.0}}
    )
    counts = await stage.match_new_statements(sqlite_db, settings)
    assert counts == {"matched": 1, "match": 0, "suggest": 1, "none": 0, "grouped": 0}
    async with sqlite_db.session() as s:
        assert await matching_repo.stored_decision(s, sid) is Decision.SUGGEST


async def test_only_candidates_over_the_automatic_threshold_are_posted(db: Database) -> None:
    # A statement decided "match" is posted with the rebuttals that pass the
    # automatic threshold themselves, not with the whole top 5.
    from tracker.usecases import curate
    from tracker.usecases.posts import build_post

    await curate.ensure_seed(db)
    [sid] = await add_statements(db, ["China's power output will soon be triple America's."])
    # The classifier's mechanics without the pair judge (tested below), at the labelled set's
    # own threshold: the shipped one (calibrated on blind text) posts rarely.
    settings = Settings.model_validate({"matching": {"auto_threshold": 0.82, "judge": "none"}})
    counts = await stage.match_new_statements(db, settings)
    assert counts["match"] == 1
    matcher = await stage.cached_matcher(db, settings)
    auto = matcher.model.auto_threshold
    async with db.session() as s:
        rows = (await s.execute(
            select(StatementMatchRow.rebuttal_id, StatementMatchRow.score, StatementMatchRow.decision)
            .where(StatementMatchRow.statement_id == sid).order_by(StatementMatchRow.rank))).all()
        post = await build_post(s, sid, "en")
    assert rows[0] == ("china-power-three-times-us", rows[0][1], "match")
    bars = [auto] + [runner_up_bar(auto)] * 4
    assert len(rows) == 5
    assert all((d == "match") == (score >= bar) for (_, score, d), bar in zip(rows, bars, strict=True))
    assert [r.id for r in post.rebuttals] == [r for r, _, d in rows if d == "match"]
    assert len(post.rebuttals) < 5


async def test_the_pair_judge_decides_and_its_figures_and_vectors_are_stored(db: Database) -> None:
    """As shipped: the judge's probability is stored beside each judged candidate, the
    statement is posted when it reaches the bar, and the claims' vectors of the judge's
    encoder are stored, so the next matcher embeds none of them."""
    from tracker.match.judge import judge_texts
    from tracker.usecases import curate, rebuttal_import

    await curate.ensure_seed(db)
    new = Rebuttal("xiaomi-outsells-tesla-soon",
                   "Xiaomi will sell more electric cars than Tesla in China within two years.",
                   "小米将在两年内在中国卖出比特斯拉更多的电动车。",
                   (Counterpoint("Xiaomi delivered about 135,000 SU7s in 2024.",
                                 "2024年小米交付约13.5万辆SU7。",
                                 (Source("Xiaomi 2024 results", "https://ir.mi.com/"),)),),
                   status=RebuttalStatus.PUBLISHED)
    await rebuttal_import.import_rebuttals(db, [new], actor="test")
    sids = await add_statements(db, [
        "中国到2026年的发电量将是美国的三倍左右。",
        "China will soon produce twice as much electricity as the United States.",
        "两年之内，小米在中国卖的电动车会比特斯拉多。"])
    settings = Settings()
    counts = await stage.match_new_statements(db, settings)
    matcher = await stage.cached_matcher(db, settings)
    assert matcher.judge is not None
    bar = matcher.judge.threshold
    async with db.session() as s:
        tops = [(await s.execute(
            select(StatementMatchRow.rebuttal_id, StatementMatchRow.decision,
                   StatementMatchRow.judge)
            .where(StatementMatchRow.statement_id == sid, StatementMatchRow.rank == 1))).one()
            for sid in sids]
        stored = set((await s.execute(select(EmbeddingRow.text_hash).where(
            EmbeddingRow.model == matcher.judge.encoder.name))).scalars())
    assert [t[0] for t in tops] == ["china-power-three-times-us", "china-power-three-times-us",
                                    "xiaomi-outsells-tesla-soon"]
    assert tops[0][1] == "match" and tops[0][2] >= bar
    assert tops[1][1] == "suggest" and tops[1][2] < bar  # another number: review
    # a rebuttal nobody has phrased yet posts when the judge is sure (the default with a judge)
    assert tops[2][1] == "match" and tops[2][2] >= bar
    assert counts["match"] == 2
    assert {text_hash(t) for t in judge_texts(new)} <= stored


async def add_reports(db: Database, reports: list[tuple[str, str]]) -> list[int]:
    """New statements, each from its own item with its source row: (text, language)."""
    from tracker.storage.schema_statements import StatementSourceRow

    now = utcnow()
    ids = []
    async with db.session() as s:
        feed = FeedRow(url="https://example.org/wire", added_at=now)
        s.add(feed)
        await s.flush()
        for n, (text, lang) in enumerate(reports):
            item = ItemRow(feed_id=feed.id, guid=f"r{n}", url=f"https://example.org/{n}",
                           fetched_at=now, content_hash=f"h{n}")
            s.add(item)
            await s.flush()
            row = StatementRow(watch="musk-china", speaker="Elon Musk", text=text, language=lang,
                               confidence=0.9, item_id=item.id, span_start=0, span_end=len(text),
                               source_url=item.url, group_key=f"k{n}", created_at=now)
            s.add(row)
            await s.flush()
            s.add(StatementSourceRow(statement_id=row.id, item_id=item.id, url=item.url,
                                     added_at=now))
            ids.append(row.id)
        await s.commit()
    return ids


async def test_the_same_statement_in_the_other_language_is_grouped(db: Database) -> None:
    from tracker.storage import statements_repo
    from tracker.usecases import curate

    await curate.ensure_seed(db)
    en, zh, other_number, same_lang = await add_reports(db, [
        ("China's power output will soon be triple America's.", "en"),
        ("中国的发电量很快将是美国的三倍。", "zh"),            # the same, in Chinese
        ("中国的发电量到2030年将是美国的三倍。", "zh"),        # another claim: a year in it
        ("China's power output will soon triple America's output.", "en"),  # same language
    ])
    counts = await stage.match_new_statements(db, Settings())
    assert counts["grouped"] == 1 and counts["matched"] == 3
    async with db.session() as s:
        statuses = {sid: (await statements_repo.get_statement(s, sid)) for sid in
                    (en, zh, other_number, same_lang)}
    assert statuses[zh] is not None and statuses[zh].status.value == "grouped"
    assert {st.status.value for sid, st in statuses.items() if sid != zh and st} == {"matched"}
    original = statuses[en]
    assert original is not None
    assert {src.url for src in original.sources} == {"https://example.org/0",
                                                     "https://example.org/1"}


def test_grouping_needs_the_same_concepts_and_numbers() -> None:
    from tracker.usecases.crosslang import same_claim_signals

    assert same_claim_signals("BYD copies Tesla.", "比亚迪抄袭特斯拉。")
    assert not same_claim_signals("BYD copies Tesla.", "比亚迪的电池很好。")
    assert not same_claim_signals("China's power is triple America's.", "中国发电量2030年是美国三倍")
    assert not same_claim_signals("Tesla is great.", "特斯拉很好。")  # one concept is not enough
