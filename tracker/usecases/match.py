"""The matching stage of the pipeline: match every new statement and store the result."""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from typing import Any

from tracker.config import Settings
from tracker.match.classifier import load_model
from tracker.match.embedder import build_embedder, text_hash
from tracker.match.judge import PairJudge, build_judge, judge_texts, posts_new_rebuttals
from tracker.match.matcher import Matcher, claim_texts, counter_texts, prepare
from tracker.match.reranker import build_reranker
from tracker.match.shipped import shipped_vectors
from tracker.model import Decision, MatchResult, Rebuttal, StatementStatus, utcnow
from tracker.storage import claims, matching_repo, repeats_repo
from tracker.storage.db import Database
from tracker.usecases import crosslang

logger = logging.getLogger(__name__)

BATCH = 100  # statements claimed at a time: a worker's share, renewed while it works

# One matcher per (database, matching settings), rebuilt when the rebuttals change.
_cache: dict[tuple[str, str], tuple[tuple[Any, ...], Matcher]] = {}
# One load at a time per key (and event loop): a worker's start-up preload and its first
# statement share it.
_loading: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[str, str], asyncio.Lock]] = (
    weakref.WeakKeyDictionary())


def _cache_key(db: Database, settings: Settings) -> tuple[str, str]:
    return str(db.engine.url), settings.matching.model_dump_json()


async def cached_matcher(db: Database, settings: Settings) -> Matcher:
    """The process's matcher for this database, reloaded when its inputs changed."""
    key = _cache_key(db, settings)
    locks = _loading.setdefault(asyncio.get_running_loop(), {})
    async with locks.setdefault(key, asyncio.Lock()):
        fingerprint = await matching_repo.rebuttal_fingerprint(db)
        cached = _cache.get(key)
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
        logger.info("loading the matcher (%s published rebuttals)", len(fingerprint[0]))
        started = time.monotonic()
        matcher = await load_matcher(db, settings)
        _cache[key] = (fingerprint, matcher)
        logger.info("matcher ready: %s rebuttals in %.1f s", len(matcher.rebuttals),
                    time.monotonic() - started)
        return matcher


async def load_matcher(db: Database, settings: Settings) -> Matcher:
    """Build a matcher from the published rebuttals, curation negatives and stored embeddings."""
    embedder = build_embedder(settings)
    model = load_model(embedder=embedder.name).with_thresholds(
        settings.matching.auto_threshold, settings.matching.suggest_threshold
    )
    rebuttals, negatives = await matching_repo.published_and_negatives(db)
    texts = [t for r in rebuttals for t in claim_texts(r) + counter_texts(r)]
    texts += [prepare(t) for t, _ in negatives]
    hashes = {text_hash(t) for t in texts}
    stored = await matching_repo.load_embeddings(db, embedder.name, hashes)
    # The bundled rebuttals' vectors ship with the package: a new database embeds none of them.
    shipped = shipped_vectors(embedder.name)
    found = {h: shipped[h] for h in hashes - stored.keys() if h in shipped}
    # Seconds of CPU with thousands of rebuttals: off the event loop, so the heartbeat keeps
    # the worker's leases and its other tasks (a bot, /healthz) keep answering.
    judge = build_judge(settings)
    if judge is not None:
        judge.warm()
        await _judge_vectors(db, judge, rebuttals)
    matcher = await asyncio.to_thread(
        lambda: Matcher(rebuttals, embedder, model, negatives, vectors={**stored, **found},
                        auto_untaught=posts_new_rebuttals(settings, judge),
                        reranker=build_reranker(settings.matching.reranker,
                                                settings.matching.reranker_gate),
                        judge=judge))
    if found or matcher.new_vectors:
        await matching_repo.store_embeddings(db, embedder.name, {**found, **matcher.new_vectors})
    return matcher


async def _judge_vectors(db: Database, judge: PairJudge, rebuttals: list[Rebuttal]) -> None:
    """Give the judge the claim vectors of its encoder that are stored or shipped.

    The rest are embedded when a claim is first judged and stored after that match
    (``store_judge_vectors``), so loading thousands of rebuttals embeds nothing.
    """
    hashes = {text_hash(t) for r in rebuttals for t in judge_texts(r)}
    stored = await matching_repo.load_embeddings(db, judge.encoder.name, hashes)
    shipped = shipped_vectors(judge.encoder.name)
    judge.add_vectors({**{h: shipped[h] for h in hashes - stored.keys() if h in shipped},
                       **stored})


async def store_judge_vectors(db: Database, matcher: Matcher) -> None:
    """Store the claim vectors the judge embedded since the last call."""
    if matcher.judge is not None and (new := matcher.judge.take_new_vectors()):
        await matching_repo.store_embeddings(db, matcher.judge.encoder.name, new)


def clear_cache() -> None:
    """Forget cached matchers (tests, or after swapping the model file)."""
    _cache.clear()
    _loading.clear()


async def preload_matcher(db: Database, settings: Settings) -> None:
    """Build the process's matcher now (a worker at start), not when the first statement
    waits for it; a failure is logged, and the first statement tries again."""
    try:
        await cached_matcher(db, settings)
    except Exception:
        logger.exception("could not load the matcher at start; the match stage will retry")


async def match_new_statements(
    db: Database, settings: Settings, *, matcher: Matcher | None = None,
    owner: str | None = None,
) -> dict[str, int]:
    """Match every statement with status "new", store its top matches and decision.

    Statements are claimed in batches (``leases.statements_seconds``, renewed while the
    batch runs), so several workers never match the same one. A statement that
    reports, in the other language, one seen in the last 48 hours is grouped into it
    instead (see :mod:`tracker.usecases.crosslang`).

    Returns:
        Counts: {"matched": n, "match": n, "suggest": n, "none": n, "grouped": n}.
    """
    counts = {"matched": 0, Decision.MATCH.value: 0, Decision.SUGGEST.value: 0,
              Decision.NONE.value: 0, "grouped": 0}
    owner = owner or claims.process_owner()
    lease = settings.leases.statements_seconds
    last_id = 0
    async with claims.Heartbeat(db, owner, [(claims.STATEMENTS, lease)]).running():
        while pending := await matching_repo.claim_new(db, owner=owner, seconds=lease,
                                                       after=last_id, limit=BATCH):
            try:
                matcher = matcher or await cached_matcher(db, settings)
                for statement_id, text, language in pending:
                    await _match_one(db, matcher, statement_id, text, language, counts)
            finally:
                await claims.release(db, claims.STATEMENTS, owner, [p[0] for p in pending])
            last_id = pending[-1][0]
    return counts


async def _match_one(db: Database, matcher: Matcher, statement_id: int, text: str,
                     language: str, counts: dict[str, int]) -> None:
    """Match one statement (or group it into its report in the other language)."""
    now = utcnow()
    prepared = prepare(text)
    result = MatchResult(Decision.NONE, ())
    if prepared.strip():
        vector = matcher.embedder.embed([prepared])[0]
        await matching_repo.store_embeddings(db, matcher.embedder.name,
                                             {text_hash(prepared): vector})
        original = await crosslang.find_original(
            db, statement_id, prepared, language, vector, matcher.embedder, now)
        if original is not None:
            async with db.session() as session, session.begin():
                added = await repeats_repo.merge_into(
                    session, statement_id, original, now, only_if=StatementStatus.NEW)
            if added is not None:
                counts["grouped"] += 1
                logger.info("statement %s reports statement %s again: grouped",
                            statement_id, original, extra={"statement_id": statement_id})
            return
        if matcher.rebuttals:
            result = matcher.match_vector(prepared, vector)
            await store_judge_vectors(db, matcher)
    if await matching_repo.store_match(db, statement_id, result, now):
        counts["matched"] += 1
        counts[result.decision.value] += 1
        logger.info("statement %s: %s (%s)", statement_id, result.decision.value,
                    result.matches[0].rebuttal_id if result.matches else "-",
                    extra={"statement_id": statement_id})
